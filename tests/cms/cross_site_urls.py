"""The project's URLs plus a cross-site view, as the read API or a portal will have.

``/fr/cross-site/?sites=1,2`` lists the home page titles of those sites and depends on
them; ``?sites=all`` on every site; ``?sites=`` declares nothing (not opted in). Under
a language prefix, as every public address is (an unprefixed one varies on the visitor's
Accept-Language header, which the page cache does not share).
"""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import path
from wagtail.models import Site

from cms.serving.dependencies import ALL_SITES, cache_response_for_sites
from cms.urls import urlpatterns as project_urlpatterns


def cross_site_view(request):
    requested = request.GET.get("sites", "")
    if requested == "all":
        sites, depends_on = Site.objects.all(), ALL_SITES
    else:
        ids = [int(site_id) for site_id in requested.split(",") if site_id]
        sites, depends_on = Site.objects.filter(pk__in=ids), ids
    titles = [site.root_page.specific.title for site in sites.order_by("pk")]
    response = HttpResponse("\n".join(titles), content_type="text/plain")
    return cache_response_for_sites(response, depends_on) if depends_on else response


urlpatterns = [
    *i18n_patterns(path("cross-site/", cross_site_view), prefix_default_language=True),
    *project_urlpatterns,
]

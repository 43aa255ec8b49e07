"""Site-wide public views: search and robots.txt. Each answers for the site of the request."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page, Site

from missions.models.pages import paginate

SEARCH_QUERY_MAX_LENGTH = 200


@require_GET
def search(request):
    """Full-text search over the live, public pages of this site, in the current language."""
    site = Site.find_for_request(request)
    query = request.GET.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    results = None
    if query and site is not None:
        pages = (
            Page.objects.live().public().in_site(site).filter(locale=Locale.get_active()).specific()
        )
        results = paginate(request, pages.search(query), 10)
    return TemplateResponse(request, "search/search.html", {"query": query, "results": results})


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Allow crawling of public pages, keep crawlers out of the admin, point at the sitemap."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap_url}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")

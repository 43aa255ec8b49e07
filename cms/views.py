"""Site-wide public views: search, sitemap.xml and robots.txt. Each answers for the site of
the request and never shows a draft, a private page or another site's page."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.models import Site

from missions import selectors
from missions.models.pages import paginate

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """Full-text search over the live, public pages of this site, in the current language."""
    site = Site.find_for_request(request)
    query = request.GET.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    results = None
    if query and site is not None:
        home = selectors.site_home(site, translation.get_language())
        # specific() so results can show each page's introduction; it costs one query
        # per page type on the results page, not one per result.
        pages = selectors.site_pages(site, home=home).specific()
        results = paginate(request, pages.search(query), SEARCH_RESULTS_PER_PAGE)
    return TemplateResponse(request, "search/search.html", {"query": query, "results": results})


class SiteSitemap(Sitemap):
    """Wagtail's sitemap of the requesting site, in every language of that site.

    Wagtail's own lists only the pages under the site's root page, which leaves out
    the translations (their home pages are siblings of the root, not descendants).
    """

    def items(self):
        site = self.get_wagtail_site()
        return selectors.site_pages(site).order_by("path").defer_streamfields().specific()


@require_GET
def sitemap(request):
    """sitemap.xml: the live, public pages of the requesting site."""
    return sitemap_views.sitemap(request, sitemaps={"pages": SiteSitemap})


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Allow crawling of public pages, keep crawlers out of the admin, point at the sitemap."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap_url}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")

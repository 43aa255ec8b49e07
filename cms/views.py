"""Site-wide public views: search, sitemap.xml, robots.txt, /favicon.ico, "page not found"
and the install's own page. Each answers for the site of the request and never shows a
draft, a private page or another site's page."""

from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.images.models import SourceImageIOError
from wagtail.models import Locale, Site

from cms import selectors, site_families
from cms.i18n import redirect_to_site_language, site_languages
from cms.language_versions import in_site_order
from cms.project_sites import listed_sites
from cms.serving.dependencies import cache_response_for_sites
from cms.serving.site_data import cached_for_site

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """Full-text search over the live, public pages of this site, in the current language."""
    site = Site.find_for_request(request)
    if site is not None and translation.get_language() not in site_languages(site):
        # Like a page, search exists only in the languages of the site: /ar/search/ on a
        # site without Arabic would otherwise list another language's pages under /ar/.
        raise Http404("This site is not available in this language.")
    query = request.GET.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    results = None
    if query and site is not None:
        home = selectors.site_home(site, translation.get_language())
        # specific() so results can show each page's introduction; it costs one query
        # per page type on the results page, not one per result.
        pages = selectors.site_pages(site, home=home).specific()
        results = selectors.paginate(request, pages.search(query), SEARCH_RESULTS_PER_PAGE)
    return TemplateResponse(request, "search/search.html", {"query": query, "results": results})


class SiteSitemap(Sitemap):
    """Wagtail's sitemap of the requesting site, in every language of that site.

    Wagtail's own lists only the pages under the site's root page, which leaves out
    the translations (their home pages are siblings of the root, not descendants).
    Each address carries its language versions as ``xhtml:link`` alternates (itself
    included, plus ``x-default``), worked out from the listed pages themselves: a draft
    or private translation is never announced, and no query is made per page.
    """

    def items(self):
        site = self.get_wagtail_site()
        return selectors.site_pages(site).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # Wagtail builds the entries here (from each page's get_sitemap_urls); Django's
        # template prints url["alternates"] as xhtml:link elements.
        pages = list(self.paginator.page(page).object_list)
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        default_code = codes.get(self.get_wagtail_site().root_page.locale_id, "")
        # Every listed address of each translation_key, by language code.
        versions = {}
        entries = []
        for item in pages:
            for url in item.get_sitemap_urls(self.request):
                code = codes[item.locale_id]
                versions.setdefault(item.translation_key, {})[code] = url["location"]
                entries.append((item.translation_key, url))
        for key, url in entries:
            by_code = versions[key]
            url["alternates"] = [
                {"lang_code": code, "location": by_code[code]}
                for code in in_site_order(by_code, default_code)
            ]
            if default_code in by_code:
                url["alternates"].append(
                    {"lang_code": "x-default", "location": by_code[default_code]}
                )
        last_mods = {url.get("lastmod") for _key, url in entries}
        # As Wagtail's: no Last-Modified header when a page lacks a date.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return [url for _key, url in entries]


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


@require_GET
@cache_control(max_age=365 * 86400, public=True, immutable=True)
def brand_css(request, colour):
    """``/brand/<six hex digits>.css``: a site's colour on its header and footer.

    A stylesheet rather than a ``style`` attribute, so the public Content-Security-Policy
    needs no inline style (cms.content_security_policy). The address names the colour,
    so the answer never changes: browsers keep it for a year, and no query is made.
    """
    css = f".site-header,\n.site-footer {{\n  --brand: #{colour.lower()};\n}}\n"
    return HttpResponse(css, content_type="text/css; charset=utf-8")


# The neutral icon, for hosts of no site and sites whose family gives no icon image.
DEFAULT_FAVICON = Path(__file__).resolve().parent / "static" / "cms" / "favicon.ico"
# A real ICO (16, 24 and 32 pixels, cut to the image's focal point), what browsers and
# crawlers that ask for /favicon.ico whatever the page says expect.
SITE_FAVICON_FILTER = "fill-32x32|format-ico"


def _site_favicon(site):
    """The bytes of ``site``'s own icon (cms.site_families: its family's icon image),
    or None for the neutral one."""
    image = site_families.icon_image_of_site(site)
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SITE_FAVICON_FILTER)
        with rendition.file.open("rb") as icon:
            return icon.read()
    except SourceImageIOError:
        # The flag's file is gone from the storage: the neutral icon, not a 500.
        return None


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request):
    """``/favicon.ico`` on every host: the site's own icon (a mission's flag), else the
    neutral one; never a 404 in the logs.

    Kept in the site cache (cms.serving.site_data), so it costs no query and no read of
    the image's storage until the site changes: changing the flag in the site's settings
    shows at once. It also declares its site to the page cache, which stores it only
    once the address no longer varies on Accept-Language: today Django's locale
    middleware adds that to every address without a language prefix (cms.i18n).
    """
    site = Site.find_for_request(request)
    if site is None:
        return HttpResponse(DEFAULT_FAVICON.read_bytes(), content_type="image/x-icon")
    icon = cached_for_site(request, "favicon", lambda: _site_favicon(site))
    response = HttpResponse(icon or DEFAULT_FAVICON.read_bytes(), content_type="image/x-icon")
    return cache_response_for_sites(response, [site.pk])


def not_found_language(request, site):
    """The language of a "page not found": the address's language prefix when the site
    has that language, else the site's default language (``/xx/``, an address without
    a prefix, ``/en/`` on a site in French only), else the install's."""
    codes = site_languages(site) if site is not None else []
    prefix = translation.get_language_from_path(request.path_info)
    if prefix and (prefix in codes or not codes):
        return prefix
    return codes[0] if codes else settings.LANGUAGE_CODE


def page_not_found(request, exception):
    """The 404 page (``handler404``), in the language of the site it is on.

    Django renders it in the language the middleware picked from the visitor's browser
    when the address has no valid prefix: English on a French site for ``/xx/``.
    """
    site = Site.find_for_request(request)
    language = not_found_language(request, site)
    with translation.override(language):
        response = TemplateResponse(request, "404.html", status=404)
        response.render()
    response.headers["Content-Language"] = language
    return response


def site_root(request):
    """``/``: the home page in the visitor's best language the site has; on a host no
    site answers (and no default site), the install's own page (cms.project_sites)."""
    if Site.find_for_request(request) is None:
        return TemplateResponse(
            request, "cms/project_sites_page.html", {"listings": listed_sites()}
        )
    return redirect_to_site_language(request)

"""The header of every public page: the site's sections, its languages and its feed.

``{% site_navigation as nav %}`` works all of it out in a fixed number of queries
(the sections of the home page, plus the translations of the current page when the
site has more than one language), whatever the size of the site or the number of sites.

It knows no app's page types: a page type says what it is for itself, with the class
attributes ``listing_role`` and ``feed_route`` of ``cms.models.BasePage``, read here
through each section's content type (cached by Django: no query).
"""

from dataclasses import dataclass, field

from django import template
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from cms import selectors
from cms.language_versions import (
    LanguageLink,
    LanguageVersions,
    page_versions,
    switcher_with_homes,
    view_versions,
)
from cms.serving import wagtail_internals
from cms.serving.site_data import cached_for_site

register = template.Library()


@dataclass
class MenuItem:
    """One link of the main navigation."""

    title: str
    url: str
    # The value of aria-current: "page" on the page itself, "true" on its section.
    current: str | None = None


@dataclass
class SiteNavigation:
    """What the header and footer of one page need, worked out once per page."""

    site: Site | None = None
    home_url: str = "/"
    # The tree path of the site's home page in the language of the page.
    home_path: str = ""
    menu: list[MenuItem] = field(default_factory=list)
    # The language switcher: the languages this page is live in, then the home page of
    # each other language of the site (none on a one-language site).
    languages: list[LanguageLink] = field(default_factory=list)
    # Every language version, for the hreflang alternates of <head>.
    language_versions: LanguageVersions = field(default_factory=LanguageVersions)
    # The site's feed: the first section whose page type declares a ``feed_route``.
    feed_url: str = ""
    # The section page the current page is in (e.g. News for a news item), if any.
    section: Page | None = None
    section_url: str = ""
    # The address of the first section of each listing role its page type declares,
    # e.g. {"news": "/fr/news/"}, for "All news" links on the home page.
    listing_urls: dict[str, str] = field(default_factory=dict)


def _home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def _site_root_paths(request, site):
    """The (root_path, language_code) of each language of ``site``.

    From the request's copy of Wagtail's root paths when it has one (cms.serving's
    directory gives every request one), not from another read of the cache.
    """
    root_paths = wagtail_internals.site_root_paths(request)
    return [(srp.root_path, srp.language_code) for srp in root_paths if srp.site_id == site.pk]


def _page_of_site(page, root_paths):
    """True for a saved page of this site (not, say, the preview of a page not yet created)."""
    if not isinstance(page, Page) or not page.pk or not page.url_path:
        return False
    return any(page.url_path.startswith(root_path) for root_path, _code in root_paths)


def _site_sections(request, home_path, home_depth):
    """The site's sections in the language of ``home_path``: the same on every page of it.

    Kept in the site cache (dropped when anything in the site is published) with their
    addresses, so a page the page cache does not answer neither queries its menu nor
    works out its links: ``(section, url)`` pairs.
    """

    def compute():
        sections = selectors.site_sections(home_path, home_depth)
        return [(section, section.get_url(request)) for section in sections]

    return cached_for_site(request, f"section-links:{home_path}", compute)


def _page_type(page):
    """The model class of ``page`` (a plain Page from the sections query), or None when
    its app is gone. Content types are cached by Django after their first lookup."""
    return ContentType.objects.get_for_id(page.content_type_id).model_class()


def build_site_navigation(request, page=None):
    """Work out the navigation of the site of ``request`` for ``page`` (or no page)."""
    site = Site.find_for_request(request) if request is not None else None
    language_code = translation.get_language()
    nav = SiteNavigation(site=site, home_url=_home_url(language_code))
    if site is None:
        return nav

    root_paths = _site_root_paths(request, site)
    if not _page_of_site(page, root_paths):
        page = None
    root = site.root_page
    if page is not None:
        # Every page of the site sits under the home page of its own language, at the
        # depth of the site's root page: its path starts with that home's path.
        home_path = page.path[: Page.steplen * root.depth]
    else:
        home_path = selectors.site_home(site, language_code).path
    nav.home_path = home_path

    for section, url in _site_sections(request, home_path, root.depth):
        is_current = page is not None and page.path.startswith(section.path)
        if is_current:
            nav.section, nav.section_url = section, url
        page_type = _page_type(section)
        listing_role = getattr(page_type, "listing_role", "")
        if listing_role:
            nav.listing_urls.setdefault(listing_role, url)
        feed_route = getattr(page_type, "feed_route", "")
        if feed_route and not nav.feed_url:
            nav.feed_url = f"{url}{feed_route}"
        if section.show_in_menus:
            current = None
            if is_current:
                current = "page" if page.path == section.path else "true"
            nav.menu.append(MenuItem(title=section.title, url=url, current=current))
    default_code = next((code for path, code in root_paths if path == root.url_path), "")
    if page is not None:
        nav.language_versions = page_versions(request, page, root_paths, default_code)
        if len(root_paths) > 1:
            nav.languages = switcher_with_homes(request, site, nav.language_versions)
    elif len(root_paths) > 1:
        nav.language_versions = view_versions(request, site)
    if not nav.languages:
        nav.languages = nav.language_versions.switcher
    return nav


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """``{% site_navigation as nav %}``: sections, languages and feed of the current site."""
    return build_site_navigation(context.get("request"), context.get("page"))


@register.simple_tag
def subpages(page):
    """``{% subpages page as children %}``: the live, public pages directly under ``page``."""
    return list(selectors.subpages(page))

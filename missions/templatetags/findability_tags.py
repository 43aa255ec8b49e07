"""How a mission's site is found: its icon, its structured data, its representative.

``{% mission_icons ms as icons %}`` gives the renditions of the mission's flag for the
browser's tab and a phone's home screen; ``{% structured_data %}`` writes the page's
JSON-LD (missions.structured_data); ``{% representative_link %}`` finds the page of
the Permanent Representative for the home page and the About section, which link to
it (it is not in the menu). Each keeps what it worked out in the site cache.
"""

from dataclasses import dataclass

from django import template

from cms.json_ld import json_ld_scripts
from cms.serving.site_data import cached_for_site
from cms.templatetags.page_meta_tags import PAGE_IMAGE_FILTER
from missions import selectors
from missions.structured_data import for_page as structured_data_for_page

register = template.Library()

# The browser's tab (32 pixels, twice that on a sharp screen) and a phone's home
# screen (Apple's 180 pixels, which Android reads too). PNG: every browser shows it.
ICON_FILTER = "fill-32x32|format-png"
TOUCH_ICON_FILTER = "fill-180x180|format-png"


@dataclass
class SiteIcons:
    icon_url: str
    touch_icon_url: str


@register.simple_tag(takes_context=True)
def mission_icons(context, mission_settings):
    """The mission's flag or logo as icons, or None (the neutral icon stays)."""
    logo = getattr(mission_settings, "logo", None)
    if logo is None:
        return None
    return cached_for_site(
        context.get("request"),
        f"site-icons:{logo.pk}",
        lambda: SiteIcons(
            icon_url=logo.get_rendition(ICON_FILTER).url,
            touch_icon_url=logo.get_rendition(TOUCH_ICON_FILTER).url,
        ),
    )


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The JSON-LD ``<script>`` elements of the page being shown ("" for none).

    Only on the page itself as the site serves it (not on a search results page or a
    "page not found", which have no ``nav.language_versions.indexable``).
    """
    request, page, nav = context.get("request"), context.get("page"), context.get("nav")
    versions = getattr(nav, "language_versions", None)
    if request is None or page is None or versions is None or not versions.indexable:
        return ""
    site_name = context.get("site_name") or getattr(nav.site, "site_name", "")
    items = structured_data_for_page(
        request, page, site_name, nav.home_url, context.get("ms"), PAGE_IMAGE_FILTER
    )
    return json_ld_scripts(items)


@dataclass
class RepresentativeLink:
    title: str
    url: str
    name: str
    role: str


def _representative_and_about(request, home_path):
    page = selectors.representative(home_path)
    link = None
    if page is not None:
        link = RepresentativeLink(
            title=page.title,
            url=page.get_url(request),
            name=page.representative_name,
            role=page.role,
        )
    return link, selectors.about_section_id(home_path)


@register.simple_tag(takes_context=True)
def representative_link(context, page):
    """The Permanent Representative's page (a RepresentativeLink) for ``page``, when
    ``page`` is the home page or the About section of its site; None otherwise."""
    nav = context.get("nav")
    home_path = getattr(nav, "home_path", "")
    if not home_path or page is None:
        return None
    link, about_id = cached_for_site(
        context.get("request"),
        f"representative-link:{home_path}",
        lambda: _representative_and_about(context.get("request"), home_path),
    )
    if page.path == home_path or page.pk == about_id:
        return link
    return None

"""The mission's own texts on every page: its site name and footer line, translated.

They are fields of the mission's home page, so a page in Arabic shows the Arabic home
page's texts. ``{% site_home nav as site_home %}`` finds that home page from the
navigation ``{% site_navigation %}`` already worked out, in at most one query (none
once the site cache holds it).
"""

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Site

from cms.serving.site_data import cached_for_site
from missions.models import MissionHomePage, MissionSettings

# The rendition of the logo in the header of every page.
HEADER_LOGO_FILTER = "height-96"

register = template.Library()


@register.simple_tag(takes_context=True)
def site_home(context, nav):
    """The home page of the current site in the current language, or None (not a mission).

    No query on the home page itself (its texts are those of the page being shown, even
    in a preview), one elsewhere.
    """
    home_path = getattr(nav, "home_path", "")
    if not home_path:
        return None
    page = context.get("page")
    if isinstance(page, MissionHomePage) and page.path == home_path:
        return page
    # The same texts on every page of the site in this language: kept in the site cache.
    return cached_for_site(
        context.get("request"), f"site-home:{home_path}", lambda: _site_texts(home_path)
    )


def _site_texts(home_path):
    return (
        MissionHomePage.objects.filter(path=home_path).only("display_name", "footer_text").first()
    )


@register.simple_tag(takes_context=True)
def mission_settings(context):
    """``{% mission_settings as ms %}``: the MissionSettings of the current site, or None.

    With ``ms.header_logo``, the logo's rendition for the header (None without a logo).
    The same on every page of the site: kept in the site cache, which saving the
    settings drops, so a page the page cache does not answer neither queries them nor
    looks the rendition up.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    return cached_for_site(request, "mission-settings", lambda: _settings_with_logo(site))


def _settings_with_logo(site):
    mission_settings = MissionSettings.for_site(site)
    logo = mission_settings.logo
    mission_settings.header_logo = logo.get_rendition(HEADER_LOGO_FILTER) if logo else None
    return mission_settings


@register.simple_tag(takes_context=True)
def home_sections(context, home):
    """``{% home_sections page %}``: the latest news, statements and events of a home page.

    The same for every visitor of the site in this language until something in the site
    is published, so the rendered HTML is kept in the site cache (cms.serving.site_data), whose
    lifetime also bounds how long a past event may still show as upcoming.
    """
    request = context.get("request")
    language = translation.get_language()

    def render():
        return render_to_string(
            "missions/includes/home_sections.html",
            {**home.latest_lists(), "nav": context.get("nav"), "page": home},
            request=request,
        )

    # Safe: the value is render()'s output, our own autoescaped template, kept in the site
    # cache under a key only this tag writes.
    html = cached_for_site(request, f"home-sections:{home.pk}:{language}", render)
    return mark_safe(html)  # noqa: S308

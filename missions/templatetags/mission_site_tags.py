"""The mission's own texts on every page: its site name and footer line, translated.

They are fields of the mission's home page, so a page in Arabic shows the Arabic home
page's texts. ``{% site_home nav as site_home %}`` finds that home page from the
navigation ``{% site_navigation %}`` already worked out, in at most one query (none
once the site cache holds it).
"""

from django import template

from cms.page_cache import cached_for_site
from missions.models import MissionHomePage

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

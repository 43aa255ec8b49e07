"""Read queries of the mission sites.

Views and templates call these instead of building querysets inline, so the query
budget of every public page lives here and tests can call them directly.
Every function takes the section page (or the site) it lists from and returns only
live, public pages under it: another mission's pages can never appear.
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

# Lists of pages show titles, dates and summaries, never the body: leaving it out makes
# the rows smaller and the lists cheap to keep in the site cache (unpickling a
# StreamField value costs far more than the rest of the page).
LIST_DEFERRED_FIELDS = ("body",)


def _live_public(model, parent):
    return model.objects.live().public().child_of(parent)


def news_items(news_index):
    """The news under one news index, newest first, with their tags in one extra query."""
    from missions.models import NewsItemPage

    return (
        _live_public(NewsItemPage, news_index)
        .order_by("-publication_date", "-pk")
        .prefetch_related("tagged_items__tag")
    )


def latest_news(home, limit):
    from missions.models import NewsItemPage

    return list(
        NewsItemPage.objects.live()
        .public()
        .descendant_of(home)
        .defer(*LIST_DEFERRED_FIELDS)
        .order_by("-publication_date", "-pk")[:limit]
    )


def statements(statement_index, body=None, year=None):
    from missions.models import StatementPage

    queryset = _live_public(StatementPage, statement_index)
    if body:
        queryset = queryset.filter(un_body=body)
    if year:
        queryset = queryset.filter(meeting_date__year=year)
    return queryset.order_by("-meeting_date", "-pk")


def statement_years(statement_index):
    """The years in which the mission published statements, newest first."""
    return [d.year for d in statements(statement_index).dates("meeting_date", "year", order="DESC")]


def latest_statements(home, limit):
    from missions.models import StatementPage

    return list(
        StatementPage.objects.live()
        .public()
        .descendant_of(home)
        .defer(*LIST_DEFERRED_FIELDS)
        .order_by("-meeting_date", "-pk")[:limit]
    )


def upcoming_events(parent, limit=None):
    from missions.models import EventPage

    queryset = (
        EventPage.objects.live()
        .public()
        .descendant_of(parent)
        .filter(starts_at__gte=timezone.now())
        .defer(*LIST_DEFERRED_FIELDS)
        .order_by("starts_at")
    )
    return list(queryset[:limit] if limit else queryset)


def past_events(event_index):
    from missions.models import EventPage

    return (
        _live_public(EventPage, event_index)
        .filter(starts_at__lt=timezone.now())
        .order_by("-starts_at")
    )


def subpages(page):
    """The live, public pages directly under ``page``, in the order of the page tree."""
    return Page.objects.live().public().child_of(page)


def site_home(site, language_code):
    """The live home page of ``site`` in a language; the site's own root if it has none."""
    root = site.root_page
    home = (
        Page.objects.live()
        .filter(translation_key=root.translation_key, locale__language_code=language_code)
        .first()
    )
    return home or root


def site_sections(home_path, home_depth):
    """The live, public pages directly under the home page whose tree path is ``home_path``.

    Takes the path rather than the page so a template that already has a page of the
    site can find its sections without loading the home page first: one query (plus
    Wagtail's one for private sections) whatever the size of the site.
    """
    return list(
        Page.objects.live()
        .public()
        .filter(path__startswith=home_path, depth=home_depth + 1)
        .order_by("path")
    )


def site_pages(site, home=None):
    """The live, public pages of ``site``: under ``home`` if given, else in every language.

    A site's translations of its home page are siblings of its root page, not
    descendants, so "every language" means every tree under one of those homes.
    """
    if home is not None:
        homes = [home]
    else:
        homes = list(site.root_page.get_translations(inclusive=True).only("path"))
    in_site = Q()
    for each in homes:
        in_site |= Q(path__startswith=each.path)
    return Page.objects.live().public().filter(in_site)

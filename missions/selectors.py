"""Read queries of the mission sites: their news, statements and events.

What every site needs (its home, sections, pages, pagination) is in ``cms.selectors``;
these build on it. Views and templates call them instead of building querysets inline,
so the query budget of every public page lives here and tests can call them directly.
Every function takes the section page (or the home page) it lists from and returns only
live, public pages under it: another mission's pages can never appear.
"""

from django.utils import timezone
from wagtail.models import Page

from cms.selectors import live_public_children

# Lists of pages show titles, dates and summaries, never the body: leaving it out makes
# the rows smaller and the lists cheap to keep in the site cache (unpickling a
# StreamField value costs far more than the rest of the page).
LIST_DEFERRED_FIELDS = ("body",)


def news_items(news_index):
    """The news under one news index, newest first, with their tags in one extra query."""
    from missions.models import NewsItemPage

    return (
        live_public_children(NewsItemPage, news_index)
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

    queryset = live_public_children(StatementPage, statement_index)
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
        live_public_children(EventPage, event_index)
        .filter(starts_at__lt=timezone.now())
        .order_by("-starts_at")
    )


def _top_level(home_path):
    """Pages directly under the home page whose tree path is ``home_path``."""
    return {"path__startswith": home_path, "depth": len(home_path) // Page.steplen + 1}


def representative(home_path):
    """The live, public page of the Permanent Representative under a home page (by its
    tree path, as ``cms.selectors.site_sections``), or None. One query."""
    from missions.models import RepresentativePage

    return (
        RepresentativePage.objects.live()
        .public()
        .filter(**_top_level(home_path))
        .defer(*LIST_DEFERRED_FIELDS)
        .order_by("path")
        .first()
    )


def about_section_id(home_path):
    """The id of the site's About section: its first live, public standard page of the
    menu (provisioning makes "About" that page). None without one. One query."""
    from missions.models import StandardPage

    return (
        StandardPage.objects.live()
        .public()
        .filter(**_top_level(home_path))
        .order_by("path")
        .values_list("pk", flat=True)
        .first()
    )

"""Read queries of the mission sites.

Views and templates call these instead of building querysets inline, so the query
budget of every public page lives here and tests can call them directly.
Every function takes the section page it lists from and returns only live, public
pages under it: another mission's pages can never appear.
"""

from django.utils import timezone


def _live_public(model, parent):
    return model.objects.live().public().child_of(parent)


def news_items(news_index):
    from missions.models import NewsItemPage

    return _live_public(NewsItemPage, news_index).order_by("-publication_date", "-pk")


def latest_news(home, limit):
    from missions.models import NewsItemPage

    return list(
        NewsItemPage.objects.live()
        .public()
        .descendant_of(home)
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
        .order_by("-meeting_date", "-pk")[:limit]
    )


def upcoming_events(parent, limit=None):
    from missions.models import EventPage

    queryset = (
        EventPage.objects.live()
        .public()
        .descendant_of(parent)
        .filter(starts_at__gte=timezone.now())
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

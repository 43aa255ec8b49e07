"""Changing public content the way editors do, with the commit the suite pretends."""

from rest_framework.test import APIClient

from api.changes import cursor
from api.models import ChangeEvent
from tests.conftest import as_if_committed
from tests.factories import NewsItemPageFactory, section


def draft_news(mission, **kwargs):
    """A news item saved as a draft (never published) in the mission's news section."""
    with as_if_committed():
        return NewsItemPageFactory(parent=section(mission, "news"), live=False, **kwargs)


def publish(page):
    with as_if_committed():
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def published_news(mission, **kwargs):
    return publish(draft_news(mission, **kwargs))


def cursor_now():
    """The cursor a consumer holds after reading everything so far."""
    return cursor.encode(
        ChangeEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    )


def feed(since=None, **params):
    """The feed's answer to an anonymous caller (status, JSON body, response)."""
    if since is not None:
        params["since"] = since
    response = APIClient(HTTP_HOST="api.localhost").get("/api/v2/changes/", params)
    return response


def changes_since(since, **params):
    """[(type, page id)] of every event after ``since``, following the pages."""
    seen = []
    while True:
        body = feed(since, **params).json()
        seen += [(item["type"], item["page"]["id"]) for item in body["items"]]
        since = body["meta"]["next_cursor"]
        if not body["meta"]["has_more"]:
            return seen

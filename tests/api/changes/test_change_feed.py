"""The change feed: every publish, unpublish, move and deletion of public content, in
order, resumable from a cursor; nothing of drafts or restricted pages."""

import base64

import pytest
from wagtail.models import PageViewRestriction

from api.changes import cursor
from tests.api.changes.helpers import (
    changes_since,
    cursor_now,
    draft_news,
    feed,
    publish,
    published_news,
)
from tests.conftest import as_if_committed
from tests.factories import StandardPageFactory, section

pytestmark = pytest.mark.django_db


def test_publish_move_unpublish_and_delete_appear_in_the_order_they_happened(mission_a):
    since = cursor_now()
    home = mission_a.site.root_page
    with as_if_committed():
        about = StandardPageFactory(parent=home, slug="about-us")
        page = StandardPageFactory(parent=home, slug="travel", live=False)
    publish(page)
    with as_if_committed():
        page.move(about, pos="last-child")
    with as_if_committed():
        page.refresh_from_db()
        page.unpublish()
    publish(page)
    with as_if_committed():
        page.refresh_from_db()
        page.delete()

    assert changes_since(since) == [
        ("page.published", page.pk),
        ("page.moved", page.pk),
        ("page.unpublished", page.pk),
        ("page.published", page.pk),
        ("page.deleted", page.pk),
    ]


def test_an_event_says_where_the_page_is_and_nothing_of_its_content(mission_a):
    since = cursor_now()
    page = published_news(mission_a, title="Marker title 7731", slug="marker")

    response = feed(since)

    (item,) = response.json()["items"]
    assert item["id"].startswith("evt_")
    assert item["type"] == "page.published"
    assert item["occurred_at"].endswith("Z")
    assert item["page"] == {
        "id": page.pk,
        "type": "missions.NewsItemPage",
        "locale": "fr",
        "translation_key": str(page.translation_key),
        "html_url": "http://france.localhost/fr/news/marker/",
        "site": {"id": mission_a.site.pk, "hostname": "france.localhost", "mission": "FRA"},
    }
    assert "Marker title 7731" not in response.content.decode()


def test_a_deleted_page_is_reported_at_its_last_public_address(mission_a):
    page = published_news(mission_a, slug="going-away")
    since = cursor_now()

    with as_if_committed():
        page.delete()

    (item,) = feed(since).json()["items"]
    assert item["type"] == "page.deleted"
    assert item["page"]["html_url"] == "http://france.localhost/fr/news/going-away/"


def test_resuming_from_a_cursor_yields_exactly_the_later_events(mission_a, mission_b):
    since = cursor_now()
    first = published_news(mission_a)
    second = published_news(mission_b)
    body = feed(since, limit=1).json()
    third = published_news(mission_a)

    resumed = feed(body["meta"]["next_cursor"]).json()

    assert [item["page"]["id"] for item in body["items"]] == [first.pk]
    assert body["meta"]["has_more"] is True
    assert [item["page"]["id"] for item in resumed["items"]] == [second.pk, third.pk]
    assert resumed["meta"]["has_more"] is False
    assert resumed["meta"]["total_count"] == 2


def test_a_caller_that_read_everything_keeps_its_cursor_and_sees_nothing_new(mission_a):
    published_news(mission_a)
    since = cursor_now()

    body = feed(since).json()

    assert body == {
        "meta": {"total_count": 0, "next_cursor": since, "has_more": False},
        "items": [],
    }


def test_without_a_cursor_the_feed_starts_from_the_beginning(mission_a):
    page = published_news(mission_a)

    listed = changes_since(None)

    assert listed[-1] == ("page.published", page.pk)
    assert len(listed) > 1  # the provisioning's own pages were published before it


def test_a_draft_saved_produces_no_event(mission_a):
    since = cursor_now()
    page = draft_news(mission_a)

    with as_if_committed():
        page.title = "Draft title never shown"
        page.save_revision()

    assert changes_since(since) == []


def test_publishing_under_a_view_restriction_produces_no_event(mission_a):
    news = section(mission_a, "news")
    with as_if_committed():
        PageViewRestriction.objects.create(page=news, restriction_type="login")
    since = cursor_now()

    published_news(mission_a)

    assert changes_since(since) == []


def test_restricting_a_public_page_takes_it_out_of_view_as_unpublished(mission_a):
    page = published_news(mission_a)
    since = cursor_now()

    with as_if_committed():
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")

    assert changes_since(since) == [("page.unpublished", page.pk)]


def test_lifting_a_restriction_brings_the_page_back_as_published(mission_a):
    page = published_news(mission_a)
    with as_if_committed():
        restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    since = cursor_now()

    with as_if_committed():
        restriction.delete()

    assert changes_since(since) == [("page.published", page.pk)]


def test_moving_a_public_page_into_a_restricted_section_unpublishes_it(mission_a):
    home = mission_a.site.root_page
    with as_if_committed():
        private = StandardPageFactory(parent=home, slug="members-only")
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        page = StandardPageFactory(parent=home, slug="moving", live=False)
    publish(page)
    since = cursor_now()

    with as_if_committed():
        page.move(private, pos="last-child")

    (item,) = feed(since).json()["items"]
    assert (item["type"], item["page"]["id"]) == ("page.unpublished", page.pk)
    assert item["page"]["html_url"] == "http://france.localhost/fr/moving/"


def test_the_site_filter_keeps_one_missions_changes(mission_a, mission_b):
    since = cursor_now()
    published_news(mission_a)
    kenyan = published_news(mission_b)

    assert changes_since(since, site="KEN") == [("page.published", kenyan.pk)]
    assert changes_since(since, site="kenya.localhost") == [("page.published", kenyan.pk)]


def test_the_type_filter_keeps_the_kinds_asked_for(mission_a):
    since = cursor_now()
    page = published_news(mission_a)
    with as_if_committed():
        page.delete()

    assert changes_since(since, type="page.deleted") == [("page.deleted", page.pk)]


def test_the_feed_is_public_and_the_last_page_is_never_kept_stale(mission_a):
    published_news(mission_a)
    published_news(mission_a)
    since = cursor_now()

    response = feed(since)

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-cache"


def test_a_full_page_which_never_changes_may_be_cached(mission_a):
    since = cursor_now()
    published_news(mission_a)
    published_news(mission_a)

    response = feed(since, limit=1)

    assert response.json()["meta"]["has_more"] is True
    assert response["Cache-Control"] == "public, max-age=3600"


# --- Bad input: a 400 naming the parameter, never a 500 ------------------------------


def _forged(position):
    return base64.urlsafe_b64encode(f"{position}:not-our-signature".encode()).decode()


@pytest.mark.parametrize(
    "value",
    [
        "garbage",
        "",
        "%%%",
        "AAAA",
        _forged(1),
        "766d7b36-8e9b-4424-b08a-659ce17cbc4e",
        cursor.encode(-1)[:-2],
    ],
)
def test_a_cursor_the_feed_did_not_give_is_refused_naming_since(value):
    response = feed(value)

    assert response.status_code == 400
    assert response.json() == {
        "message": "since is not a cursor given by this feed",
        "parameter": "since",
    }


def test_a_cursor_ahead_of_the_journal_is_refused_naming_since(mission_a):
    response = feed(cursor.encode(10**12))

    assert response.status_code == 400
    assert response.json()["parameter"] == "since"


@pytest.mark.parametrize("value", ["101", "1000", "0", "-1", "ten", "1.5", "²", ""])
def test_a_limit_outside_one_to_a_hundred_is_refused_naming_limit(value):
    response = feed(limit=value)

    assert response.status_code == 400
    assert response.json()["parameter"] == "limit"


def test_a_limit_of_a_hundred_is_served(mission_a):
    assert feed(limit="100").status_code == 200


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"cursor": "x"}, "cursor"),
        ({"type": "page.renamed"}, "type"),
        ({"type": ","}, "type"),
        ({"site": "nowhere.example"}, "site"),
        ({"site": "XYZ"}, "site"),
    ],
)
def test_an_unknown_parameter_or_value_is_refused_naming_it(mission_a, params, parameter):
    response = feed(**params)

    assert response.status_code == 400
    assert response.json()["parameter"] == parameter

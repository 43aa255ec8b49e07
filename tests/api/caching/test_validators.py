"""ETag and Last-Modified: a consumer revalidates with either and gets a 304, never an
old copy of something that changed.

On small views with the mixin (tiny_views.py), with the server cache off, as in
development: the validators do not depend on it.
"""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from cms.serving.tokens import site_key
from tests.api.caching.helpers import (
    API_HOST,
    a_change_seconds_ago,
    cache_control,
    get,
    tokens_made_seconds_ago,
    vary,
)

pytestmark = pytest.mark.usefixtures("tiny_views")


def publish_home_title(mission, title):
    home = mission.site.root_page.specific
    home.title = title
    home.save_revision().publish()


@pytest.fixture
def path(mission_a):
    return f"/api/tiny/site/{mission_a.site.pk}/"


def test_a_response_carries_a_strong_etag_that_repeats_while_nothing_changes(path):
    first, second = get(path), get(path)

    assert first.status_code == second.status_code == 200
    assert re.fullmatch(r'"[0-9a-f]{32}"', first["ETag"])  # strong: quoted, no W/
    assert first["ETag"] == second["ETag"]


def test_if_none_match_with_the_etag_answers_304_with_no_body_and_the_same_headers(path):
    full = get(path)

    revalidated = get(path, **{"If-None-Match": full["ETag"]})

    assert revalidated.status_code == 304
    assert revalidated.content == b""
    assert revalidated["ETag"] == full["ETag"]
    assert cache_control(revalidated) == cache_control(full)
    assert vary(revalidated) == vary(full)


@pytest.mark.parametrize(
    "if_none_match",
    ['"other", {etag}', "W/{etag}", "*"],
    ids=["in-a-list", "weak-comparison", "any"],
)
def test_if_none_match_is_compared_as_rfc_9110_says(path, if_none_match):
    etag = get(path)["ETag"]

    assert get(path, **{"If-None-Match": if_none_match.format(etag=etag)}).status_code == 304


def test_an_etag_of_another_representation_gets_the_full_response(path):
    response = get(path, **{"If-None-Match": '"not-this-one"'})

    assert response.status_code == 200
    assert response.json()["home"]


def test_changed_content_gets_a_new_etag_and_a_200(path, mission_a):
    old = get(path)
    publish_home_title(mission_a, "Mission permanente, republiée")

    response = get(path, **{"If-None-Match": old["ETag"]})

    assert response.status_code == 200
    assert response.json()["home"] == "Mission permanente, republiée"
    assert response["ETag"] != old["ETag"]


def test_last_modified_is_the_time_of_the_last_change_of_the_sites_shown(path, mission_a):
    last_change = tokens_made_seconds_ago(60, mission_a.site.pk)

    assert get(path)["Last-Modified"] == last_change


def test_if_modified_since_the_last_change_answers_304(path, mission_a):
    last_change = tokens_made_seconds_ago(60, mission_a.site.pk)

    revalidated = get(path, **{"If-Modified-Since": last_change})

    assert revalidated.status_code == 304
    assert revalidated.content == b""


def test_if_modified_since_before_a_change_gets_the_new_content(path, mission_a):
    last_change = tokens_made_seconds_ago(60, mission_a.site.pk)
    publish_home_title(mission_a, "Mission permanente, republiée")

    response = get(path, **{"If-Modified-Since": last_change})

    assert response.status_code == 200
    assert response.json()["home"] == "Mission permanente, republiée"


def test_a_change_in_this_very_second_gives_no_last_modified_yet(path, mission_a):
    # HTTP dates count whole seconds: a second change within this one would carry the
    # same date, and a client holding it would be told "not modified".
    publish_home_title(mission_a, "Mission permanente, republiée")

    assert "Last-Modified" not in get(path)


def test_a_token_written_before_tokens_carried_their_time_gives_no_last_modified(path, mission_a):
    # Tokens a release before this one left in Redis: random only, no time.
    tokens_made_seconds_ago(60, mission_a.site.pk)
    cache.set(site_key(mission_a.site.pk), "0123456789abcdef", timeout=None)

    response = get(path)

    assert response.status_code == 200
    assert "Last-Modified" not in response


def test_a_site_keeps_its_date_when_another_site_changes(mission_a, mission_b):
    before = tokens_made_seconds_ago(60, mission_a.site.pk, mission_b.site.pk)
    a_change_seconds_ago(30, mission_b.site.pk)

    assert get(f"/api/tiny/site/{mission_a.site.pk}/")["Last-Modified"] == before


def test_a_cross_site_response_is_as_recent_as_the_latest_change_anywhere(mission_a, mission_b):
    tokens_made_seconds_ago(60, mission_a.site.pk, mission_b.site.pk)
    latest = a_change_seconds_ago(30, mission_b.site.pk)

    response = get("/api/tiny/every-site/")

    assert response["Last-Modified"] == latest
    assert get("/api/tiny/every-site/", **{"If-Modified-Since": latest}).status_code == 304


def test_head_carries_the_same_validators_and_revalidates(path, mission_a):
    tokens_made_seconds_ago(60, mission_a.site.pk)
    full = get(path)

    head = get_head(path)
    revalidated = get_head(path, **{"If-None-Match": full["ETag"]})

    assert (head.status_code, head["ETag"], head["Last-Modified"]) == (
        200,
        full["ETag"],
        full["Last-Modified"],
    )
    assert revalidated.status_code == 304


def test_a_response_that_declares_no_sites_has_an_etag_but_no_last_modified(mission_a):
    response = get("/api/tiny/undeclared/")

    assert response.status_code == 200
    assert response["ETag"]
    assert "Last-Modified" not in response


def get_head(path, **headers):
    return Client().head(path, headers={"host": API_HOST, **headers})

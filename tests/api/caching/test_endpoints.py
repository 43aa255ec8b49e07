"""Every endpoint of the read API answers with validators, the right Cache-Control, no
cookie, from the server cache on a repeat, and a 304 to a consumer that revalidates."""

import pytest

from tests.api.caching.helpers import cache_control, get, tokens_made_seconds_ago
from tests.factories import NewsItemPageFactory, section

pytestmark = pytest.mark.usefixtures("redis_api_cache")

LISTINGS = [
    "/api/v2/pages/",
    "/api/v2/news/",
    "/api/v2/statements/",
    "/api/v2/events/",
    "/api/v2/missions/",
    "/api/v2/images/",
    "/api/v2/documents/",
]


@pytest.mark.parametrize("path", LISTINGS)
def test_an_anonymous_listing_is_validated_shared_and_stored(path, mission_a, mission_b, settings):
    last_change = tokens_made_seconds_ago(60, mission_a.site.pk, mission_b.site.pk)

    first, second = get(path), get(path)

    assert first.status_code == 200
    assert first["ETag"] == second["ETag"]
    assert first["Last-Modified"] == last_change
    assert cache_control(first) == {"public", f"max-age={settings.API_CACHE_MAX_AGE}"}
    assert not first.cookies
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")


def test_a_consumer_repeating_a_request_for_one_missions_french_news_gets_a_304(mission_a):
    path = "/api/v2/news/?site=FRA&locale=fr"
    etag = get(path)["ETag"]

    repeat = get(path, **{"If-None-Match": etag})

    assert repeat.status_code == 304
    assert repeat["X-Cache"] == "hit"


HEADERS_OF_THE_REPRESENTATION = ("Content-Type", "Content-Language", "ETag", "Cache-Control")


@pytest.mark.parametrize("path", ["/api/v2/news/?site=FRA", "/api/v2/pages/?locale=fr"])
def test_a_stored_listing_is_answered_with_the_headers_of_the_fresh_one(path, mission_a):
    NewsItemPageFactory(parent=section(mission_a, "news"), title="Ocean conference")
    fresh, stored = get(path), get(path)

    assert stored["X-Cache"] == "hit"
    assert stored.content == fresh.content
    for header in HEADERS_OF_THE_REPRESENTATION:
        assert stored.get(header) == fresh.get(header), header


@pytest.mark.parametrize("path", ["/api/v2/news/?site=FRA", "/api/v2/missions/"])
def test_a_stored_response_costs_no_database_query(path, mission_a, django_assert_num_queries):
    NewsItemPageFactory(parent=section(mission_a, "news"), title="Ocean conference")
    get(path)

    with django_assert_num_queries(0):
        assert get(path)["X-Cache"] == "hit"

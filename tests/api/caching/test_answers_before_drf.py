"""An anonymous caller's stored answer is served before the session and authentication
middleware and Django REST framework run (api.cache_middleware,
api.http_caching.answer_before_drf): the same answer, the same rate limit, and never to
a caller who brought credentials or asked for something else than JSON.

Each test runs twice: in the real Redis at 127.0.0.1:6379 (where the count and the
lookup share one round trip) and in Django's in-memory cache (conftest.py).
"""

import pytest
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import Client
from rest_framework.authentication import BasicAuthentication
from rest_framework.permissions import IsAuthenticated
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from api.http_caching import can_answer_before_drf
from api.views.pages import PagesEndpoint
from tests.api.caching.helpers import get
from tests.api.caching.tiny_views import OneSite

pytestmark = pytest.mark.usefixtures("api_cache")

LISTING = "/api/v2/pages/?limit=2"


@pytest.fixture
def stored(mission_a):
    """The listing, stored by a first anonymous call."""
    first = get(LISTING)
    assert first["X-Cache"] == "miss"
    return first


@pytest.fixture
def without_drf(monkeypatch):
    """Django REST framework refuses to take any request from here on."""

    def refuse(*args, **kwargs):
        raise AssertionError("the request went through Django REST framework")

    monkeypatch.setattr(APIView, "initialize_request", refuse)


def test_an_anonymous_hit_is_answered_without_django_rest_framework(stored, without_drf):
    hit = get(LISTING)

    assert hit.status_code == 200
    assert hit["X-Cache"] == "hit"
    assert hit.content == stored.content


def test_an_anonymous_hit_skips_the_session_and_authentication_middleware(stored, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the request went through the session or authentication")

    monkeypatch.setattr(SessionMiddleware, "process_request", refuse)
    monkeypatch.setattr(AuthenticationMiddleware, "process_request", refuse)

    hit = get(LISTING)

    assert hit["X-Cache"] == "hit"
    assert hit.content == stored.content


def test_a_hit_carries_every_header_of_the_answer_first_given(stored):
    hit = get(LISTING)

    # The middleware below the cache's add theirs to the first answer; the hit skips
    # them, and has them all the same (stored with the entry).
    assert {"X-Frame-Options", "Vary", "Content-Length"} <= set(stored.headers)
    assert {**stored.headers, "X-Cache": "hit"} == dict(hit.headers)


def test_a_miss_answered_304_stores_the_whole_answer(stored):
    cache.clear()  # the entry expired; the caller still has the answer
    revalidated = get(LISTING, **{"If-None-Match": stored["ETag"]})

    hit = get(LISTING)

    assert (revalidated.status_code, revalidated["X-Cache"]) == (304, "miss")
    assert (hit.status_code, hit["X-Cache"]) == (200, "hit")
    assert hit.content == stored.content
    # Last-Modified tells the new tokens' time (the cache was emptied).
    unchanged = {name for name in stored.headers if name not in ("X-Cache", "Last-Modified")}
    assert {name: hit[name] for name in unchanged} == {name: stored[name] for name in unchanged}


def test_a_stored_answer_never_carries_another_callers_cors_header(mission_a, settings):
    portal = "https://portal.example.org"
    settings.CORS_ALLOWED_ORIGINS = [portal]
    first = get(LISTING, Origin=portal)

    elsewhere, plain, again = (
        get(LISTING, Origin="https://evil.example.net"),
        get(LISTING),
        (get(LISTING, Origin=portal)),
    )

    assert (first["X-Cache"], first["Access-Control-Allow-Origin"]) == ("miss", portal)
    assert [r["X-Cache"] for r in (elsewhere, plain, again)] == ["hit", "hit", "hit"]
    assert "Access-Control-Allow-Origin" not in elsewhere
    assert "Access-Control-Allow-Origin" not in plain
    assert again["Access-Control-Allow-Origin"] == portal


def test_a_host_not_allowed_is_refused_before_a_stored_answer(stored, settings):
    settings.ALLOWED_HOSTS = ["other.localhost"]

    assert get(LISTING).status_code == 400


def test_the_cache_cannot_run_without_its_middleware(settings):
    middleware = "api.cache_middleware.APICacheMiddleware"
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if name != middleware]
    with pytest.raises(SystemCheckError, match=r"api\.E001"):
        call_command("check")

    # Above CORS, it would store one caller's Access-Control-Allow-Origin for all.
    settings.MIDDLEWARE = [middleware, *settings.MIDDLEWARE]
    with pytest.raises(SystemCheckError, match=r"api\.E002"):
        call_command("check")

    settings.API_CACHE_SECONDS = 0
    call_command("check")


def test_a_revalidation_is_answered_without_django_rest_framework(stored, without_drf):
    revalidated = get(LISTING, **{"If-None-Match": stored["ETag"]})

    assert revalidated.status_code == 304
    assert revalidated["ETag"] == stored["ETag"]


def test_the_answer_before_drf_is_the_one_drf_gives(stored, django_assert_num_queries):
    # A cookie that names no session takes the request through DRF, still anonymous.
    through_drf = Client()
    through_drf.cookies["sessionid"] = "no-such-session"
    by_drf = get(LISTING, client=through_drf)
    with django_assert_num_queries(0):
        before_drf = get(LISTING)

    assert by_drf["X-Cache"] == before_drf["X-Cache"] == "hit"
    assert before_drf.content == by_drf.content
    assert dict(before_drf.items()) == dict(by_drf.items())


@pytest.mark.parametrize("path", ["/api/v2/pages/{home}/", "/api/v2/missions/?limit=5"])
def test_a_page_detail_and_the_missions_directory_too(mission_a, request, path):
    path = path.format(home=mission_a.site.root_page_id)
    first = get(path)
    request.getfixturevalue("without_drf")

    hit = get(path)

    assert (first["X-Cache"], hit["X-Cache"]) == ("miss", "hit")
    assert hit.content == first.content


@pytest.mark.parametrize("accept", [None, "*/*", "application/json"])
def test_what_asks_for_json_is_answered_from_the_cache(stored, without_drf, accept):
    headers = {} if accept is None else {"Accept": accept}

    assert get(LISTING, **headers)["X-Cache"] == "hit"


def test_a_request_for_another_representation_is_left_to_drf(stored):
    # The API only speaks JSON: DRF refuses HTML, the stored JSON is not handed out.
    assert get(LISTING, Accept="text/html").status_code == 406


def test_a_caller_with_a_token_never_gets_the_anonymous_answer(stored):
    refused = get(LISTING, Authorization="Bearer not-a-token")

    assert refused.status_code == 401
    assert "X-Cache" not in refused


def test_a_signed_in_caller_never_gets_the_anonymous_answer(stored, webmaster_a):
    client = Client()
    client.force_login(webmaster_a)

    response = get(LISTING, client=client)

    assert response.status_code == 200
    assert response.get("X-Cache") != "hit"
    assert "private" in response["Cache-Control"]


def test_a_publish_makes_the_stored_answer_stale(stored, mission_a):
    home = mission_a.site.root_page.specific
    home.title = "A new title"
    home.save_revision().publish()

    fresh = get(LISTING)

    assert fresh["X-Cache"] == "miss"
    assert b"A new title" in fresh.content


def test_every_request_is_counted_once_against_the_rate_limit(mission_a, settings):
    settings.API_ANONYMOUS_RATE = "3/hour"

    # A miss (through DRF after the lookup), then two hits (before DRF): three in all.
    assert [get(LISTING)["X-Cache"] for _ in range(3)] == ["miss", "hit", "hit"]
    over = get(LISTING)

    assert over.status_code == 429
    assert 1 <= int(over["Retry-After"]) <= 3600
    assert over.json()["message"].startswith("Too many requests")


def test_only_views_anyone_may_call_are_answered_before_drf():
    class SignedInOnly(OneSite):
        permission_classes = [IsAuthenticated]

    class BasicAuthToo(OneSite):
        authentication_classes = [*OneSite.authentication_classes, BasicAuthentication]

    class DRFThrottled(OneSite):
        throttle_classes = [AnonRateThrottle]

    assert can_answer_before_drf(PagesEndpoint)
    assert can_answer_before_drf(OneSite)
    for view_class in (SignedInOnly, BasicAuthToo, DRFThrottled):
        assert not can_answer_before_drf(view_class)

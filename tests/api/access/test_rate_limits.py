"""Rate limits: an anonymous caller per client address, a token holder per user with a
higher limit; over it, a 429 with ``Retry-After`` and a JSON body. In Redis the counters
are shared by every worker and exact under concurrent requests; with Redis down the API
is served, unlimited, rather than refused.

The limits are per hour so that no test crosses into a new window while it runs.
"""

import threading

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from rest_framework.test import APIClient

from api.throttling import AnonymousRateThrottle
from tests.api.access.conftest import bearer
from tests.cms.test_cache_outage import SilentServer, closed_port  # noqa: F401
from tests.factories import UserFactory

LISTING = "/api/v2/pages/?limit=1"


@pytest.fixture
def low_limits(settings, mission_a):
    settings.API_ANONYMOUS_RATE = "2/hour"
    settings.API_TOKEN_RATE = "4/hour"


def client_at(address):
    return APIClient(HTTP_HOST="api.localhost", REMOTE_ADDR=address)


def served(client, count, **headers):
    return [client.get(LISTING, **headers).status_code for _ in range(count)]


def test_an_anonymous_caller_over_its_limit_gets_429_with_retry_after(low_limits):
    client = client_at("192.0.2.1")
    assert served(client, 2) == [200, 200]

    response = client.get(LISTING)

    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 3600
    assert response["Content-Type"] == "application/json"
    message = response.json()["message"]
    assert message.startswith("Too many requests")
    assert f"Try again in {response['Retry-After']} second" in message


def test_a_response_from_the_server_cache_is_counted_too(low_limits, settings):
    settings.API_CACHE_SECONDS = 300
    client = client_at("192.0.2.1")
    first, second = client.get(LISTING), client.get(LISTING)
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")

    assert client.get(LISTING).status_code == 429


def test_each_client_address_has_its_own_count(low_limits):
    assert served(client_at("192.0.2.1"), 3) == [200, 200, 429]

    assert served(client_at("192.0.2.2"), 1) == [200]


def test_a_forged_forwarded_for_header_does_not_escape_the_limit(low_limits):
    client = client_at("192.0.2.1")

    statuses = [
        client.get(LISTING, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(3)
    ]

    assert statuses == [200, 200, 429]


def test_behind_the_trusted_proxy_each_client_is_counted_apart(low_limits, settings):
    settings.TRUSTED_PROXY_CLIENT_IP_HEADER = "X-Real-IP"
    proxy = client_at("10.0.0.1")
    assert served(proxy, 3, HTTP_X_REAL_IP="198.51.100.1") == [200, 200, 429]

    assert served(proxy, 1, HTTP_X_REAL_IP="198.51.100.2") == [200]


def test_a_token_holder_gets_the_higher_limit(low_limits, webmaster_a, token_for):
    client = client_at("192.0.2.1")
    token = bearer(token_for(webmaster_a))

    assert served(client, 5, **token) == [200, 200, 200, 200, 429]


def test_a_token_holder_does_not_spend_the_budget_of_its_address(
    low_limits, webmaster_a, token_for
):
    client = client_at("192.0.2.1")
    served(client, 4, **bearer(token_for(webmaster_a)))

    assert served(client, 3) == [200, 200, 429]


def test_the_tokens_of_one_user_share_its_budget(low_limits, webmaster_a, token_for):
    first, second = bearer(token_for(webmaster_a, "one")), bearer(token_for(webmaster_a, "two"))
    client = client_at("192.0.2.1")
    served(client, 4, **first)

    assert served(client, 1, **second) == [429]


def test_another_users_token_has_its_own_budget(low_limits, webmaster_a, token_for):
    client = client_at("192.0.2.1")
    served(client, 5, **bearer(token_for(webmaster_a)))

    assert served(client, 1, **bearer(token_for(UserFactory()))) == [200]


# --- In Redis ------------------------------------------------------------------------


def test_in_redis_every_client_of_one_address_adds_to_one_count(low_limits, redis_cache):
    first, second = client_at("192.0.2.1"), client_at("192.0.2.1")

    statuses = [first.get(LISTING).status_code, second.get(LISTING).status_code]
    statuses += [first.get(LISTING).status_code, second.get(LISTING).status_code]

    assert statuses == [200, 200, 429, 429]
    (key,) = list(redis_cache.scan_iter(f"{redis_cache.prefix}:*api_anonymous*"))
    assert int(redis_cache.get(key)) == 4
    assert 3600 < redis_cache.ttl(key) <= 3600 + AnonymousRateThrottle.KEY_GRACE_SECONDS


def test_in_redis_concurrent_requests_are_each_counted_once(redis_cache, settings):
    """40 requests at once from one address, as from many workers, for a limit of 25:
    exactly 25 pass. (A get-then-set count, as DRF's own throttle keeps, loses some.)"""
    settings.API_ANONYMOUS_RATE = "25/hour"
    request = RequestFactory().get(LISTING, REMOTE_ADDR="192.0.2.1")
    request.user = AnonymousUser()
    start = threading.Barrier(40)
    allowed = []

    def call():
        throttle = AnonymousRateThrottle()
        start.wait()
        allowed.append(throttle.allow_request(request, None))

    threads = [threading.Thread(target=call) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert allowed.count(True) == 25
    assert allowed.count(False) == 15


# --- Redis down ----------------------------------------------------------------------


@pytest.fixture
def silent_server():
    server = SilentServer()
    yield server
    server.close()


@pytest.mark.parametrize("server", ["refusing", "hanging"])
def test_with_redis_down_the_api_is_served_unlimited(
    server,
    closed_port,
    silent_server,
    mission_a,
    settings,
):
    port = closed_port if server == "refusing" else silent_server.port
    settings.CACHES = {
        alias: {
            "BACKEND": "cms.serving.redis_client.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": "test-api-outage",
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        }
        for alias in ("default", "renditions")
    }
    settings.API_ANONYMOUS_RATE = "1/hour"

    assert served(client_at("192.0.2.1"), 3) == [200, 200, 200]

"""The cache is an accelerator, never a dependency: with Redis down the API still answers,
made afresh, with an ETag that still revalidates, and no Last-Modified (no tokens to
read it from)."""

import socket

import pytest

from tests.api.caching.helpers import get

pytestmark = pytest.mark.usefixtures("tiny_views")


@pytest.fixture
def redis_down(settings):
    """Every cache pointed at a loopback port nothing listens on (connections refused),
    with the options production uses, and the API's server cache on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CACHES = {
        alias: {
            "BACKEND": "cms.serving.redis_client.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": "test-api-cache-down",
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        }
        for alias in ("default", "renditions")
    }
    settings.API_CACHE_SECONDS = 300


@pytest.mark.usefixtures("redis_down")
def test_with_redis_down_the_api_answers_uncached_and_says_so(mission_a):
    path = f"/api/tiny/site/{mission_a.site.pk}/"

    first, second = get(path), get(path)

    assert (first.status_code, second.status_code) == (200, 200)
    assert second.json()["home"] == mission_a.site.root_page.title
    assert second["X-Cache"] == "unavailable"
    assert "Last-Modified" not in second
    assert second["ETag"] == first["ETag"]


@pytest.mark.usefixtures("redis_down")
def test_with_redis_down_an_etag_still_revalidates(mission_a):
    path = f"/api/tiny/site/{mission_a.site.pk}/"
    etag = get(path)["ETag"]

    assert get(path, **{"If-None-Match": etag}).status_code == 304

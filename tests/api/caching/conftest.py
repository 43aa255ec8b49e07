"""Fixtures of the HTTP caching tests: the server cache on, in a real Redis or in memory."""

import pytest

from tests.conftest import default_cache_in_real_redis


def _redis(settings):
    yield from default_cache_in_real_redis(settings, 2, "api cache")


@pytest.fixture(params=["redis", "locmem"])
def api_cache(request, settings):
    """The API's server cache on, for each of the caches it runs on: the real Redis at
    127.0.0.1:6379 (production) and Django's in-memory cache (development, no REDIS_URL)."""
    settings.API_CACHE_SECONDS = 300
    if request.param == "redis":
        yield from _redis(settings)
    else:
        yield  # the test settings' LocMemCache, emptied before each test (tests/conftest.py)


@pytest.fixture
def redis_api_cache(settings):
    """The API's server cache on, in the real Redis only."""
    settings.API_CACHE_SECONDS = 300
    yield from _redis(settings)


@pytest.fixture
def tiny_views(settings):
    settings.ROOT_URLCONF = "tests.api.caching.tiny_views"

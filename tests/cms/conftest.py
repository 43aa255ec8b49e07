"""Fixtures of the core's tests."""

import uuid

import pytest
import redis

from tests.conftest import missions_provisioned_once_per_package

REDIS_URL = "redis://127.0.0.1:6379/5"


@pytest.fixture
def redis_page_cache(settings):
    """Turn the page and site caches on, in the real Redis at 127.0.0.1:6379 (database 5),
    under a key prefix used by this test only, so parallel workers never share pages."""
    connection = redis.Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except redis.ConnectionError:
        pytest.fail("The page cache tests need Redis at 127.0.0.1:6379: start redis-server.")
    prefix = f"test-page-cache-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "cms.serving.redis_client.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    settings.PAGE_CACHE_SECONDS = 300
    settings.SITE_CACHE_SECONDS = 300
    yield connection
    for key in connection.scan_iter(f"{prefix}:*", count=1000):
        connection.delete(key)


_missions_of_the_package, mission_a, mission_b = missions_provisioned_once_per_package()

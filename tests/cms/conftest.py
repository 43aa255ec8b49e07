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


@pytest.fixture(autouse=True)
def _missions_before_the_tests_transaction(_missions_of_the_package):
    """Provision the package's missions before any test opens its own transaction.

    A test that asks for ``mission_a`` only while running (``request.getfixturevalue``,
    as tests/cms/test_uploads.py does) would otherwise provision them inside its own
    transaction: rolled back when that test ends, they would be gone for the next tests
    of the package that run in the same process.
    """

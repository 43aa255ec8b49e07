"""Fixtures of the core's tests."""

import pytest

from tests.conftest import default_cache_in_real_redis, missions_provisioned_once_per_package


@pytest.fixture
def redis_page_cache(settings):
    """Turn the page and site caches on, in the real Redis (database 5)."""
    settings.PAGE_CACHE_SECONDS = 300
    settings.SITE_CACHE_SECONDS = 300
    yield from default_cache_in_real_redis(settings, 5, "page cache")


_missions_of_the_package, mission_a, mission_b = missions_provisioned_once_per_package()

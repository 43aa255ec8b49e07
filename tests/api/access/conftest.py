"""Fixtures of the read API's access tests: tokens, and the cache in a real Redis."""

import pytest
from wagtail.models import APIToken

from tests.conftest import default_cache_in_real_redis


@pytest.fixture
def token_for():
    """Make a Wagtail API token for a user, as ``manage.py api_tokens create`` does, and
    return its plaintext (shown once, never stored)."""

    def make(user, name="Member State portal"):
        _instance, plaintext = APIToken.create_token(user=user, name=name)
        return plaintext

    return make


def bearer(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def redis_cache(settings):
    """The default cache in the real Redis (database 11), as production configures it
    when REDIS_URL is set (cms/settings/base.py). Yields a redis-py connection to it."""
    yield from default_cache_in_real_redis(settings, 11, "api access")

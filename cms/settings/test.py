"""Settings for the test suite: fast, isolated, and on the database DATABASE_URL names."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105 (signs nothing outside the test run)
ALLOWED_HOSTS = ["*"]
# The suite tests the demo (tests/demo), which production never installs.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# Tests that need Redis point at it explicitly; the default cache stays in memory so
# tests do not see each other's cached pages.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PAGE_CACHE_SECONDS = 0
SITE_CACHE_SECONDS = 0
# The read API's response cache too (api.http_caching): its tests turn it on.
API_CACHE_SECONDS = 0
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
# The suite signs users in with force_login: tests of two-factor sign-in switch it on
# with the `settings` fixture (tests/cms/test_two_factor.py).
TWO_FACTOR_REQUIRED = False
# Encoding AVIF takes five to ten times as long as WebP, and every test that renders a
# page with an image makes its renditions afresh: WebP only, except in the tests of the
# <picture> markup (tests/missions/public/test_responsive_images.py) that switch AVIF on.
IMAGE_MODERN_FORMATS = ("webp",)
# The read API's rate limits, out of reach of any test but those of the limits
# (tests/api/access/test_rate_limits.py), which set low ones with the `settings` fixture.
API_ANONYMOUS_RATE = "1000000/min"
API_TOKEN_RATE = "1000000/min"  # noqa: S105 (a rate, not a secret)
# Webhooks are delivered at once, in the test's thread (tests/api/webhooks); the tests of
# the queue and its retries switch the database backend on with the `settings` fixture.
TASKS = {
    **TASKS,  # noqa: F405
    WEBHOOK_TASK_BACKEND: {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},  # noqa: F405
}
# The tests' webhook receivers listen on 127.0.0.1 (tests/api/webhooks/receiver.py); the
# tests of the refusal turn this off.
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True

"""Production settings: fail loudly on anything missing, secure by default."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.http.request import validate_host

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False

if not SECRET_KEY or len(SECRET_KEY) < 50:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set to a random string of 50+ characters.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the hostnames this install serves.")

# The admin answers on this hostname only (cms.admin_origin), so it is never guessed.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip()  # noqa: F405
_admin_url = urlsplit(WAGTAILADMIN_BASE_URL)
if _admin_url.scheme != "https" or not _admin_url.hostname:
    raise ImproperlyConfigured(
        "WAGTAILADMIN_BASE_URL must be set to the admin's own https address, e.g. "
        "https://admin.example.org: the admin answers on that hostname only, and on no "
        "mission's hostname."
    )
if not validate_host(_admin_url.hostname, ALLOWED_HOSTS):
    raise ImproperlyConfigured(
        f"ALLOWED_HOSTS must include the admin's hostname, {_admin_url.hostname!r} "
        "(from WAGTAILADMIN_BASE_URL)."
    )

# Superusers and whoever can publish always sign in with a second factor (cms.two_factor).
if not env_bool("TWO_FACTOR_REQUIRED", True):
    raise ImproperlyConfigured(
        "TWO_FACTOR_REQUIRED cannot be turned off in production: the Secretariat resets "
        "the two-factor sign-in of a user who lost their phone instead."
    )
TWO_FACTOR_REQUIRED = True

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# The "__Host-" prefix makes the browser refuse these cookies unless they are Secure,
# for path "/" and host-only (no Domain): no other host, not even a mission site under
# the same parent domain, can set or overwrite the admin's session or CSRF cookie.
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
# Wagtail marks its own preview views SAMEORIGIN; nothing else may be framed.
X_FRAME_OPTIONS = "DENY"

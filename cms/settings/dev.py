"""Settings for a developer's machine and for `make demo`."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
# Decided again with this DEBUG (base.py read DEBUG with another default): off while
# DEBUG is on, so the demo's accounts need no phone.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", not DEBUG)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ["*"]
# The demo (manage.py seed_demo) is installed here and in the test settings only,
# never in production: its accounts have well-known passwords.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# The demo's webhook receivers run on this machine (README: "To receive webhooks").
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = env_bool("WEBHOOK_ALLOW_PRIVATE_ADDRESSES", True)

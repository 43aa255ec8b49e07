"""Settings for the benchmarks in bench/: production-like, served over plain HTTP on loopback."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = SECRET_KEY or "bench-only-key"  # noqa: F405
ALLOWED_HOSTS = ["*"]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)

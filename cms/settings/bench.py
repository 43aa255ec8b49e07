"""Settings for the benchmarks in bench/: production-like, served over plain HTTP on loopback."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = SECRET_KEY or "bench-only-key"  # noqa: F405
ALLOWED_HOSTS = ["*"]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# The CMS's URLs plus the "framework floor" view the pages are compared with.
ROOT_URLCONF = "bench.floor_urls"
# bench/run.py renders the welcome page of a new Wagtail project (`wagtail start`) into
# this folder, to serve it as the stock-Wagtail baseline.
if os.environ.get("BENCH_STOCK_TEMPLATES"):  # noqa: F405
    TEMPLATES[0]["DIRS"] = [os.environ["BENCH_STOCK_TEMPLATES"], *TEMPLATES[0]["DIRS"]]  # noqa: F405
# bench/webhook_delay.py's receiver listens on 127.0.0.1.
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True

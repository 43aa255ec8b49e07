"""The URLs of the benchmark server: every URL of the CMS, the framework floor, and stock
Wagtail's API.

Selected by ``cms/settings/bench.py`` only, so production never serves any of these.
"""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import path
from rest_framework.permissions import AllowAny
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.urls import urlpatterns as cms_urlpatterns

_bodies = {}


def _fixed_body(head, size):
    key = (head, size)
    body = _bodies.get(key)
    if body is None:
        body = _bodies[key] = head + b"x" * max(size - len(head), 0)
    return body


def floor(request, size):
    """The least Django can do: a fixed HTML body of ``size`` bytes, no database, no template.

    It sits behind the same middleware and the same language prefix as the pages, so
    its rate is the ceiling any page of the same size could reach on this machine.
    """
    return HttpResponse(_fixed_body(b"<!DOCTYPE html><html lang=en><title>Floor</title><p>", size))


def api_floor(request, size):
    """The floor of the read API: a fixed JSON-typed body of ``size`` bytes, outside the
    language prefixes like /api/, behind the same middleware. Not valid JSON past its
    head, which nothing reads."""
    return HttpResponse(_fixed_body(b'{"floor": "', size), content_type="application/json")


class StockPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's own pages endpoint, unmodified but for being public: the project's DRF
    default permission is IsAuthenticated, and stock Wagtail assumes DRF's AllowAny."""

    permission_classes = [AllowAny]


stock_api = WagtailAPIRouter("bench_stock_api")
stock_api.register_endpoint("pages", StockPagesAPIViewSet)

urlpatterns = [
    path("bench-api-floor/<int:size>/", api_floor),
    path("stock-api/v2/", stock_api.urls),
    *i18n_patterns(path("bench-floor/<int:size>/", floor), prefix_default_language=True),
    *cms_urlpatterns,
]

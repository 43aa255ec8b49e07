"""The read API at /api/v2/ (this URLconf is mounted at /api/): on every host, in no
language prefix.

Wagtail's v2 router names each endpoint and links items to their detail URLs; the
``pages`` endpoint is registered first, so a page's ``detail_url`` is its
``/api/v2/pages/<id>/`` whatever the endpoint that listed it.
"""

from django.urls import include, path, re_path
from wagtail.api.v2.router import WagtailAPIRouter

from api.errors import not_found
from api.schema_views import DocsView, SchemaView
from api.views.media import DocumentsEndpoint, ImagesEndpoint
from api.views.missions import MissionsEndpoint
from api.views.pages import EventsEndpoint, NewsEndpoint, PagesEndpoint, StatementsEndpoint

router = WagtailAPIRouter("api")
router.register_endpoint("pages", PagesEndpoint)
router.register_endpoint("news", NewsEndpoint)
router.register_endpoint("statements", StatementsEndpoint)
router.register_endpoint("events", EventsEndpoint)
router.register_endpoint("missions", MissionsEndpoint)
router.register_endpoint("images", ImagesEndpoint)
router.register_endpoint("documents", DocumentsEndpoint)

urlpatterns = [
    path("v2/", router.urls),
    # The change feed (api.changes).
    path("v2/", include("api.changes.urls")),
    # The OpenAPI document and its interactive docs (api.schema).
    path("v2/schema/", SchemaView.as_view(), name="api-schema"),
    path("v2/docs/", DocsView.as_view(), name="api-docs"),
    # Anything else under /api/ is a JSON 404, not a redirect to a language prefix.
    re_path(r"^.*$", not_found),
]

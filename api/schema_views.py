"""The views of the read API's OpenAPI document and docs (the document is api.schema's).

Apart from api.schema because drf-spectacular's views module reads DRF's
``DEFAULT_SCHEMA_CLASS`` (api.schema.ReadAPISchema) as it is imported.
"""

from csp.decorators import csp_update
from django.utils import translation
from django.utils.decorators import method_decorator
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.permissions import AllowAny
from rest_framework.response import Response


class SchemaView(SpectacularAPIView):
    """``/api/v2/schema/``: the OpenAPI document, the same for every caller."""

    permission_classes = [AllowAny]
    # Nobody's identity changes the document: no session or token is read for it.
    authentication_classes = []

    def _get_schema_response(self, request):
        # Making the document takes seconds of CPU, and it changes only with the code:
        # made once per process (and language of its descriptions), not per request.
        key = translation.get_language()
        if key not in _documents:
            _documents[key] = super()._get_schema_response(request).data
        return Response(
            data=_documents[key],
            headers={
                "Content-Disposition": f'inline; filename="{self._get_filename(request, None)}"'
            },
        )


_documents = {}


# Swagger UI's stylesheet draws its icons as data: URIs, which the public sites' policy
# (img-src 'self') refuses; an image cannot run anything, and this page shows nobody's
# content, so its images alone may also come from data: URIs. Scripts and styles stay
# the site's own.
@method_decorator(csp_update({"img-src": ["data:"]}), name="dispatch")
class DocsView(SpectacularSwaggerSplitView):
    """``/api/v2/docs/``: Swagger UI from the project's own static files
    (drf-spectacular-sidecar), its start-up script served as a file of its own, so the
    public sites' Content-Security-Policy (``script-src 'self'``) holds, with one
    relaxation, below."""

    permission_classes = [AllowAny]
    authentication_classes = []
    url_name = "api-schema"
    template_name = "api/docs.html"

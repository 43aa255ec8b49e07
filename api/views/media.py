"""Images and documents: only those the public content shows.

Stock Wagtail v2 lists every image and document of the install, including those a
mission uploaded for a page it has not published yet. Here an image or a document is
served only while a page the caller may read uses it (``api.media_visibility``), and
a document in a collection with a view restriction never.
"""

from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from api.images import ImageRenditionsMixin, PrefetchedTagsMixin
from api.media_visibility import visible_documents, visible_images
from api.views.base import PublicEndpointMixin


class ImagesEndpoint(ImageRenditionsMixin, PublicEndpointMixin, ImagesAPIViewSet):
    def get_queryset(self):
        return visible_images(self.request).order_by("id")


class DocumentsEndpoint(PrefetchedTagsMixin, PublicEndpointMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        return visible_documents(self.request).order_by("id")

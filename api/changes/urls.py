"""The change feed's address, included under /api/v2/ by the API's URLs."""

from django.urls import path

from api.changes.feed import ChangeFeedView

urlpatterns = [
    path("changes/", ChangeFeedView.as_view(), name="changes"),
]

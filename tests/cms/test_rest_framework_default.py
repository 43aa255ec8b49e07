"""Django REST framework denies by default: a view that declares no permission is for
signed-in users only, and Wagtail's admin API (the choosers) still serves webmasters."""

from django.urls import reverse
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory, force_authenticate
from rest_framework.views import APIView

from tests.factories import UserFactory


class DeclaresNothing(APIView):
    """A DRF view whose author forgot to say who may use it."""

    def get(self, request):
        return Response({"secret": "for signed-in users"})


def test_anonymous_request_to_a_view_that_declares_nothing_is_refused():
    request = APIRequestFactory().get("/api/anything/")

    response = DeclaresNothing.as_view()(request)

    assert response.status_code in (401, 403)
    assert "secret" not in response.data


def test_signed_in_request_to_a_view_that_declares_nothing_is_served(db):
    request = APIRequestFactory().get("/api/anything/")
    force_authenticate(request, user=UserFactory())

    response = DeclaresNothing.as_view()(request)

    assert response.status_code == 200


def test_webmaster_uses_the_admin_api_of_the_choosers(mission_a, webmaster_a, client):
    client.force_login(webmaster_a)

    response = client.get(
        reverse("wagtailadmin_api:pages:listing") + f"?child_of={mission_a.site.root_page.pk}"
    )

    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] > 0

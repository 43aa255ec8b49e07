"""Who may keep a response: anonymous ones are public for API_CACHE_MAX_AGE seconds,
anything an authenticated caller gets is private and never stored, errors are never kept.
"""

import pytest
from django.test import Client
from wagtail.models import APIToken

from tests.api.caching.helpers import cache_control, get, vary
from tests.factories import UserFactory

pytestmark = pytest.mark.usefixtures("tiny_views")

VARY = {"accept", "accept-encoding", "origin", "authorization"}


@pytest.fixture
def path(mission_a):
    return f"/api/tiny/site/{mission_a.site.pk}/"


@pytest.fixture
def editor(db):
    return UserFactory(username="editor")


def test_an_anonymous_response_may_be_kept_by_anyone_for_the_max_age(path, settings):
    settings.API_CACHE_MAX_AGE = 90

    response = get(path)

    assert cache_control(response) == {"public", "max-age=90"}
    assert vary(response) >= VARY


def test_a_token_holders_response_is_private_and_never_stored(path, editor):
    _instance, token = APIToken.create_token(user=editor, name="Portal")

    response = get(path, Authorization=f"Bearer {token}")

    assert response.status_code == 200
    assert cache_control(response) == {"private", "no-store"}
    assert vary(response) >= VARY


def test_a_signed_in_users_response_is_private_and_never_stored(path, editor):
    client = Client()
    client.force_login(editor)

    response = get(path, client=client)

    assert response.status_code == 200
    assert cache_control(response) == {"private", "no-store"}


@pytest.mark.parametrize(
    ("url", "status"), [("/api/tiny/refusing/", 400), ("/api/tiny/site/999999/", 404)]
)
def test_an_error_is_never_kept(mission_a, url, status):
    # Not even a 404: a consumer told by a webhook that a page was just published must
    # not be served a "not found" kept from before.
    response = get(url)

    assert response.status_code == status
    assert "no-store" in cache_control(response)
    assert "public" not in cache_control(response)
    assert "ETag" not in response


def test_a_refused_token_gets_an_error_nobody_keeps(path):
    response = get(path, Authorization="Bearer not-a-token")

    assert response.status_code == 401
    assert cache_control(response) == {"private", "no-store"}


def test_a_view_that_says_private_stays_private(mission_a):
    response = get(f"/api/tiny/private/{mission_a.site.pk}/")

    assert cache_control(response) == {"private"}


def test_an_anonymous_response_sets_no_cookie(path):
    assert not get(path).cookies

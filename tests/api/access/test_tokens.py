"""A consumer authenticates with a Wagtail API token (``Authorization: Bearer``), and a
bad token is refused out loud: 401, ``WWW-Authenticate: Bearer``, and a JSON body naming
the Authorization header and the problem, never a silent anonymous answer."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import APIToken

from tests.api.access.conftest import bearer
from tests.factories import UserFactory

PAGES = "/api/v2/pages/"


@pytest.fixture
def consumer(db):
    return UserFactory(username="portal")


def assert_refused(response, problem):
    assert response.status_code == 401, response.content
    assert response["WWW-Authenticate"] == "Bearer"
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["parameter"] == "Authorization"
    assert problem in body["message"]


def test_a_token_authenticates_its_user(api, consumer, token_for):
    token = token_for(consumer)

    response = api.get(PAGES, **bearer(token))

    assert response.status_code == 200
    assert response.wsgi_request.user == consumer


def test_no_authorization_header_is_an_anonymous_caller(api, mission_a):
    response = api.get(PAGES)

    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated


def test_using_a_token_records_when_it_was_last_used(api, consumer, token_for):
    token = token_for(consumer)

    api.get(PAGES, **bearer(token))

    (instance,) = APIToken.objects.filter(user=consumer)
    assert instance.last_used_at is not None
    assert timezone.now() - instance.last_used_at < datetime.timedelta(minutes=1)


def test_last_used_is_written_at_most_once_per_interval(api, consumer, token_for, settings):
    settings.WAGTAILAPI_TOKEN_LAST_USED_INTERVAL = 3600
    token = token_for(consumer)
    api.get(PAGES, **bearer(token))
    first_use = APIToken.objects.get(user=consumer).last_used_at
    assert first_use is not None

    api.get(PAGES, **bearer(token))

    assert APIToken.objects.get(user=consumer).last_used_at == first_use


def test_a_revoked_token_is_refused(api, consumer, token_for):
    token = token_for(consumer)
    APIToken.objects.get(user=consumer).revoke()

    assert_refused(api.get(PAGES, **bearer(token)), "revoked")


def test_an_unknown_token_is_refused(api, db):
    well_formed_but_never_issued = APIToken.generate_token()

    assert_refused(api.get(PAGES, **bearer(well_formed_but_never_issued)), "unknown")


def test_a_token_of_a_deactivated_user_is_refused(api, consumer, token_for):
    token = token_for(consumer)
    consumer.is_active = False
    consumer.save()

    assert_refused(api.get(PAGES, **bearer(token)), "inactive user")


def test_a_mistyped_token_is_refused_as_malformed(api, consumer, token_for):
    token = token_for(consumer)
    mistyped = token[:-1] + ("A" if token[-1] != "A" else "B")

    assert_refused(api.get(PAGES, **bearer(mistyped)), "malformed")


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ("Bearer", "one token"),
        ("Bearer a b", "one token"),
        ("Bearer not-a-wagtail-token", "malformed"),
        ("Basic x", '"Bearer <token>"'),
        ("Token abc", '"Bearer <token>"'),
    ],
)
def test_a_malformed_authorization_header_is_refused(api, db, header, problem):
    assert_refused(api.get(PAGES, HTTP_AUTHORIZATION=header), problem)


def test_a_refused_token_is_not_rescued_by_a_session(api, consumer, token_for):
    token = token_for(consumer)
    APIToken.objects.get(user=consumer).revoke()
    api.force_login(consumer)

    assert_refused(api.get(PAGES, **bearer(token)), "revoked")


def test_a_token_made_with_the_management_command_authenticates(api, consumer):
    out = StringIO()
    call_command("api_tokens", "create", "--user", "portal", "--name", "Portal", stdout=out)

    response = api.get(PAGES, **bearer(out.getvalue().strip()))

    assert response.status_code == 200
    assert response.wsgi_request.user == consumer


def test_a_session_authenticates_when_no_token_is_sent(api, consumer):
    api.force_login(consumer)

    response = api.get(PAGES)

    assert response.status_code == 200
    assert response.wsgi_request.user == consumer

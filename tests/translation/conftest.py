"""A French mission with an English translation, a news item to translate, and clients."""

import pytest
from django.db import transaction
from django.test import Client
from wagtail.models import Locale

from tests.conftest import missions_provisioned_once_per_package
from tests.factories import NewsItemPageFactory, section

FRANCE = "france.localhost"


@pytest.fixture(autouse=True)
def _run_on_commit_callbacks_at_once(monkeypatch):
    """wagtail-localize publishes translated pages when the transaction commits.

    Tests run inside a transaction that never commits, so the callbacks run at once, as
    they would after each request on a server.
    """
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


@pytest.fixture
def news_fr(mission_a):
    """A published French news item of mission A (French first, then English)."""
    return NewsItemPageFactory(
        parent=section(mission_a, "news"),
        title="Visite d'étudiants",
        slug="visite-etudiants",
        introduction="Quarante étudiants ont rencontré l'Ambassadeur.",
        body=[("paragraph", "<p>Une visite instructive.</p>")],
    )


@pytest.fixture
def english(mission_a):
    return Locale.objects.get(language_code="en")


def client_for(user):
    """A logged-in admin client, on the admin's own host (the test client's default)."""
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def webmaster_client(webmaster_a):
    return client_for(webmaster_a)


@pytest.fixture
def moderator_client(moderator_a):
    return client_for(moderator_a)


_missions_of_the_package, mission_a, mission_b = missions_provisioned_once_per_package()

"""A French mission with an English translation, a news item to translate, and clients."""

import pytest
from django.test import Client
from wagtail.models import Locale

from tests.conftest import as_if_committed, missions_provisioned_once_per_package
from tests.factories import NewsItemPageFactory, section

FRANCE = "france.localhost"

_missions_of_the_package, mission_a, mission_b = missions_provisioned_once_per_package()


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


class CommittingClient(Client):
    """A test client whose every request ends as a request to a server does: committed.

    wagtail-localize publishes a translated page when the transaction commits; the
    tests' transaction never does, so each request runs what it left for the commit.
    """

    def request(self, **request):
        with as_if_committed():
            return super().request(**request)


def client_for(user):
    """A logged-in admin client, on the admin's own host (the test client's default)."""
    client = CommittingClient()
    client.force_login(user)
    return client


@pytest.fixture
def webmaster_client(webmaster_a):
    return client_for(webmaster_a)


@pytest.fixture
def moderator_client(moderator_a):
    return client_for(moderator_a)

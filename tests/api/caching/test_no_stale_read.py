"""No stale read: a stored API response reflects every change on the very next request.

For each event that changes what the API shows (publish, unpublish, move, delete, a
view restriction, a translation, the mission's settings, its Mission record and Member
State, an image), each kind of response that shows it (one site's listing, a cross-site
listing, a detail) is first stored (``X-Cache: hit``), then the event happens, then the
next anonymous request must show the change. With the server cache in the real Redis
and in the in-memory cache (conftest.py), on the read API's own endpoints.
"""

import pytest
import wagtail_factories
from django.test import Client
from wagtail.models import CollectionViewRestriction, Locale, PageViewRestriction
from wagtail_localize.models import TranslationSource

from missions.models import MemberState, MissionSettings, NewsIndexPage
from tests.conftest import as_if_committed
from tests.factories import NewsItemPageFactory, StatementPageFactory, section

pytestmark = pytest.mark.usefixtures("api_cache")

HOST = "api.localhost"


def get(path):
    return Client().get(path, headers={"host": HOST})


def shows(path, marker):
    """Whether the response to ``path`` shows ``marker`` (a 404 shows nothing)."""
    response = get(path)
    assert response.status_code in (200, 404), response.content
    return response.status_code == 200 and marker in response.text


def stored(path):
    """Request ``path`` until it is served from the server cache."""
    get(path)
    response = get(path)
    assert response["X-Cache"] == "hit", (path, response.status_code, response.content[:300])
    return response


# --- Pages: publish, unpublish, move, delete, privacy, translation -------------------

PAGE_VIEWS = {
    "one site's pages": lambda page: "/api/v2/pages/?site=FRA&limit=100",
    "every site's pages": lambda page: "/api/v2/pages/?limit=100",
    "every site's news": lambda page: "/api/v2/news/?limit=100",
    "the page's detail": lambda page: f"/api/v2/pages/{page.pk}/",
}
page_views = pytest.mark.parametrize("view", PAGE_VIEWS)


@pytest.fixture
def ocean(mission_a):
    """A live news item of France's French news."""
    return NewsItemPageFactory(
        parent=section(mission_a, "news"), title="Ocean conference", slug="ocean"
    )


def stale_after(view, page, marker, event):
    """Store the view's response while it shows or lacks ``marker``, run ``event``,
    return whether the next response shows it."""
    path = PAGE_VIEWS[view](page)
    stored(path)
    event()
    return shows(path, marker)


@page_views
def test_a_publish_shows_on_the_next_request(view, ocean):
    def publish():
        ocean.title = "Ocean summit"
        ocean.save_revision().publish()

    assert not shows(PAGE_VIEWS[view](ocean), "Ocean summit")
    assert stale_after(view, ocean, "Ocean summit", publish)


@page_views
def test_an_unpublish_shows_on_the_next_request(view, ocean):
    assert shows(PAGE_VIEWS[view](ocean), "Ocean conference")
    assert not stale_after(view, ocean, "Ocean conference", ocean.unpublish)


@page_views
def test_a_move_shows_on_the_next_request(view, ocean, mission_a):
    press = mission_a.site.root_page.add_child(instance=NewsIndexPage(title="Press", slug="press"))
    press.save_revision().publish()

    def move():
        ocean.move(press, pos="last-child")

    assert stale_after(view, ocean, "france.localhost/fr/press/ocean/", move)


@page_views
def test_a_deletion_shows_on_the_next_request(view, ocean):
    assert not stale_after(view, ocean, "Ocean conference", ocean.delete)


@page_views
def test_a_view_restriction_shows_on_the_next_request(view, ocean):
    def restrict():
        PageViewRestriction.objects.create(page=ocean, restriction_type=PageViewRestriction.LOGIN)

    assert not stale_after(view, ocean, "Ocean conference", restrict)


@page_views
def test_a_translation_shows_on_the_next_request(view, mission_a):
    # Written in English, translated into French with wagtail-localize and published.
    english = Locale.objects.get(language_code="en")
    french = Locale.objects.get(language_code="fr")
    news_en = section(mission_a, "news").get_translation(english)
    source_page = NewsItemPageFactory(parent=news_en, title="Ocean conference", slug="ocean")

    def translate():
        source, _created = TranslationSource.get_or_create_from_instance(source_page)
        with as_if_committed():
            source.create_or_update_translation(french, user=None, publish=True, fallback=True)

    marker = "france.localhost/fr/news/ocean/"
    assert not shows(PAGE_VIEWS[view](source_page), marker)
    assert stale_after(view, source_page, marker, translate)


# --- The missions directory: settings, Mission record, Member State ------------------

MISSION_VIEWS = {
    "the directory": lambda mission: "/api/v2/missions/",
    "one mission's entry": lambda mission: f"/api/v2/missions/{mission.pk}/",
}
mission_views = pytest.mark.parametrize("view", MISSION_VIEWS)


def directory_stale_after(view, mission, marker, event):
    path = MISSION_VIEWS[view](mission)
    stored(path)
    event()
    return shows(path, marker)


@mission_views
def test_saving_the_mission_settings_shows_on_the_next_request(view, mission_a):
    def save_settings():
        mission_settings = MissionSettings.for_site(mission_a.site)
        mission_settings.address = "245 East 47th Street"
        mission_settings.save()

    assert directory_stale_after(view, mission_a, "245 East 47th Street", save_settings)


@mission_views
def test_a_change_of_the_member_state_shows_on_the_next_request(view, mission_a):
    def rename():
        state = mission_a.member_state
        state.short_name = "French Republic"
        state.save()

    assert directory_stale_after(view, mission_a, "French Republic", rename)


@mission_views
def test_a_change_of_the_mission_record_shows_on_the_next_request(view, mission_a):
    # The Secretariat ties the mission to another State record (a data fix).
    monaco = MemberState.objects.get(iso3="MCO")

    def retie():
        mission_a.member_state = monaco
        mission_a.save()

    assert directory_stale_after(view, mission_a, '"MCO"', retie)


# --- Images ---------------------------------------------------------------------------


@pytest.fixture
def logo(mission_a):
    """France's logo, shown by the directory and so served by the images endpoint."""
    image = wagtail_factories.ImageFactory(collection=mission_a.collection, title="Flag")
    mission_settings = MissionSettings.for_site(mission_a.site)
    mission_settings.logo = image
    mission_settings.save()
    return image


@pytest.mark.parametrize(
    "path", ["/api/v2/images/", "/api/v2/images/{pk}/"], ids=["images", "image detail"]
)
def test_a_change_of_an_image_shows_on_the_next_request(path, logo):
    path = path.format(pk=logo.pk)
    stored(path)

    logo.title = "Flag of the French Republic"
    logo.save()

    assert shows(path, "Flag of the French Republic")


def test_a_collection_made_private_shows_on_the_next_request(logo, mission_a):
    stored("/api/v2/images/")

    CollectionViewRestriction.objects.create(
        collection=mission_a.collection, restriction_type=CollectionViewRestriction.LOGIN
    )

    assert not shows("/api/v2/images/", '"Flag"')


@pytest.fixture
def statement_pdf(mission_a):
    """A document a live statement of France delivers: served by the documents endpoint."""
    document = wagtail_factories.DocumentFactory(
        collection=mission_a.collection, title="Statement as delivered"
    )
    statement = StatementPageFactory(parent=section(mission_a, "statements"))
    statement.delivered_document = document
    statement.save_revision().publish()
    return document


@pytest.mark.parametrize(
    "path", ["/api/v2/documents/", "/api/v2/documents/{pk}/"], ids=["documents", "detail"]
)
def test_a_change_of_a_document_shows_on_the_next_request(path, statement_pdf):
    path = path.format(pk=statement_pdf.pk)
    stored(path)

    statement_pdf.title = "Statement as delivered, corrected"
    statement_pdf.save()

    assert shows(path, "Statement as delivered, corrected")

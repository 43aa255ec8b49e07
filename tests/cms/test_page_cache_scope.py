"""What one mission's editors do empties no other mission's page cache.

A webmaster's routine actions on their own site (locking, unlocking, saving a draft)
change nothing the public sees, so no cached page goes stale; publishing refreshes
their own site only. Only what changes which site answers a host (a Site saved, a
site's home moved, a language added) refreshes every site. Each test warms mission B's
pages (kenya.localhost), acts through the admin as a user of mission A
(france.localhost), and looks at the ``X-Cache`` header of B's next visit.

Like tests/cms/test_page_cache.py, these run against the real Redis at 127.0.0.1:6379
(database 5), under a key prefix of each test's own.
"""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction, Site
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from missions.provisioning import provision_mission
from tests.conftest import as_if_committed
from tests.factories import section

FRANCE = "france.localhost"
KENYA = "kenya.localhost"


pytestmark = pytest.mark.usefixtures("redis_page_cache")


def visit(path, host):
    """An anonymous visit (a client of its own: no session cookie)."""
    return Client().get(path, headers={"host": host})


def warm(path, host):
    """Visit until the page is served from the cache."""
    visit(path, host)
    response = visit(path, host)
    assert response["X-Cache"] == "hit"
    return response


@pytest.fixture
def admin_as(client):
    def log_in(user):
        client.force_login(user)
        return client

    return log_in


@pytest.fixture
def home_a(mission_a):
    return mission_a.site.root_page.specific


@pytest.fixture
def warm_b(mission_b):
    """Mission B's home page and a section, served from the cache."""
    warm("/en/", KENYA)
    warm("/en/news/", KENYA)


def assert_still_cached(path, host):
    assert visit(path, host)["X-Cache"] == "hit"


def _lock(client, page):
    response = client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.locked


def _edit(client, page, title, publish=False):
    """Post the page's edit form with a new title: a draft, or published."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    # The body's blocks are posted by the editor's JavaScript: an empty body instead.
    data = {key: values for key, values in form.lists() if not key.startswith("body-")}
    data.update(nested_form_data({"body": streamfield([])}))
    data["title"] = title
    if publish:
        data["action-publish"] = "action-publish"
    return client.post(url, data)


def _save_draft(client, page, title):
    return _edit(client, page, title)


def test_locking_own_home_keeps_every_cached_page(admin_as, webmaster_a, home_a, warm_b):
    warm("/fr/", FRANCE)

    _lock(admin_as(webmaster_a), home_a)

    assert_still_cached("/en/", KENYA)
    assert_still_cached("/en/news/", KENYA)
    assert_still_cached("/fr/", FRANCE)


def test_unlocking_own_home_keeps_every_cached_page(
    admin_as, webmaster_a, moderator_a, home_a, warm_b
):
    _lock(admin_as(webmaster_a), home_a)
    warm("/en/", KENYA)
    warm("/fr/", FRANCE)

    response = admin_as(moderator_a).post(reverse("wagtailadmin_pages:unlock", args=[home_a.pk]))

    assert response.status_code == 302
    home_a.refresh_from_db()
    assert not home_a.locked
    assert_still_cached("/en/", KENYA)
    assert_still_cached("/fr/", FRANCE)


def test_saving_a_draft_of_own_home_keeps_every_cached_page(admin_as, webmaster_a, home_a, warm_b):
    warm("/fr/", FRANCE)

    response = _save_draft(admin_as(webmaster_a), home_a, "Brouillon de l'accueil")

    assert response.status_code == 302
    home_a.refresh_from_db()
    assert home_a.has_unpublished_changes
    assert_still_cached("/en/", KENYA)
    assert_still_cached("/en/news/", KENYA)
    assert_still_cached("/fr/", FRANCE)
    assert "Brouillon de l'accueil" not in visit("/fr/", FRANCE).text


def test_saving_a_draft_of_a_page_keeps_every_cached_page(admin_as, webmaster_a, mission_a, warm_b):
    news = section(mission_a, "news")
    warm("/fr/news/", FRANCE)

    _save_draft(admin_as(webmaster_a), news, "Actualités, brouillon")

    assert_still_cached("/en/news/", KENYA)
    assert_still_cached("/fr/news/", FRANCE)


def test_publishing_own_home_refreshes_own_site_only(admin_as, moderator_a, home_a, warm_b):
    warm("/fr/", FRANCE)

    response = _edit(admin_as(moderator_a), home_a, "Accueil republié", publish=True)

    assert response.status_code == 302
    home_a.refresh_from_db()
    assert home_a.title == "Accueil republié"
    assert not home_a.has_unpublished_changes
    refreshed = visit("/fr/", FRANCE)
    assert refreshed["X-Cache"] == "miss"
    assert_still_cached("/en/", KENYA)
    assert_still_cached("/en/news/", KENYA)


def test_publishing_a_page_refreshes_own_site_only(admin_as, moderator_a, mission_a, warm_b):
    news = section(mission_a, "news")
    warm("/fr/news/", FRANCE)

    _edit(admin_as(moderator_a), news, "Toutes les actualités", publish=True)

    assert "Toutes les actualités" in visit("/fr/news/", FRANCE).text
    assert_still_cached("/en/", KENYA)


def test_changing_a_sites_hostname_refreshes_what_it_must(mission_a, warm_b):
    warm("/fr/", FRANCE)
    site = Site.objects.get(pk=mission_a.site.pk)
    site.hostname = "france.example"
    site.save()

    old_host = visit("/fr/", FRANCE)
    new_host = visit("/fr/", "france.example")

    assert old_host.get("X-Cache") != "hit"
    assert new_host.status_code == 200
    assert new_host["X-Cache"] == "miss"
    assert "France" in new_host.text


def test_adding_a_language_to_a_site_refreshes_the_directory_of_the_sites(mission_a, warm_b):
    # A new home translation changes the directory of the sites (cms.serving.directory),
    # which every process keeps: the French home, read with the old one, must now offer
    # Spanish.
    warm("/fr/", FRANCE)

    # wagtail-localize publishes the new translations when the transaction commits.
    with as_if_committed():
        provision_mission("FRA", hostname=FRANCE, languages=("fr", "en", "es"))

    assert visit("/es/", FRANCE).status_code == 200
    assert 'hreflang="es"' in visit("/fr/", FRANCE).text


# --- Private pages: the same rule on the fast path, and never stored ------------------


@pytest.fixture
def login_private_news_a(mission_a):
    news = section(mission_a, "news")
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    return news


def test_login_private_page_refuses_another_missions_user_with_the_caches_on(
    login_private_news_a, webmaster_a, webmaster_b
):
    other, own = Client(), Client()
    other.force_login(webmaster_b)
    own.force_login(webmaster_a)

    for _visit in range(2):  # the second time from the site cache's routes and restrictions
        refused = other.get("/fr/news/", headers={"host": FRANCE})
        served = own.get("/fr/news/", headers={"host": FRANCE})
        assert refused.status_code == 302
        assert served.status_code == 200


def test_login_private_page_is_never_stored(login_private_news_a, webmaster_a):
    own = Client()
    own.force_login(webmaster_a)
    own.get("/fr/news/", headers={"host": FRANCE})

    for _visit in range(2):
        response = visit("/fr/news/", FRANCE)
        assert response.status_code == 302
        assert "X-Cache" not in response


def test_password_private_page_is_never_stored(mission_a):
    PageViewRestriction.objects.create(
        page=section(mission_a, "news"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",
    )

    for _visit in range(2):
        response = visit("/fr/news/", FRANCE)
        assert "X-Cache" not in response
        assert "password" in response.text.lower()

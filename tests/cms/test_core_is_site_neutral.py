"""The core serves every family of sites without knowing any of them.

A site whose root page no family claims gets the neutral skeleton; a mission site's
search and "page not found" wear the mission's dress because missions registered it;
the navigation finds a site's feed and listings by what page types declare, not by
their names. (That no module of cms imports an app is the import-linter contract's
promise, in .importlinter.)
"""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.template import engines
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site

from cms import site_families
from cms.templatetags.navigation_tags import build_site_navigation

pytestmark = pytest.mark.django_db

PLAIN = "plain.localhost"
FRANCE = "france.localhost"
APPS_ABOVE_THE_CORE = {"missions", "sites", "api", "demo"}
# The templates the core renders on any site, and the skeleton they extend.
CORE_TEMPLATES = ["base.html", "404.html", "search/search.html"]


@pytest.fixture
def plain_site(db):
    """A site whose home page is a plain Wagtail page, of no registered family, with a
    section slugged and titled "news" that declares no role."""
    home = Page.get_first_root_node().add_child(instance=Page(title="Plain home", slug="plain"))
    home.add_child(instance=Page(title="News", slug="news", show_in_menus=True))
    return Site.objects.create(hostname=PLAIN, root_page=home, site_name="Plain site")


@pytest.fixture
def family_for_every_page():
    """A throwaway family registered for wagtailcore.Page, forgotten after the test."""
    family = site_families.register("everything", Page, "everything/base.html")
    yield family
    site_families.unregister(family)


def template_names(response):
    return [template.name for template in response.templates]


def test_a_site_of_no_family_shows_the_neutral_skeleton(client, plain_site):
    response = client.get("/en/no-such-page/", HTTP_HOST=PLAIN)
    header = BeautifulSoup(response.content, "html.parser").find("header")
    assert (response.status_code, "missions/base.html" in template_names(response)) == (404, False)
    assert "Plain site" in header.select_one(".site-name").get_text()


def test_a_mission_sites_page_not_found_wears_the_missions_dress(client, mission_a):
    response = client.get("/fr/no-such-page/", HTTP_HOST=FRANCE)
    assert "missions/base.html" in template_names(response)


def test_a_mission_sites_search_wears_the_missions_dress(client, mission_a):
    response = client.get("/fr/search/?q=anything", HTTP_HOST=FRANCE)
    assert "missions/base.html" in template_names(response)


def test_a_registered_family_dresses_the_sites_of_its_home_page_type(
    plain_site, family_for_every_page
):
    request = RequestFactory().get("/en/search/", HTTP_HOST=PLAIN)
    assert site_families.base_template_for_request(request) == "everything/base.html"


def test_the_nearest_home_page_type_decides_a_sites_family(mission_a, family_for_every_page):
    # MissionHomePage is a Page too: the family registered for it, not for Page, wins.
    request = RequestFactory().get("/fr/search/", HTTP_HOST=FRANCE)
    assert site_families.base_template_for_request(request) == "missions/base.html"


def test_the_navigation_finds_listings_and_feed_by_the_roles_page_types_declare(mission_a):
    request = RequestFactory().get("/fr/", HTTP_HOST=FRANCE)
    with translation.override("fr"):
        nav = build_site_navigation(request)
    assert (nav.listing_urls, nav.feed_url) == (
        {"news": "/fr/news/", "statements": "/fr/statements/", "events": "/fr/events/"},
        "/fr/news/feed/",
    )


def test_a_section_that_declares_no_role_is_no_listing_and_has_no_feed(plain_site):
    request = RequestFactory().get("/en/", HTTP_HOST=PLAIN)
    with translation.override("en"):
        nav = build_site_navigation(request)
    assert ([item.title for item in nav.menu], nav.listing_urls, nav.feed_url) == (
        ["News"],
        {},
        "",
    )


@pytest.mark.parametrize("name", CORE_TEMPLATES)
def test_the_cores_templates_load_no_apps_tags(name):
    # import-linter reads Python imports only; a {% load %} is an import it cannot see.
    source = (Path(settings.BASE_DIR) / "templates" / name).read_text()
    libraries = engines["django"].engine.libraries
    loaded = {
        libraries[library]
        for load in re.findall(r"{%\s*load\s+(.+?)\s*%}", source)
        for library in load.split()
    }
    assert {module.split(".")[0] for module in loaded} & APPS_ABOVE_THE_CORE == set()

"""The install's default host and unknown hosts list the sites, not Wagtail's welcome.

Wagtail's default site (its stock "Welcome to your new Wagtail site!" page, on
127.0.0.1:8000 in the demo) is what a host no site answers falls back to. It shows the
install's own page instead (cms.project_sites): each site of a labelled family, by
name, with its address.
"""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page, Site

pytestmark = pytest.mark.django_db

WELCOME = "Welcome to your new Wagtail site!"


def listed_links(response):
    html = BeautifulSoup(response.content, "html.parser")
    return {a["href"]: a.get_text(strip=True) for a in html.select("main li a")}


def test_the_default_host_lists_the_mission_sites(client, mission_a, mission_b):
    response = client.get("/", HTTP_HOST="localhost", follow=True)
    assert (response.status_code, listed_links(response)) == (
        200,
        {
            mission_a.site.root_url + "/": mission_a.site.site_name,
            mission_b.site.root_url + "/": mission_b.site.site_name,
        },
    )


def test_an_unknown_host_lists_the_mission_sites_not_wagtails_welcome(client, mission_a):
    response = client.get("/", HTTP_HOST="nowhere.example", follow=True)
    assert (
        WELCOME in response.content.decode(),
        mission_a.site.site_name in listed_links(response).values(),
    ) == (
        False,
        True,
    )


def test_without_a_default_site_an_unknown_host_still_lists_the_sites(client, mission_a):
    Site.objects.filter(is_default_site=True).update(is_default_site=False)
    response = client.get("/", HTTP_HOST="nowhere.example")
    assert (response.status_code, mission_a.site.site_name in listed_links(response).values()) == (
        200,
        True,
    )


def test_a_plain_site_that_is_not_the_default_shows_its_own_page(client, mission_a):
    home = Page.get_first_root_node().add_child(instance=Page(title="Plain home", slug="plain"))
    Site.objects.create(hostname="plain.localhost", root_page=home, site_name="Plain")
    response = client.get("/en/", HTTP_HOST="plain.localhost")
    assert (
        response.status_code,
        "Plain home" in response.content.decode(),
        listed_links(response),
    ) == (
        200,
        True,
        {},
    )

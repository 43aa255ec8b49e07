"""sitemap.xml, robots.txt and the news feed: valid XML, listing only this site's live,
public pages."""

import xml.etree.ElementTree as ET

import pytest

from tests.missions.public.conftest import FRANCE

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
HIDDEN = ["draft", "private", "other_site"]


def sitemap_locations(client):
    response = client.get("/sitemap.xml", HTTP_HOST=FRANCE)
    tree = ET.fromstring(response.content)
    return [loc.text for loc in tree.findall("sm:url/sm:loc", SITEMAP_NS)]


def feed_items(client):
    response = client.get("/fr/news/feed/", HTTP_HOST=FRANCE)
    channel = ET.fromstring(response.content).find("channel")
    return channel.findall("item")


def test_sitemap_is_valid_xml_of_the_sites_pages(client, adversarial_pages):
    locations = sitemap_locations(client)
    assert "http://france.localhost/fr/" in locations
    assert "http://france.localhost/fr/news/ocean-conference-opens/" in locations


@pytest.mark.parametrize("hidden", HIDDEN)
def test_sitemap_leaves_out_drafts_private_pages_and_other_sites(client, adversarial_pages, hidden):
    slug = adversarial_pages[hidden].slug
    assert not [loc for loc in sitemap_locations(client) if slug in loc]


def test_sitemap_lists_only_the_requesting_sites_host(client, adversarial_pages):
    assert all(loc.startswith("http://france.localhost/") for loc in sitemap_locations(client))


def test_robots_txt_points_at_the_sites_sitemap(client, mission_a):
    response = client.get("/robots.txt", HTTP_HOST=FRANCE)
    assert "Sitemap: http://france.localhost/sitemap.xml" in response.content.decode()


def test_feed_is_valid_rss_of_the_sites_news(client, adversarial_pages):
    titles = [item.findtext("title") for item in feed_items(client)]
    assert titles == ["Ocean conference opens"]


@pytest.mark.parametrize("hidden", HIDDEN)
def test_feed_leaves_out_drafts_private_news_and_other_sites(client, adversarial_pages, hidden):
    titles = [item.findtext("title") for item in feed_items(client)]
    assert adversarial_pages[hidden].title not in titles


def test_feed_items_link_to_the_news_on_the_sites_host(client, adversarial_pages):
    links = [item.findtext("link") for item in feed_items(client)]
    assert links == ["http://france.localhost/fr/news/ocean-conference-opens/"]


def test_feed_items_carry_their_tags_as_categories(client, adversarial_pages):
    news = adversarial_pages["live"]
    news.tags.add("oceans", "climate")
    news.save()
    categories = [c.text for c in feed_items(client)[0].findall("category")]
    assert sorted(categories) == ["climate", "oceans"]

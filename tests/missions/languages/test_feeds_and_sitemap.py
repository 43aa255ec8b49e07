"""Each language has its own news feed, and sitemap.xml tells search engines which
addresses are translations of each other."""

import xml.etree.ElementTree as ET

import pytest

from tests.missions.languages.conftest import HOST

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
ROOT = "http://senegal.localhost"


def feed(client, language):
    response = client.get(f"/{language}/news/feed/", HTTP_HOST=HOST)
    assert response.status_code == 200
    return ET.fromstring(response.content).find("channel")


def sitemap(client):
    """location -> {hreflang: alternate location} of every address of the sitemap."""
    tree = ET.fromstring(client.get("/sitemap.xml", HTTP_HOST=HOST).content)
    return {
        url.findtext("sm:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in tree.findall("sm:url", NS)
    }


@pytest.mark.parametrize("language", ["en", "ar"])
def test_each_languages_feed_lists_only_its_own_news(client, english_news, translate, language):
    translate(english_news, "ar")
    channel = feed(client, language)
    links = [item.findtext("link") for item in channel.findall("item")]
    assert (channel.findtext("language"), links) == (
        language,
        [f"{ROOT}/{language}/news/sahel/"],
    )


def test_feed_of_a_language_without_news_is_empty(client, english_news):
    assert feed(client, "fr").findall("item") == []


def test_sitemap_lists_every_language_with_its_alternates(client, english_news, translate):
    translate(english_news, "ar", "zh-hans")
    alternates = {
        f"{ROOT}/en/news/sahel/",
        f"{ROOT}/ar/news/sahel/",
        f"{ROOT}/zh-hans/news/sahel/",
    }
    urls = sitemap(client)
    assert {url: urls[url] for url in alternates} == {
        url: {
            "en": f"{ROOT}/en/news/sahel/",
            "ar": f"{ROOT}/ar/news/sahel/",
            "zh-hans": f"{ROOT}/zh-hans/news/sahel/",
            "x-default": f"{ROOT}/en/news/sahel/",
        }
        for url in alternates
    }


def test_sitemap_leaves_draft_translations_out_of_the_alternates(client, english_news, translate):
    translate(english_news, "ar", "fr")["fr"].unpublish()
    urls = sitemap(client)
    assert (f"{ROOT}/fr/news/sahel/" in urls, set(urls[f"{ROOT}/en/news/sahel/"])) == (
        False,
        {"en", "ar", "x-default"},
    )


def test_sitemap_home_pages_are_alternates_of_each_other(client, un_mission):
    assert set(sitemap(client)[f"{ROOT}/ru/"]) == {
        "ar",
        "zh-hans",
        "en",
        "fr",
        "ru",
        "es",
        "x-default",
    }

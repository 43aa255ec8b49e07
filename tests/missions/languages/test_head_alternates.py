"""<html lang dir> and the hreflang alternates search engines read in <head>."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from wagtail.models import Locale

from tests.conftest import as_if_committed
from tests.factories import NewsItemPageFactory, make_mission, section
from tests.missions.languages.conftest import HOST, parse

pytestmark = pytest.mark.django_db


def alternates(client, url, host=HOST):
    head = parse(client.get(url, HTTP_HOST=host)).head
    return {
        link["hreflang"]: link["href"] for link in head.select('link[rel="alternate"][hreflang]')
    }


def test_alternates_list_every_live_translation_with_itself_and_x_default(
    client, english_news, translate
):
    translate(english_news, "ar", "ru")
    assert alternates(client, "/ar/news/sahel/") == {
        "en": "http://senegal.localhost/en/news/sahel/",
        "ar": "http://senegal.localhost/ar/news/sahel/",
        "ru": "http://senegal.localhost/ru/news/sahel/",
        "x-default": "http://senegal.localhost/en/news/sahel/",
    }


def test_draft_translation_is_not_an_alternate(client, english_news, translate):
    translate(english_news, "fr")["fr"].unpublish()
    assert set(alternates(client, "/en/news/sahel/")) == {"en", "x-default"}


def test_page_missing_in_the_default_language_has_no_x_default(client, un_mission, translate):
    arabic_news = section(un_mission, "news").get_translation(
        Locale.objects.get(language_code="ar")
    )
    NewsItemPageFactory(parent=arabic_news, title="Arabic only", slug="arabic-only")
    assert alternates(client, "/ar/news/arabic-only/") == {
        "ar": "http://senegal.localhost/ar/news/arabic-only/"
    }


def test_single_language_site_still_names_its_language(client, db):
    with as_if_committed():
        make_mission("EGY", "egypt.localhost", languages=("ar",))
    assert alternates(client, "/ar/", host="egypt.localhost") == {
        "ar": "http://egypt.localhost/ar/",
        "x-default": "http://egypt.localhost/ar/",
    }


@pytest.mark.parametrize("url", ["/en/search/?q=sahel", "/en/no-such-page/"])
def test_search_and_error_pages_have_no_alternates(client, un_mission, url):
    # Neither is indexed; announcing their translations would only waste crawls.
    assert alternates(client, url) == {}


@pytest.mark.parametrize(
    ("language", "direction"),
    [("ar", "rtl"), ("zh-hans", "ltr"), ("en", "ltr"), ("fr", "ltr"), ("ru", "ltr"), ("es", "ltr")],
)
def test_every_page_says_its_language_and_direction(client, un_mission, language, direction):
    for url in (
        f"/{language}/",
        f"/{language}/news/",
        f"/{language}/search/",
        f"/{language}/nope/",
    ):
        html = parse(client.get(url, HTTP_HOST=HOST)).html
        assert (url, html["lang"], html["dir"]) == (url, language, direction)


def test_server_error_page_speaks_every_official_language_and_marks_each():
    html = BeautifulSoup(render_to_string("500.html"), "html.parser")
    languages = {section["lang"]: section.get("dir") for section in html.select("main [lang]")}
    assert ((html.html["lang"], html.html["dir"]), languages) == (
        ("en", "ltr"),
        {"fr": None, "es": None, "ru": None, "zh-hans": None, "ar": "rtl"},
    )

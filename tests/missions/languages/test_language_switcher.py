"""The language switcher offers the languages a visitor can read this page in, and the home
page of every other language of the site."""

import pytest

from tests.missions.languages.conftest import HOST, parse

pytestmark = pytest.mark.django_db


def switcher(client, url, host=HOST, homes=False):
    """The switcher's links to this page's versions (and, with ``homes``, to the home
    pages of the languages it is not translated into)."""
    selector = "nav.language-nav a" if homes else "nav.language-nav a:not(.language-nav__home)"
    links = parse(client.get(url, HTTP_HOST=host)).select(selector)
    return [(a["lang"], a["hreflang"], a["href"], a.get("aria-current")) for a in links]


def test_switcher_lists_only_the_languages_the_page_is_live_in(client, english_news, translate):
    translate(english_news, "ar", "fr")
    assert switcher(client, "/en/news/sahel/") == [
        ("en", "en", "/en/news/sahel/", "true"),
        ("ar", "ar", "/ar/news/sahel/", None),
        ("fr", "fr", "/fr/news/sahel/", None),
    ]


def test_switcher_marks_the_current_language_on_a_translation(client, english_news, translate):
    translate(english_news, "ar")
    assert [code for code, _, _, current in switcher(client, "/ar/news/sahel/") if current] == [
        "ar"
    ]


def test_page_in_one_language_only_links_to_the_other_languages_home_pages(client, english_news):
    assert [href for _, _, href, _ in switcher(client, "/en/news/sahel/", homes=True)] == [
        "/en/news/sahel/",
        "/ar/",
        "/zh-hans/",
        "/fr/",
        "/ru/",
        "/es/",
    ]


def test_draft_translation_is_not_listed(client, english_news, translate):
    arabic = translate(english_news, "ar", "fr")["ar"]
    arabic.unpublish()
    arabic.save_revision()  # a draft in progress, never published again
    assert [code for code, *_ in switcher(client, "/en/news/sahel/")] == ["en", "fr"]


def test_unpublishing_a_translation_removes_it_from_the_switcher(client, english_news, translate):
    french = translate(english_news, "fr", "ar")["fr"]
    assert "fr" in [code for code, *_ in switcher(client, "/en/news/sahel/")]
    french.unpublish()
    assert [code for code, *_ in switcher(client, "/en/news/sahel/")] == ["en", "ar"]


def test_sections_link_to_their_translations_in_every_language(client, un_mission):
    assert [href for _, _, href, _ in switcher(client, "/ru/news/")] == [
        "/en/news/",
        "/ar/news/",
        "/zh-hans/news/",
        "/fr/news/",
        "/ru/news/",
        "/es/news/",
    ]


def test_search_switcher_keeps_the_query_in_each_language(client, bilingual_mission):
    links = switcher(client, "/fr/search/?q=climat", host="france.localhost")
    assert links == [
        ("fr", "fr", "/fr/search/?q=climat", "true"),
        ("en", "en", "/en/search/?q=climat", None),
    ]


def test_page_not_found_switcher_leads_to_each_home_page(client, bilingual_mission):
    links = switcher(client, "/en/no-such-page/", host="france.localhost")
    assert [(code, href) for code, _, href, _ in links] == [("fr", "/fr/"), ("en", "/en/")]

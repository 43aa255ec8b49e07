"""A page translated into any official language of the UN reads as a page of that
language: its lang and direction, its hreflang alternates and its dates."""

import pytest

from tests.conftest import as_if_committed
from tests.factories import NewsItemPageFactory, make_mission, section
from tests.missions.languages.conftest import NEWS_DATE, UN_OFFICIAL, parse

# Not the package-wide six-language mission (Senegal): each test provisions its own.
HOST = "mali.localhost"

pytestmark = pytest.mark.django_db

# English pages are translated from French; every other language from English.
SOURCE_LANGUAGE = {"en": "fr"}
# 5 October 2026 as Django's own formats for each language write it.
LOCALIZED_DATE = {
    "ar": "5 أكتوبر، 2026",
    "zh-hans": "2026年10月5日",
    "en": "Oct. 5, 2026",
    "fr": "5 octobre 2026",
    "ru": "5 октября 2026 г.",  # noqa: RUF001 (Cyrillic: "g." for "goda", year)
    "es": "5 de octubre de 2026",
}
RIGHT_TO_LEFT = {"ar"}


@pytest.mark.parametrize("language", UN_OFFICIAL)
def test_translated_news_item_reads_as_a_page_of_its_language(client, translate, language):
    source = SOURCE_LANGUAGE.get(language, "en")
    with as_if_committed():
        mission = make_mission("MLI", HOST, languages=(source, language))
    news = NewsItemPageFactory(
        parent=section(mission, "news"), slug="sahel", publication_date=NEWS_DATE
    )
    translate(news, language)

    page = parse(client.get(f"/{language}/news/sahel/", HTTP_HOST=HOST))
    listing = parse(client.get(f"/{language}/news/", HTTP_HOST=HOST))
    alternates = page.head.select('link[rel="alternate"][hreflang]')
    assert {
        "lang": page.html["lang"],
        "dir": page.html["dir"],
        "hreflang": {link["hreflang"] for link in alternates},
        "date on the page": page.select_one("main time").get_text(strip=True),
        "date in the list": listing.select_one("main .card time").get_text(strip=True),
    } == {
        "lang": language,
        "dir": "rtl" if language in RIGHT_TO_LEFT else "ltr",
        "hreflang": {source, language, "x-default"},
        "date on the page": LOCALIZED_DATE[language],
        "date in the list": LOCALIZED_DATE[language],
    }

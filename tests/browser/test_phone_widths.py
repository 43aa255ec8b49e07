"""No public page scrolls sideways on a phone, in any language of the demo.

A page wider than the screen hides its right edge (its left edge in Arabic) behind a
sideways scroll: a select as wide as a UN body's full name, a search form that does not
shrink, a Russian word longer than the screen. Every public page type is opened at 320,
360 and 390 pixels, in every language the demo publishes in, and must be no wider than
the window.
"""

from urllib.parse import quote

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from missions.models import Mission, StatementIndexPage
from tests.browser.conftest import PUBLIC_PAGE_TYPES, committed_for_the_module, site_url

pytestmark = pytest.mark.django_db

PHONE_WIDTHS = [320, 360, 390]
# Each demo language on the mission that publishes the most in it: Arabic on Egypt's
# site, where it comes first and so has news, statements and events of its own.
LANGUAGES_BY_MISSION = {
    "EGY": ["ar"],
    "FRA": ["fr"],
    "KEN": ["en", "sw"],
    "BRA": ["pt", "es"],
    "JPN": ["ja", "zh-hans"],
    "POL": ["ru"],
}


@pytest.fixture(scope="module")
def demo_pages(django_db_setup, django_db_blocker, module_media_root):
    """(language, page type, address) of every public page type in every demo language."""
    with committed_for_the_module(django_db_blocker) as port:
        missions = [argument for iso3 in LANGUAGES_BY_MISSION for argument in ("--mission", iso3)]
        call_command("seed_demo", "--force", *missions, port=port, verbosity=0)
        yield list(pages_in_every_language(port))


def pages_in_every_language(port):
    for iso3, languages in LANGUAGES_BY_MISSION.items():
        mission = Mission.objects.select_related("site").get(member_state__iso3=iso3)
        for language in languages:
            locale = Locale.objects.get(language_code=language)
            home = mission.site.root_page.get_translation(locale)
            for model in PUBLIC_PAGE_TYPES:
                # A page type the mission does not publish in this language (a news
                # item in Swahili) is shown in another language, tested there.
                page = model.objects.live().public().descendant_of(home, inclusive=True).first()
                if page is not None:
                    yield language, model.__name__, page.full_url
            # The search results page, searching for a title of the site in this language.
            words = StatementIndexPage.objects.descendant_of(home).get().title
            yield (
                language,
                "search",
                site_url(mission.site.hostname, port, f"/{language}/search/?q={quote(words)}"),
            )


def test_every_language_of_the_demo_is_covered(demo_pages):
    assert {language for language, _kind, _url in demo_pages} == {
        "ar", "fr", "en", "sw", "pt", "es", "ja", "zh-hans", "ru"
    }  # fmt: skip
    assert {kind for _language, kind, _url in demo_pages} == {
        *(model.__name__ for model in PUBLIC_PAGE_TYPES),
        "search",
    }


@pytest.fixture(scope="module")
def widths_of_every_page(browser, demo_pages):
    """{phone width: {page: its width when wider than the window}}, each page opened once
    and narrowed from the widest phone to the narrowest (a resize lays it out again as
    a phone of that width would)."""
    context = browser.new_context(viewport={"width": max(PHONE_WIDTHS), "height": 800})
    context.set_default_timeout(15_000)
    page = context.new_page()
    too_wide = {width: {} for width in PHONE_WIDTHS}
    try:
        for language, kind, url in demo_pages:
            page.goto(url)
            for width in sorted(PHONE_WIDTHS, reverse=True):
                page.set_viewport_size({"width": width, "height": 800})
                scroll_width, window_width = page.evaluate(
                    "[document.documentElement.scrollWidth, window.innerWidth]"
                )
                assert window_width == width
                if scroll_width > window_width:
                    too_wide[width][f"{kind} ({language}) {url}"] = scroll_width
            page.set_viewport_size({"width": max(PHONE_WIDTHS), "height": 800})
    finally:
        context.close()
    return too_wide


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_no_page_is_wider_than_a_phone(widths_of_every_page, width):
    assert widths_of_every_page[width] == {}

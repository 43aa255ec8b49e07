"""A page asked for in a language: that translation, else (with ``fallback=1``) the
nearest language of its site, saying so; every page response names its language.

France's site speaks French (its default) then English; Kiswahili is a language of the
install (Kenya's) that France's site does not have.
"""

import pytest

from tests.api.content.conftest import news_with, restrict_to_signed_in_users, translate


@pytest.fixture
def french(mission_a):
    return news_with(mission_a, ("paragraph", "<p>Bonjour.</p>"), title="Communiqué")


@pytest.fixture
def english(french):
    return translate(french, "en", title="Press release")


def detail(api, page, **params):
    return api.get(f"/api/v2/pages/{page.pk}/", params)


def test_a_page_asked_for_in_a_language_it_has_is_that_translation(api, french, english):
    response = detail(api, french, locale="en")

    assert response.status_code == 200
    body = response.json()
    assert body["id"] == english.pk
    assert body["title"] == "Press release"
    assert body["meta"]["served_locale"] == "en"
    assert body["meta"]["fallback"] is False
    assert response["Content-Language"] == "en"


def test_a_language_the_page_lacks_is_a_404_naming_locale(api, french, english):
    response = detail(api, english, locale="sw")

    assert response.status_code == 404
    assert response.json()["parameter"] == "locale"


def test_with_fallback_the_sites_default_language_comes_first(api, french, english):
    response = detail(api, english, locale="sw", fallback="1")

    assert response.status_code == 200
    body = response.json()
    assert body["id"] == french.pk
    assert body["meta"]["served_locale"] == "fr"
    assert body["meta"]["fallback"] is True
    assert response["Content-Language"] == "fr"


def test_fallback_skips_a_translation_the_caller_may_not_read(api, french, english):
    restrict_to_signed_in_users(french)

    response = detail(api, english, locale="sw", fallback="true")

    assert response.json()["id"] == english.pk
    assert response.json()["meta"]["served_locale"] == "en"


def test_a_draft_translation_is_never_the_one_served(api, french):
    draft = translate(french, "en", publish=False, title="Draft press release")

    response = detail(api, french, locale="en")

    assert response.status_code == 404
    assert draft.title not in response.content.decode()


@pytest.mark.parametrize("endpoint", ["pages", "news"])
def test_find_passes_locale_and_fallback_on_to_the_page(api, mission_a, english, endpoint):
    response = api.get(
        f"/api/v2/{endpoint}/find/",
        {"html_path": f"/en/news/{english.slug}/", "site": "FRA", "locale": "sw", "fallback": "1"},
        follow=True,
    )

    assert response.status_code == 200
    assert response.json()["meta"]["served_locale"] == "fr"
    assert response.json()["meta"]["fallback"] is True


def test_a_fallback_that_is_not_yes_or_no_is_a_400_naming_it(api, french):
    response = detail(api, french, locale="en", fallback="maybe")

    assert response.status_code == 400
    assert response.json()["parameter"] == "fallback"


def test_fallback_without_a_locale_is_a_400_naming_it(api, french):
    response = detail(api, french, fallback="1")

    assert response.status_code == 400
    assert response.json()["parameter"] == "fallback"


def test_fallback_on_a_listing_is_a_400_not_a_silent_listing(api, french):
    response = api.get("/api/v2/news/", {"locale": "fr", "fallback": "1"})

    assert response.status_code == 400
    assert response.json()["parameter"] == "fallback"


def test_a_locale_the_install_lacks_is_a_400_on_a_detail_too(api, french):
    response = detail(api, french, locale="xx")

    assert response.status_code == 400
    assert response.json()["parameter"] == "locale"


def test_a_detail_says_the_language_of_its_content(api, french):
    response = detail(api, french)

    assert response["Content-Language"] == "fr"
    assert "served_locale" not in response.json()["meta"]


def test_a_listing_says_the_languages_of_its_items(api, french, english):
    both = api.get("/api/v2/news/", {"order": "id"})
    english_only = api.get("/api/v2/news/", {"locale": "en"})

    assert both["Content-Language"] == "fr, en"
    assert english_only["Content-Language"] == "en"

"""``/`` sends each visitor to the best language the site has, from Accept-Language."""

import pytest

from cms.i18n import best_language
from tests.missions.languages.conftest import HOST

pytestmark = pytest.mark.django_db


def landing(client, accept_language=None, host=HOST):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language is not None else {}
    response = client.get("/", HTTP_HOST=host, **headers)
    assert response.status_code == 302
    return response["Location"]


@pytest.mark.parametrize(
    ("accept_language", "language"),
    [
        ("fr-CA", "fr"),
        ("fr-CA,fr;q=0.9,en;q=0.8", "fr"),
        ("zh-CN", "zh-hans"),
        ("zh", "zh-hans"),
        ("zh-Hans-CN,zh;q=0.9", "zh-hans"),
        ("ar-EG", "ar"),
        ("es-419", "es"),
        ("RU", "ru"),
        ("de-DE, de;q=0.9, ru;q=0.8", "ru"),
        ("fr;q=0.3, es;q=0.9, en;q=0.1", "es"),
        ("ja", "en"),
        ("*", "en"),
        ("", "en"),
    ],
)
def test_best_language_of_a_header(accept_language, language):
    # The site's languages, its default (English) first.
    assert best_language(accept_language, ["en", "ar", "zh-hans", "fr", "ru", "es"]) == language


def test_canadian_french_lands_on_the_french_home(client, un_mission):
    assert landing(client, "fr-CA,fr;q=0.9,en;q=0.8") == "/fr/"


def test_mainland_chinese_lands_on_the_simplified_chinese_home(client, un_mission):
    assert landing(client, "zh-CN,zh;q=0.9") == "/zh-hans/"


def test_quality_values_order_the_preferences(client, un_mission):
    assert landing(client, "fr;q=0.3, es;q=0.9, en;q=0.1") == "/es/"


@pytest.mark.parametrize("accept_language", ["ja", "xx-YY, not a header;;q="])
def test_unknown_or_missing_preferences_get_the_site_default(
    client, bilingual_mission, accept_language
):
    assert landing(client, accept_language, host="france.localhost") == "/fr/"


def test_no_header_at_all_gets_the_site_default(client, un_mission):
    assert landing(client) == "/en/"


def test_redirect_varies_on_accept_language(client, un_mission):
    # Otherwise a shared cache would send every visitor to the first visitor's language.
    response = client.get("/", HTTP_HOST=HOST, HTTP_ACCEPT_LANGUAGE="ar")
    assert "accept-language" in response["Vary"].lower()

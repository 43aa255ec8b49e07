"""A "page not found" speaks the language of the address, else the site's own.

An address with the prefix of one of the site's languages gets its 404 in that
language; one without a valid prefix (``/xx/``, ``/wp-login.php``) or with the prefix
of a language the site does not have gets it in the site's default language, whatever
the visitor's browser prefers: an English 404 on a French site was a foreign page.
"""

import pytest

from tests.missions.languages.conftest import parse

pytestmark = pytest.mark.django_db

FRANCE = "france.localhost"  # French (default) and English
KENYA = "kenya.localhost"  # English (default) and Kiswahili


def not_found_language(client, url, host):
    response = client.get(url, HTTP_HOST=host, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    return parse(response).html["lang"], response["Content-Language"]


@pytest.mark.parametrize(
    ("url", "host", "language"),
    [
        ("/fr/no-such-page/", FRANCE, "fr"),
        ("/en/no-such-page/", FRANCE, "en"),
        ("/xx/", FRANCE, "fr"),
        ("/xx/no-such-page/", FRANCE, "fr"),
        ("/wp-login.php", FRANCE, "fr"),
        ("/de/no-such-page/", FRANCE, "fr"),
        ("/sw/no-such-page/", KENYA, "sw"),
        ("/xx/", KENYA, "en"),
    ],
)
def test_page_not_found_is_in_the_language_of_the_address_or_of_the_site(
    client, mission_a, mission_b, url, host, language
):
    assert not_found_language(client, url, host) == (language, language)


def test_an_unprefixed_page_not_found_on_a_french_site_reads_in_french(client, mission_a):
    response = client.get("/wp-login.php", HTTP_HOST=FRANCE, HTTP_ACCEPT_LANGUAGE="en")
    assert parse(response).h1.get_text() == "Page introuvable"

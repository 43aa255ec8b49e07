"""Every public address starts with a language of the site; any other prefix is a 404."""

import pytest

from tests.conftest import as_if_committed
from tests.factories import make_mission
from tests.missions.languages.conftest import parse

pytestmark = pytest.mark.django_db

FRANCE = "france.localhost"


@pytest.mark.parametrize("path", ["/xx/", "/zz/", "/xx/news/", "/zz/search/?q=ocean", "/qq-zz/"])
def test_unknown_language_prefix_is_not_found(client, bilingual_mission, path):
    # At once: not a redirect to /en/xx/ that only delays the 404.
    assert client.get(path, HTTP_HOST=FRANCE).status_code == 404


def test_address_without_a_prefix_is_sent_to_the_visitors_language(client, bilingual_mission):
    response = client.get("/news/", HTTP_HOST=FRANCE, HTTP_ACCEPT_LANGUAGE="en")
    assert (response.status_code, response["Location"]) == (302, "/en/news/")


@pytest.mark.parametrize(
    "path", ["/ar/", "/ru/news/", "/ar/search/?q=ocean", "/zh-hans/news/feed/"]
)
def test_language_the_site_lacks_is_not_found(client, bilingual_mission, path):
    # Arabic, Russian and Chinese are languages of the CMS, but not of this site.
    assert client.get(path, HTTP_HOST=FRANCE).status_code == 404


def test_not_found_page_of_an_unknown_prefix_is_in_the_sites_language_and_says_so(
    client, bilingual_mission
):
    # Whatever the browser prefers: the site is in French (cms.views.page_not_found).
    html = parse(client.get("/xx/", HTTP_HOST=FRANCE, HTTP_ACCEPT_LANGUAGE="ar")).html
    assert (html["lang"], html["dir"]) == ("fr", "ltr")


def test_not_found_page_in_arabic_is_right_to_left(client, db):
    with as_if_committed():
        make_mission("EGY", "egypt.localhost", languages=("ar", "en"))
    html = parse(client.get("/ar/no-such-page/", HTTP_HOST="egypt.localhost")).html
    assert (html["lang"], html["dir"]) == ("ar", "rtl")

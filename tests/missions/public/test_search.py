"""Site search finds only the live, public pages of the site it is asked on."""

import pytest

from tests.missions.public.conftest import FRANCE, parse

pytestmark = pytest.mark.django_db


def result_titles(client, query, **extra):
    response = client.get("/fr/search/", {"q": query, **extra}, HTTP_HOST=FRANCE)
    return [a.get_text() for a in parse(response).select("main .card h2 a")]


def test_search_finds_live_public_pages_of_the_site(client, adversarial_pages):
    assert result_titles(client, "Ocean") == ["Ocean conference opens"]


@pytest.mark.parametrize("hidden", ["draft", "private", "other_site"])
def test_search_leaves_out_drafts_private_pages_and_other_sites(client, adversarial_pages, hidden):
    assert adversarial_pages[hidden].title not in result_titles(client, "Ocean")


def test_search_page_without_a_query_asks_for_one(client, mission_a):
    response = client.get("/fr/search/", HTTP_HOST=FRANCE)
    assert (response.status_code, len(parse(response).find_all("h1"))) == (200, 1)


def test_search_with_an_out_of_range_page_is_not_an_error(client, adversarial_pages):
    assert result_titles(client, "Ocean", page="9999") == ["Ocean conference opens"]


def test_search_page_keeps_the_query_in_its_form(client, adversarial_pages):
    html = parse(client.get("/fr/search/", {"q": "Ocean"}, HTTP_HOST=FRANCE))
    assert html.select_one("main input[name=q]")["value"] == "Ocean"

"""Friendly error pages: a branded 404, and a 500 that needs nothing that may be broken."""

import pytest
from django.template.loader import render_to_string

from tests.missions.public.conftest import FRANCE, parse

pytestmark = pytest.mark.django_db


def test_unknown_address_is_a_404(client, branded_a):
    assert client.get("/fr/no-such-page/", HTTP_HOST=FRANCE).status_code == 404


def test_404_page_has_the_sites_branding_and_landmarks(client, branded_a):
    html = parse(client.get("/fr/no-such-page/", HTTP_HOST=FRANCE))
    landmarks = [html.find(name) is not None for name in ("header", "nav", "main", "footer")]
    assert (landmarks, "Mission permanente de la France" in html.find("header").get_text()) == (
        [True] * 4,
        True,
    )


def test_404_page_has_one_h1_and_a_way_home(client, branded_a):
    main = parse(client.get("/fr/no-such-page/", HTTP_HOST=FRANCE)).find("main")
    assert (len(main.find_all("h1")), main.select_one('a[href="/fr/"]') is not None) == (1, True)


def test_500_page_renders_without_a_request_or_the_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert "<h1>" in html

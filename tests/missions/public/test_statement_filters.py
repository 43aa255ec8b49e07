"""The statements list filters by UN body and year with a plain GET form."""

import datetime

import pytest

from tests.factories import StatementPageFactory, section
from tests.missions.public.conftest import FRANCE, parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def statements(mission_a):
    index = section(mission_a, "statements")
    return {
        (body, year): StatementPageFactory(
            parent=index,
            title=f"{body} statement of {year}",
            un_body=body,
            meeting_date=datetime.date(year, 3, 1),
        )
        for body in ("GA", "SC")
        for year in (2025, 2026)
    }


def listed(client, **filters):
    response = client.get("/fr/statements/", filters, HTTP_HOST=FRANCE)
    return sorted(a.get_text() for a in parse(response).select("main .card h2 a"))


def test_statements_filter_by_body(client, statements):
    assert listed(client, body="SC") == ["SC statement of 2025", "SC statement of 2026"]


def test_statements_filter_by_year(client, statements):
    assert listed(client, year="2025") == ["GA statement of 2025", "SC statement of 2025"]


def test_statements_filter_by_body_and_year(client, statements):
    assert listed(client, body="GA", year="2026") == ["GA statement of 2026"]


def test_filter_form_shows_the_chosen_filters(client, statements):
    html = parse(client.get("/fr/statements/", {"body": "SC", "year": "2025"}, HTTP_HOST=FRANCE))
    chosen = (
        html.select_one("#filter-body option[selected]")["value"],
        html.select_one("#filter-year option[selected]")["value"],
    )
    assert chosen == ("SC", "2025")


def test_year_filter_offers_only_years_with_statements(client, statements):
    html = parse(client.get("/fr/statements/", HTTP_HOST=FRANCE))
    years = [option["value"] for option in html.select("#filter-year option")]
    assert years == ["", "2026", "2025"]


@pytest.mark.parametrize(
    "bad_filters",
    [{"body": "XYZ"}, {"year": "abc"}, {"page": "9999"}, {"page": "x", "year": "99999"}],
)
def test_bad_filter_values_show_the_list_not_an_error(client, statements, bad_filters):
    response = client.get("/fr/statements/", bad_filters, HTTP_HOST=FRANCE)
    assert response.status_code == 200


def test_pagination_keeps_the_filters(client, mission_a):
    index = section(mission_a, "statements")
    for day in range(1, index.items_per_page + 2):
        StatementPageFactory(parent=index, un_body="SC", meeting_date=datetime.date(2025, 1, day))
    html = parse(client.get("/fr/statements/", {"body": "SC", "year": "2025"}, HTTP_HOST=FRANCE))
    next_link = html.select_one('nav.pagination a[rel="next"]')["href"]
    assert sorted(next_link.lstrip("?").split("&")) == ["body=SC", "page=2", "year=2025"]

"""A request to the read API costs a fixed, small number of queries: the same for 1, 20
or 100 items, and the same whether the items come from one site or from several.

Each count is taken after one request of the same kind, as a worker that has served the
API before would answer: what a worker reads once (the sites, the locales) is not what
these tests are about, what it reads per item is.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import NewsItemPageFactory, make_mission, section

# What a listing may cost at most, whatever its size: the restrictions, the count, the
# page of items with their specific rows, their translations, and a little slack for
# what DRF and the caching layer read.
FEW_QUERIES = 10


def queries_of(api, path, params):
    api.get(path, params)  # the worker's first request of the kind, not counted
    with CaptureQueriesContext(connection) as captured:
        response = api.get(path, params)
    assert response.status_code == 200, response.content
    return len(captured), response.json()


def hosts_of(body):
    return {item["meta"]["html_url"].split("/")[2] for item in body["items"]}


@pytest.fixture
def hundred_news_items(mission_a):
    news = section(mission_a, "news")
    return [
        NewsItemPageFactory(parent=news, publication_date=datetime.date(2026, 1, 1))
        for _ in range(100)
    ]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v2/pages/", {"site": "france.localhost", "locale": "fr"}),
        ("/api/v2/news/", {}),
    ],
)
def test_a_listing_of_100_items_takes_no_more_queries_than_a_listing_of_1(
    api, hundred_news_items, django_assert_max_num_queries, path, params
):
    one_item, body = queries_of(api, path, {**params, "limit": 1})
    assert len(body["items"]) == 1

    for limit in (20, 100):
        with django_assert_max_num_queries(one_item):
            response = api.get(path, {**params, "limit": limit})
        assert len(response.json()["items"]) == limit
    assert one_item <= FEW_QUERIES


def test_a_page_in_many_languages_takes_no_more_queries_than_one_in_one(
    api, mission_a, django_assert_max_num_queries
):
    alone = NewsItemPageFactory(parent=section(mission_a, "news"))
    # The French home page has an English translation; the news item has none.
    home = mission_a.site.root_page
    single, body = queries_of(api, f"/api/v2/pages/{alone.pk}/", {})
    assert body["meta"]["translations"] == []

    with django_assert_max_num_queries(single):
        response = api.get(f"/api/v2/pages/{home.pk}/")
    assert response.json()["meta"]["translations"]
    assert single <= FEW_QUERIES


def test_a_listing_across_three_sites_takes_no_more_queries_than_one_of_one_site(
    api, mission_a, mission_b, django_assert_max_num_queries
):
    third = make_mission("JPN", "japan.localhost", languages=("ja", "en"))
    for mission in (mission_a, mission_b, third):
        for day in range(1, 6):
            NewsItemPageFactory(
                parent=section(mission, "news"), publication_date=datetime.date(2027, 1, day)
            )

    one_site, body = queries_of(api, "/api/v2/news/", {"site": "france.localhost", "limit": 15})
    assert hosts_of(body) == {"france.localhost"}

    api.get("/api/v2/news/", {"limit": 15})  # the first of the kind, as in queries_of
    with django_assert_max_num_queries(one_site):
        response = api.get("/api/v2/news/", {"limit": 15})
    assert hosts_of(response.json()) == {"france.localhost", "kenya.localhost", "japan.localhost"}


def test_the_missions_directory_takes_as_many_queries_for_three_missions_as_for_two(
    api, mission_a, mission_b, django_assert_max_num_queries
):
    two, body = queries_of(api, "/api/v2/missions/", {})
    assert len(body["items"]) == 2

    make_mission("JPN", "japan.localhost", languages=("ja", "en"))
    api.get("/api/v2/missions/")  # the new site enters the worker's directory
    with django_assert_max_num_queries(two):
        response = api.get("/api/v2/missions/")
    assert len(response.json()["items"]) == 3

"""Query budgets of the busiest public pages.

Each page is measured warm (after one request has filled Wagtail's cache of site root
paths and the image renditions, as on a running server), in a small world (3 items, two
missions) and in a bigger one (30 items, three missions). The budget is the same for
both, and the count itself must not move: nothing is queried once per item or per site.
"""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document

from tests.factories import NewsItemPageFactory, StatementPageFactory, make_mission, section
from tests.missions.public.conftest import FRANCE, image_body

pytestmark = pytest.mark.django_db

# Routing and serving a page (site, locale, page tree, view restrictions) takes about
# ten; settings, logo, menu and translations about five; the listing itself three.
NEWS_INDEX_BUDGET = 20
STATEMENT_PAGE_BUDGET = 20
SMALL, BIG = 3, 30


def add_news(mission, count, image):
    index = section(mission, "news")
    for _ in range(count):
        news = NewsItemPageFactory(parent=index, body=image_body(image))
        news.tags.add("climate", "oceans")
        news.save()


def add_statements(mission, count):
    index = section(mission, "statements")
    return [
        StatementPageFactory(parent=index, meeting_date=datetime.date(2026, 1, 1 + n % 28))
        for n in range(count)
    ]


def add_documents(mission, count):
    return [
        Document.objects.create(
            title=f"Annex {n}",
            file=ContentFile(b"%PDF-1.4\n", name=f"annex-{n}.pdf"),
            collection=mission.collection,
        )
        for n in range(count)
    ]


def statement_with_documents(mission, image, documents):
    statement = add_statements(mission, 1)[0]
    statement.delivered_document = documents[0]
    statement.body = [
        *image_body(image),
        ("documents", {"title": "Annexes", "documents": documents}),
    ]
    statement.save()
    return statement


def warm_query_count(client, url):
    client.get(url, HTTP_HOST=FRANCE)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST=FRANCE)
    assert response.status_code == 200
    return len(queries.captured_queries)


def grow_the_world():
    make_mission("BRA", "brazil.localhost", languages=("pt", "en"))


@pytest.mark.parametrize("items", [SMALL, BIG])
def test_news_index_stays_within_its_budget(
    client, mission_a, mission_b, branded_a, image, items, django_assert_max_num_queries
):
    add_news(mission_a, items, image)
    if items == BIG:
        grow_the_world()
    client.get("/fr/news/", HTTP_HOST=FRANCE)
    with django_assert_max_num_queries(NEWS_INDEX_BUDGET):
        client.get("/fr/news/", HTTP_HOST=FRANCE)


def test_news_index_query_count_does_not_grow_with_items_or_sites(
    client, mission_a, mission_b, branded_a, image
):
    add_news(mission_a, SMALL, image)
    small = warm_query_count(client, "/fr/news/")
    add_news(mission_a, BIG - SMALL, image)
    grow_the_world()
    assert warm_query_count(client, "/fr/news/") == small


@pytest.mark.parametrize("items", [SMALL, BIG])
def test_statement_page_stays_within_its_budget(
    client, mission_a, mission_b, branded_a, image, items, django_assert_max_num_queries
):
    add_statements(mission_a, items)
    statement = statement_with_documents(mission_a, image, add_documents(mission_a, items))
    if items == BIG:
        grow_the_world()
    client.get(statement.url, HTTP_HOST=FRANCE)
    with django_assert_max_num_queries(STATEMENT_PAGE_BUDGET):
        client.get(statement.url, HTTP_HOST=FRANCE)


def test_statement_page_query_count_does_not_grow_with_items_or_sites(
    client, mission_a, mission_b, branded_a, image
):
    add_statements(mission_a, SMALL)
    small_page = statement_with_documents(mission_a, image, add_documents(mission_a, SMALL))
    small = warm_query_count(client, small_page.url)
    add_statements(mission_a, BIG - SMALL)
    big_page = statement_with_documents(mission_a, image, add_documents(mission_a, BIG))
    grow_the_world()
    assert warm_query_count(client, big_page.url) == small

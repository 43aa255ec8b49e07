"""The home page lists the latest news, statements and events, and never a stale list.

The rendered lists are kept in the site cache (``{% home_sections %}``), so these tests
run with it on, as the sites are served.
"""

import datetime

import pytest
from django.utils import timezone

from tests.factories import EventPageFactory, NewsItemPageFactory, StatementPageFactory, section
from tests.missions.public.conftest import FRANCE, parse


@pytest.fixture(autouse=True)
def _site_cache_on(settings):
    settings.SITE_CACHE_SECONDS = 300


def home_titles(client):
    page = parse(client.get("/fr/", headers={"host": FRANCE}))
    return [link.get_text(strip=True) for link in page.select(".home-sections .card a")]


def test_home_lists_the_newest_live_public_items_of_its_own_site(
    client, mission_a, adversarial_pages
):
    news = section(mission_a, "news")
    for day in (1, 2, 3):
        NewsItemPageFactory(
            parent=news, title=f"News of day {day}", publication_date=datetime.date(2026, 3, day)
        )
    StatementPageFactory(parent=section(mission_a, "statements"), title="Statement on oceans")
    EventPageFactory(
        parent=section(mission_a, "events"),
        title="Reception for delegates",
        starts_at=timezone.now() + datetime.timedelta(days=3),
        ends_at=timezone.now() + datetime.timedelta(days=3, hours=2),
    )

    titles = home_titles(client)

    assert "Statement on oceans" in titles
    assert "Reception for delegates" in titles
    for hidden in ("draft", "private", "other_site"):
        assert adversarial_pages[hidden].title not in titles


def test_news_published_after_a_visit_shows_on_the_next_visit(client, mission_a):
    assert "Fresh from the General Assembly" not in home_titles(client)

    NewsItemPageFactory(
        parent=section(mission_a, "news"),
        title="Fresh from the General Assembly",
        publication_date=datetime.date(2030, 1, 1),
    )

    assert "Fresh from the General Assembly" in home_titles(client)


def test_news_unpublished_after_a_visit_leaves_the_home_page(client, mission_a):
    item = NewsItemPageFactory(
        parent=section(mission_a, "news"),
        title="Withdrawn communique",
        publication_date=datetime.date(2030, 1, 1),
    )
    assert "Withdrawn communique" in home_titles(client)

    item.unpublish()

    assert "Withdrawn communique" not in home_titles(client)

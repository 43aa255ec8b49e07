"""What a consumer can ask of the listings: one site, one language, one mission's
statements at one UN body, a date range, a stable order across pages of results."""

import datetime

import pytest
from wagtail.models import Page

from missions import selectors
from tests.factories import (
    EventPageFactory,
    NewsItemPageFactory,
    StatementPageFactory,
    section,
)


def items(response):
    assert response.status_code == 200, response.content
    return response.json()["items"]


def test_every_listing_has_wagtails_envelope(api, mission_a):
    for endpoint in ("pages", "news", "statements", "events", "missions", "images", "documents"):
        body = api.get(f"/api/v2/{endpoint}/").json()

        assert set(body) == {"meta", "items"}, endpoint
        assert isinstance(body["meta"]["total_count"], int), endpoint


@pytest.mark.parametrize("name", ["france.localhost", "FRA", "fra"])
def test_site_by_hostname_or_mission_code_keeps_that_sites_pages_in_every_language(
    api, mission_a, mission_b, name
):
    listed = items(api.get("/api/v2/pages/", {"site": name, "limit": 100}))

    assert {item["meta"]["html_url"].split("/")[2] for item in listed} == {"france.localhost"}
    assert {item["meta"]["locale"] for item in listed} == {"fr", "en"}


def test_site_and_locale_together_give_one_language_of_one_site(api, mission_a, mission_b):
    listed = items(api.get("/api/v2/pages/", {"site": "KEN", "locale": "sw", "limit": 100}))

    assert listed
    assert all(item["meta"]["html_url"].startswith("http://kenya.localhost/sw/") for item in listed)


def test_news_across_every_mission_newest_first(api, mission_a, mission_b):
    NewsItemPageFactory(
        parent=section(mission_a, "news"), title="Old", publication_date=datetime.date(2025, 1, 1)
    )
    NewsItemPageFactory(
        parent=section(mission_b, "news"), title="New", publication_date=datetime.date(2026, 6, 1)
    )

    listed = items(api.get("/api/v2/news/"))

    assert [item["title"] for item in listed] == ["New", "Old"]
    assert listed[0]["publication_date"] == "2026-06-01"
    assert listed[0]["meta"]["html_url"].startswith("http://kenya.localhost/en/news/")


@pytest.mark.parametrize(
    ("kind", "factory", "date_field", "selector"),
    [
        ("news", NewsItemPageFactory, "publication_date", selectors.news_items),
        ("statements", StatementPageFactory, "meeting_date", selectors.statements),
    ],
)
def test_items_of_one_day_come_in_the_order_of_the_missions_own_page(
    api, mission_a, kind, factory, date_field, selector
):
    index = section(mission_a, kind)
    written = [
        factory(parent=index, title=title, **{date_field: datetime.date(2026, 3, 1)})
        for title in ("Written first", "Written second", "Written third")
    ]
    # The first one written went live last (a draft held back): the order must not
    # depend on when each went live, or the API and the site would disagree.
    went_live = datetime.datetime(2026, 3, 1, 9, tzinfo=datetime.UTC)
    for hours_later, page in zip((3, 1, 2), written, strict=True):
        Page.objects.filter(pk=page.pk).update(
            first_published_at=went_live + datetime.timedelta(hours=hours_later)
        )

    listed = items(api.get(f"/api/v2/{kind}/", {"site": "FRA"}))

    on_the_site = [page.title for page in selector(index)]
    assert on_the_site == ["Written third", "Written second", "Written first"]
    assert [item["title"] for item in listed] == on_the_site


def test_paging_through_a_listing_never_repeats_or_skips_an_item(api, mission_a):
    same_day = datetime.date(2026, 3, 1)
    created = {
        NewsItemPageFactory(parent=section(mission_a, "news"), publication_date=same_day).pk
        for _ in range(7)
    }

    seen = []
    for offset in range(0, 7, 3):
        seen += [item["id"] for item in items(api.get(f"/api/v2/news/?limit=3&offset={offset}"))]

    assert sorted(seen) == sorted(created)


def test_statements_of_one_mission_at_one_body_in_a_date_range(api, mission_a, mission_b):
    statements = section(mission_a, "statements")
    wanted = StatementPageFactory(
        parent=statements, un_body="SC", meeting_date=datetime.date(2026, 5, 10)
    )
    StatementPageFactory(parent=statements, un_body="GA", meeting_date=datetime.date(2026, 5, 11))
    StatementPageFactory(parent=statements, un_body="SC", meeting_date=datetime.date(2025, 5, 10))
    StatementPageFactory(
        parent=section(mission_b, "statements"),
        un_body="SC",
        meeting_date=datetime.date(2026, 5, 10),
    )

    listed = items(
        api.get(
            "/api/v2/statements/",
            {"site": "FRA", "un_body": "SC", "date_from": "2026-01-01", "date_to": "2026-12-31"},
        )
    )

    assert [item["id"] for item in listed] == [wanted.pk]
    assert listed[0]["un_body"] == "SC"


def test_events_soonest_first(api, mission_a):
    events = section(mission_a, "events")
    later = EventPageFactory(parent=events, title="Later")
    sooner = EventPageFactory(
        parent=events, title="Sooner", starts_at=later.starts_at - datetime.timedelta(days=1)
    )

    assert [item["id"] for item in items(api.get("/api/v2/events/"))][:2] == [sooner.pk, later.pk]


def test_find_understands_the_language_prefix_of_a_public_address(api, mission_a):
    news = NewsItemPageFactory(parent=section(mission_a, "news"), slug="communique")
    english_news = section(mission_a, "news").get_translation(
        news.locale.__class__.objects.get(language_code="en")
    )

    found = api.get(
        "/api/v2/pages/find/", {"html_path": "/fr/news/communique/", "site": "france.localhost"}
    )
    home_in_english = api.get("/api/v2/pages/find/", {"html_path": "/en/news/", "site": "FRA"})

    assert found.status_code == 302
    assert f"/api/v2/pages/{news.pk}/" in found["Location"]
    assert f"/api/v2/pages/{english_news.pk}/" in home_in_english["Location"]
    followed = api.get(found["Location"])
    assert followed.json()["meta"]["html_url"] == "http://france.localhost/fr/news/communique/"


def test_a_page_item_names_its_translations_with_their_addresses(api, mission_a):
    about = section(mission_a, "about")

    item = api.get(f"/api/v2/pages/{about.pk}/").json()

    assert item["meta"]["locale"] == "fr"
    assert item["meta"]["translations"] == [
        {
            "id": item["meta"]["translations"][0]["id"],
            "locale": "en",
            "html_url": "http://france.localhost/en/about/",
        }
    ]
    assert item["meta"]["last_published_at"]


def test_the_missions_directory_names_each_site_and_its_languages(api, mission_a, mission_b):
    listed = items(api.get("/api/v2/missions/"))
    france = next(item for item in listed if item["iso3"] == "FRA")

    assert [item["iso3"] for item in listed] == ["FRA", "KEN"]
    assert france["site_url"] == "http://france.localhost"
    assert {language["locale"] for language in france["languages"]} == {"fr", "en"}
    assert items(api.get("/api/v2/missions/", {"language": "sw"}))[0]["iso3"] == "KEN"
    assert items(api.get("/api/v2/missions/", {"regional_group": "AFRICAN"}))[0]["iso3"] == "KEN"


def test_a_mission_whose_site_is_unpublished_is_not_in_the_directory(api, mission_a, mission_b):
    for home in mission_b.site.root_page.get_translations(inclusive=True):
        home.unpublish()

    assert [item["iso3"] for item in items(api.get("/api/v2/missions/"))] == ["FRA"]
    assert api.get(f"/api/v2/missions/{mission_b.pk}/").status_code == 404


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("limit=101", "limit"),
        ("offset=-1", "offset"),
        ("site=nowhere.example", "site"),
        ("site=XYZ", "site"),
        ("locale=xx", "locale"),
        ("colour=blue", "colour"),
        ("date_from=2026-13-01", "date_from"),
        ("order=nonsense", "order"),
    ],
)
def test_a_bad_parameter_is_a_400_that_names_it(api, mission_a, query, parameter):
    response = api.get(f"/api/v2/news/?{query}")

    assert response.status_code == 400
    assert response.json()["parameter"] == parameter
    assert response.json()["message"]


def test_an_address_under_the_api_that_no_endpoint_answers_is_a_json_404(api):
    response = api.get("/api/v2/nothing-here/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"

"""Search engines and link previews understand a mission's pages, and visitors find them.

Every page names its canonical address and describes itself to link previews (Open
Graph, Twitter card) with or without a picture; the home page, news items and events
tell search engines what they are in JSON-LD, which no title can break out of; the
Permanent Representative is one click from the home page and the About section; every
heading has its own id, whatever its script; the language switcher stays on a page
written in one language only.
"""

import datetime
import json

import pytest
from django.utils import timezone

from tests.factories import (
    EventPageFactory,
    NewsItemPageFactory,
    RepresentativePageFactory,
    StandardPageFactory,
    section,
)
from tests.missions.public.conftest import FRANCE, image_body, parse

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_media_root")]

SCRIPT_ATTACK = "</script><script>alert('pwned')</script>"


def get(client, url):
    response = client.get(url, HTTP_HOST=FRANCE)
    assert response.status_code == 200
    return response


def meta(html, name):
    """The content of a ``<meta property=...>`` (Open Graph) or ``<meta name=...>``."""
    tag = html.find("meta", attrs={"property": name}) or html.find("meta", attrs={"name": name})
    return tag["content"] if tag else None


def json_ld(html, kind):
    """The JSON-LD items of ``kind`` (e.g. "NewsArticle") on the page, parsed."""
    items = [json.loads(s.string) for s in html.find_all("script", type="application/ld+json")]
    return [item for item in items if item.get("@type") == kind]


@pytest.fixture
def news_with_image(mission_a, image):
    return NewsItemPageFactory(
        parent=section(mission_a, "news"),
        title="Climate week",
        slug="climate-week",
        publication_date=datetime.date(2026, 9, 21),
        body=image_body(image),
    )


# --- Canonical address, Open Graph and Twitter card ---------------------------------


def test_a_page_names_its_own_absolute_address_as_canonical(client, news_with_image):
    html = parse(get(client, "/fr/news/climate-week/"))
    assert (
        html.find("link", rel="canonical")["href"]
        == "http://france.localhost/fr/news/climate-week/"
    )


def test_a_news_item_with_an_image_is_an_article_with_a_large_picture(client, news_with_image):
    html = parse(get(client, "/fr/news/climate-week/"))
    assert {
        "type": meta(html, "og:type"),
        "title": meta(html, "og:title"),
        "url": meta(html, "og:url"),
        "image": meta(html, "og:image").startswith("http://france.localhost/"),
        "size": (meta(html, "og:image:width"), meta(html, "og:image:height")),
        "card": meta(html, "twitter:card"),
    } == {
        "type": "article",
        "title": "Climate week",
        "url": "http://france.localhost/fr/news/climate-week/",
        "image": True,
        # The 640x400 upload cropped to the 1.91:1 frame of previews, never enlarged.
        "size": ("640", "336"),
        "card": "summary_large_image",
    }


def test_a_page_without_an_image_on_a_site_without_logo_still_has_valid_open_graph(
    client, mission_a
):
    StandardPageFactory(parent=section(mission_a, "about"), title="History", slug="history")
    html = parse(get(client, "/fr/about/history/"))
    assert {
        "type": meta(html, "og:type"),
        "title": meta(html, "og:title"),
        "description": meta(html, "og:description"),
        "url": meta(html, "og:url"),
        "locale": meta(html, "og:locale"),
        "site_name": bool(meta(html, "og:site_name")),
        "image": meta(html, "og:image"),
        "card": meta(html, "twitter:card"),
    } == {
        "type": "website",
        "title": "History",
        "description": "A page about the mission.",
        "url": "http://france.localhost/fr/about/history/",
        "locale": "fr_FR",
        "site_name": True,
        "image": None,
        "card": "summary",
    }


def test_a_page_without_an_image_shows_the_missions_logo(client, mission_a, branded_a):
    html = parse(get(client, "/fr/about/"))
    assert (meta(html, "og:image") is not None, meta(html, "og:image:width") is not None) == (
        True,
        True,
    )


def test_open_graph_names_the_other_languages_of_the_page(client, mission_a):
    html = parse(get(client, "/fr/about/"))
    alternates = [tag["content"] for tag in html.find_all("meta", property="og:locale:alternate")]
    assert (meta(html, "og:locale"), alternates) == ("fr_FR", ["en_US"])


def test_search_results_are_not_described_to_link_previews(client, mission_a):
    html = parse(get(client, "/fr/search/?q=climat"))
    assert (html.find("link", rel="canonical"), meta(html, "og:title")) == (None, None)


# --- JSON-LD -------------------------------------------------------------------------


def test_home_page_describes_the_mission_as_a_government_organization(client, branded_a):
    [organization] = json_ld(parse(get(client, "/fr/")), "GovernmentOrganization")
    assert {
        "name": organization["name"],
        "url": organization["url"],
        "logo": organization["logo"].startswith("http://france.localhost/"),
        "address": organization["address"]["streetAddress"],
        "telephone": organization["telephone"],
        "email": organization["email"],
        "sameAs": organization["sameAs"],
    } == {
        "name": "Mission permanente de la France",
        "url": "http://france.localhost/fr/",
        "logo": True,
        "address": "245 East 47th Street, New York, NY 10017",
        "telephone": "+1 212 702 4900",
        "email": "contact@france.example",
        "sameAs": ["https://x.com/franceonu"],
    }


def test_news_item_is_a_news_article_of_the_mission(client, branded_a, news_with_image):
    [article] = json_ld(parse(get(client, "/fr/news/climate-week/")), "NewsArticle")
    assert {
        "headline": article["headline"],
        "datePublished": article["datePublished"],
        "dateModified": bool(article["dateModified"]),
        "image": article["image"][0].startswith("http://france.localhost/"),
        "publisher": (article["publisher"]["@type"], article["publisher"]["name"]),
    } == {
        "headline": "Climate week",
        "datePublished": "2026-09-21",
        "dateModified": True,
        "image": True,
        "publisher": ("GovernmentOrganization", "Mission permanente de la France"),
    }


def test_event_is_an_event_organised_by_the_mission(client, branded_a, mission_a):
    starts = timezone.make_aware(datetime.datetime(2026, 11, 5, 10, 0))
    EventPageFactory(
        parent=section(mission_a, "events"),
        title="Water side event",
        slug="water",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        location="Conference Room 4",
    )
    [event] = json_ld(parse(get(client, "/fr/events/water/")), "Event")
    assert {
        "name": event["name"],
        "startDate": event["startDate"],
        "endDate": event["endDate"],
        "location": event["location"]["name"],
        "eventStatus": event["eventStatus"],
        "organizer": event["organizer"]["name"],
    } == {
        "name": "Water side event",
        "startDate": "2026-11-05T10:00:00-05:00",
        "endDate": "2026-11-05T12:00:00-05:00",
        "location": "Conference Room 4",
        "eventStatus": "https://schema.org/EventScheduled",
        "organizer": "Mission permanente de la France",
    }


def test_a_title_cannot_break_out_of_the_structured_data(client, mission_a):
    NewsItemPageFactory(parent=section(mission_a, "news"), title=SCRIPT_ATTACK, slug="attack")
    response = get(client, "/fr/news/attack/")
    html = parse(response)
    [article] = json_ld(html, "NewsArticle")
    scripts = html.find_all("script")
    assert (
        article["headline"],
        [script.get("type") for script in scripts],
        b"<script>alert(" in response.content,
    ) == (SCRIPT_ATTACK, ["application/ld+json"], False)


# --- The Permanent Representative ----------------------------------------------------


@pytest.fixture
def representative(mission_a):
    return RepresentativePageFactory(parent=mission_a.site.root_page)


def links_to(html, page):
    return html.find("main").find("a", href=page.get_url(current_site=page.get_site())) is not None


def test_home_page_links_to_the_permanent_representative(client, representative):
    assert links_to(parse(get(client, "/fr/")), representative)


def test_about_section_links_to_the_permanent_representative(client, representative):
    assert links_to(parse(get(client, "/fr/about/")), representative)


def test_other_pages_do_not_link_to_the_representative(client, mission_a, representative):
    assert not links_to(parse(get(client, "/fr/contact/")), representative)


# --- Heading ids -----------------------------------------------------------------------


def test_headings_in_every_script_get_unique_non_empty_ids(client, mission_a):
    headings = ["الأولويات", "概要", "概要", "Overview", "Overview", "Main", "🎉"]
    StandardPageFactory(
        parent=section(mission_a, "about"),
        slug="priorities",
        body=[("heading", {"text": text, "level": "h2"}) for text in headings],
    )
    html = parse(get(client, "/fr/about/priorities/"))
    block_ids = [h["id"] for h in html.select(".block-heading")]
    every_id = [tag["id"] for tag in html.find_all(id=True)]
    assert (
        all(block_ids),
        all(i.isascii() for i in block_ids),
        len(every_id) == len(set(every_id)),
        block_ids[2:5],
    ) == (True, True, True, ["gaiyao-2", "overview", "overview-2"])


# --- The language switcher -------------------------------------------------------------


def test_page_in_one_language_links_to_the_other_languages_home(client, mission_a):
    NewsItemPageFactory(parent=section(mission_a, "news"), title="Seulement", slug="seulement")
    links = parse(get(client, "/fr/news/seulement/")).select("nav.language-nav a")
    english = links[1]
    assert (
        [(a["lang"], a["href"]) for a in links],
        "pas traduite" in english.get_text(),  # said in the page's language, French
    ) == ([("fr", "/fr/news/seulement/"), ("en", "/en/")], True)


# --- The site's icon ---------------------------------------------------------------------


def test_a_missions_pages_use_its_flag_as_their_icon(client, branded_a):
    html = parse(get(client, "/fr/"))
    icon, touch_icon = html.find("link", rel="icon"), html.find("link", rel="apple-touch-icon")
    assert (icon["href"].endswith(".png"), icon["sizes"], touch_icon["href"].endswith(".png")) == (
        True,
        "32x32",
        True,
    )


def test_a_mission_without_a_flag_uses_the_neutral_icon(client, mission_a):
    html = parse(get(client, "/fr/"))
    assert html.find("link", rel="icon")["href"] == "/static/cms/favicon.ico"

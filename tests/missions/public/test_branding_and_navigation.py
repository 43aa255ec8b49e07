"""Each mission's pages carry its own branding and its own navigation, nothing of another's."""

import pytest
from wagtail.models import PageViewRestriction

from missions.models import MissionSettings
from tests.conftest import as_if_committed
from tests.factories import StandardPageFactory, make_mission, section
from tests.missions.public.conftest import FRANCE, KENYA, parse

pytestmark = pytest.mark.django_db


def show_in_menus(*pages):
    for page in pages:
        page.show_in_menus = True
        page.save()


def show_only_in_menus(mission, *pages):
    """Hide every section of ``mission`` (provisioning shows them all), then show ``pages``."""
    mission.site.root_page.get_children().update(show_in_menus=False)
    show_in_menus(*pages)


def test_new_mission_menu_lists_every_starter_section(client, mission_a):
    titles = menu_titles(client.get("/fr/", HTTP_HOST=FRANCE))
    assert titles[0] == "Accueil"
    assert {"About", "News", "Statements", "Events", "Contact"} <= set(titles[1:])


def menu_titles(response):
    return [a.get_text() for a in parse(response).select("nav.main-nav a")]


def test_header_shows_the_missions_name_and_logo(client, branded_a):
    header = parse(client.get("/fr/", HTTP_HOST=FRANCE)).find("header")
    assert "Mission permanente de la France" in header.select_one(".site-name").get_text()
    assert header.select_one(".site-name img") is not None


def test_header_carries_the_brand_colour(client, branded_a):
    # A stylesheet of the site, not a style attribute: the Content-Security-Policy
    # allows no inline style (cms.content_security_policy).
    html = parse(client.get("/fr/", HTTP_HOST=FRANCE))
    assert html.find("header").get("style") is None
    brand = html.select_one('head link[rel=stylesheet][href^="/brand/"]')["href"]
    css = client.get(brand, HTTP_HOST=FRANCE).content.decode()
    assert ".site-header" in css
    assert "--brand: #002395" in css


def test_footer_shows_contact_details_social_links_and_footer_text(client, branded_a):
    footer = parse(client.get("/fr/", HTTP_HOST=FRANCE)).find("footer")
    text = footer.get_text(" ")
    for detail in ["245 East 47th Street", "+1 212 702 4900", "Représentation permanente"]:
        assert detail in text
    assert footer.select_one('a[href="mailto:contact@france.example"]') is not None
    assert footer.select_one('a[href="https://x.com/franceonu"]') is not None


def test_another_mission_shows_its_own_branding(client, branded_a, mission_b):
    html = parse(client.get("/en/", HTTP_HOST=KENYA))
    assert "France" not in html.find("header").get_text()
    assert "contact@france.example" not in html.find("footer").get_text()


def test_site_without_mission_settings_still_renders(client, mission_a):
    MissionSettings.objects.filter(site=mission_a.site).delete()
    response = client.get("/fr/", HTTP_HOST=FRANCE)
    assert response.status_code == 200
    assert "Permanent Mission of France" in parse(response).find("header").get_text()


def test_menu_lists_the_home_pages_sections_shown_in_menus(client, mission_a):
    show_only_in_menus(mission_a, section(mission_a, "news"), section(mission_a, "contact"))
    assert menu_titles(client.get("/fr/", HTTP_HOST=FRANCE)) == ["Accueil", "News", "Contact"]


def test_menu_leaves_out_draft_and_private_sections(client, mission_a):
    news, about = section(mission_a, "news"), section(mission_a, "about")
    show_in_menus(news, about)
    draft = StandardPageFactory(
        parent=mission_a.site.root_page, title="Draft", live=False, show_in_menus=True
    )
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    titles = menu_titles(client.get("/fr/", HTTP_HOST=FRANCE))
    assert (draft.title not in titles, about.title not in titles) == (True, True)


def test_menu_never_shows_another_missions_sections(client, mission_a, mission_b):
    show_only_in_menus(mission_a)
    for page in mission_b.site.root_page.get_children().specific():
        page.title = f"Kenya {page.title}"
        page.show_in_menus = True
        page.save()
    assert menu_titles(client.get("/fr/", HTTP_HOST=FRANCE)) == ["Accueil"]


def test_menu_marks_the_current_section(client, mission_a):
    news = section(mission_a, "news")
    show_only_in_menus(mission_a, news, section(mission_a, "contact"))
    html = parse(client.get("/fr/news/", HTTP_HOST=FRANCE))
    current = html.select("nav.main-nav a[aria-current]")
    assert [(a.get_text(), a["aria-current"]) for a in current] == [("News", "page")]


def test_menu_marks_the_section_of_a_page_inside_it(client, mission_a):
    about = section(mission_a, "about")
    show_only_in_menus(mission_a, about)
    child = StandardPageFactory(parent=about, title="History")
    html = parse(client.get(child.url, HTTP_HOST=FRANCE))
    current = html.select("nav.main-nav a[aria-current]")
    assert [(a.get_text(), a["aria-current"]) for a in current] == [("About", "true")]


def test_head_links_the_news_feed(client, mission_a):
    link = parse(client.get("/fr/", HTTP_HOST=FRANCE)).select_one(
        'head link[rel="alternate"][type="application/rss+xml"]'
    )
    assert link["href"] == "/fr/news/feed/"


def test_header_has_a_search_form(client, mission_a):
    form = parse(client.get("/fr/", HTTP_HOST=FRANCE)).select_one("header form[role=search]")
    assert (form["action"], form.find("input")["name"]) == ("/fr/search/", "q")


def test_language_links_lead_to_the_same_page_in_each_language(client, db):
    # wagtail-localize publishes the translations once the transaction commits.
    with as_if_committed():
        make_mission("FRA", FRANCE, languages=("fr", "en"))
    links = parse(client.get("/fr/news/", HTTP_HOST=FRANCE)).select("nav.language-nav a")
    assert [(a["lang"], a["href"], a.get("aria-current")) for a in links] == [
        ("fr", "/fr/news/", "true"),
        ("en", "/en/news/", None),
    ]


def test_single_language_site_has_no_language_links(client, db):
    make_mission("EGY", "egypt.localhost", languages=("ar",))
    html = parse(client.get("/ar/", HTTP_HOST="egypt.localhost"))
    assert html.select("nav.language-nav") == []

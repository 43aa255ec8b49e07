"""Every public page type renders as accessible, semantic HTML on its mission's host."""

import itertools

import pytest
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from tests.conftest import mission_as_provisioned, rolled_back_at_the_end
from tests.factories import StandardPageFactory, make_mission, section
from tests.missions.public.conftest import (
    FRANCE,
    brand,
    make_document,
    make_every_page_type,
    make_image,
    parse,
)

# The module's world (every_page_type) keeps its files while it lasts: every test sees it.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_media_root")]

PAGE_TYPES = [
    "home",
    "standard",
    "news_index",
    "news_item",
    "statement_index",
    "statement",
    "event_index",
    "event",
    "representative",
    "contact",
]


@pytest.fixture(scope="module")
def every_page_type(_missions_of_the_package, django_db_blocker, module_media_root):
    """As the package's fixture, made once for the module: its tests only read the pages."""
    with rolled_back_at_the_end(django_db_blocker):
        mission_a = mission_as_provisioned(_missions_of_the_package[0])
        image = make_image(mission_a)
        brand(mission_a, image)
        yield make_every_page_type(mission_a, image, make_document(mission_a))


def get(client, url):
    return client.get(url, HTTP_HOST=FRANCE)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_renders(client, every_page_type, page_type):
    assert get(client, every_page_type[page_type]).status_code == 200


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_has_the_landmarks(client, every_page_type, page_type):
    html = parse(get(client, every_page_type[page_type]))
    body_children = {child.name for child in html.body.find_all(recursive=False)}
    assert {"header", "main", "footer"} <= body_children
    assert html.select_one("header nav[aria-label]") is not None
    assert html.select_one("a.skip-link")["href"] == "#main"
    assert html.find("main")["id"] == "main"


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_has_exactly_one_h1(client, every_page_type, page_type):
    html = parse(get(client, every_page_type[page_type]))
    assert len(html.find_all("h1")) == 1


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_headings_never_skip_a_level(client, every_page_type, page_type):
    html = parse(get(client, every_page_type[page_type]))
    levels = [int(h.name[1]) for h in html.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    assert levels[0] == 1
    assert all(later <= earlier + 1 for earlier, later in itertools.pairwise(levels))


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_image_has_an_alt_attribute(client, every_page_type, page_type):
    html = parse(get(client, every_page_type[page_type]))
    images = html.find_all("img")
    assert images  # the mission's logo at least
    assert all(img.has_attr("alt") for img in images)


def test_image_block_shows_the_webmasters_alt_text(client, every_page_type):
    html = parse(get(client, every_page_type["news_item"]))
    alts = [img["alt"] for img in html.select("main img")]
    assert alts == ["The Ambassador addresses the General Assembly"]


def test_representatives_photo_is_described_by_their_name(client, every_page_type):
    html = parse(get(client, every_page_type["representative"]))
    assert [img["alt"] for img in html.select("main img")] == ["H.E. Ms. Amina Diallo"]


def test_page_language_comes_from_the_url(client, every_page_type):
    html = parse(get(client, "/fr/"))
    assert (html.html["lang"], html.html["dir"]) == ("fr", "ltr")


def test_arabic_pages_run_right_to_left(client, db):
    make_mission("EGY", "egypt.localhost", languages=("ar",))
    html = parse(client.get("/ar/", HTTP_HOST="egypt.localhost"))
    assert (html.html["lang"], html.html["dir"]) == ("ar", "rtl")


def test_statement_page_shows_where_when_and_who(client, every_page_type):
    main = parse(get(client, every_page_type["statement"])).find("main").get_text(" ")
    for fact in [
        "Assemblée générale (séance plénière)",  # the UN body, in the page's language
        "81st session",
        "Item 18: Sustainable development",
        "5 octobre 2026",
        "H.E. the Permanent Representative",
    ]:
        assert fact in main


def test_statement_page_links_the_delivered_document_with_its_type_and_size(
    client, every_page_type
):
    document = Document.objects.get(title="Statement as delivered")
    link = parse(get(client, every_page_type["statement"])).select_one(".download a")
    assert link["href"] == document.url
    assert "PDF" in link.get_text()
    assert "2,0" in link.get_text()  # 2 KB, in French number format


def test_news_item_shows_its_date_and_tags(client, every_page_type):
    main = parse(get(client, every_page_type["news_item"])).find("main")
    assert main.find("time")["datetime"].startswith("2026-")
    assert [li.get_text() for li in main.select(".tag-list li")] == ["climate"]


def test_event_page_offers_registration(client, every_page_type):
    main = parse(get(client, every_page_type["event"])).find("main")
    assert main.select_one("a.button")["href"] == "https://example.org/register"


def test_contact_page_shows_the_missions_contact_details(client, every_page_type):
    main = parse(get(client, every_page_type["contact"])).find("main").get_text(" ")
    for detail in ["245 East 47th Street", "+1 212 702 4900", "contact@france.example"]:
        assert detail in main
    assert "Monday to Friday, 9:30 to 17:30" in main


def test_embedded_video_gets_a_frame_title_and_a_plain_link(client, mission_a):
    video = "https://webtv.un.org/en/asset/k1x/k1xyz"
    # A stored embed, as Wagtail keeps after its first fetch: the test needs no network.
    Embed.objects.create(
        url=video,
        hash=get_embed_hash(video, None, None),
        type="video",
        html='<iframe src="https://webtv.un.org/embed/k1xyz"></iframe>',
    )
    page = StandardPageFactory(
        parent=section(mission_a, "about"),
        body=[("embed", {"url": video, "caption": "The Ambassador at the Council"})],
    )
    figure = parse(get(client, page.url)).select_one("main figure.block-embed")
    assert (figure.find("iframe")["title"], figure.find("a")["href"]) == (
        "The Ambassador at the Council",
        video,
    )

"""Images come as a few named renditions with width, height, alt text and a srcset, the
same wherever an image appears, in a number of queries that does not grow with them."""

import re

import pytest

from missions.models import MissionSettings
from tests.api.content.conftest import body_of, image_block, make_document, make_image, news_with
from tests.factories import (
    NewsItemPageFactory,
    RepresentativePageFactory,
    StandardPageFactory,
    section,
)

FRANCE_MEDIA = "http://france.localhost/media/images/"


def srcset_widths(srcset):
    return [int(width) for width in re.findall(r"\s(\d+)w(?:,|$)", srcset)]


def sizes(picture):
    return {name: (each["width"], each["height"]) for name, each in picture["renditions"].items()}


def test_a_body_image_is_its_named_renditions_with_the_blocks_alt_text(api, mission_a, image):
    page = news_with(mission_a, image_block(image, alt_text="The Ambassador speaks"))

    (block,) = body_of(api, page)
    picture = block["value"]["image"]

    assert picture["id"] == image.pk
    assert picture["alt"] == "The Ambassador speaks"
    assert (picture["width"], picture["height"]) == (2400, 1600)
    assert sizes(picture) == {
        "small": (480, 320),
        "medium": (800, 533),
        "large": (1200, 800),
        "xlarge": (1600, 1066),
    }
    assert all(each["url"].startswith(FRANCE_MEDIA) for each in picture["renditions"].values())
    assert srcset_widths(picture["srcset"]) == [480, 800, 1200, 1600]
    assert picture["srcset"].startswith(picture["renditions"]["small"]["url"] + " 480w")


def test_the_api_uses_the_renditions_the_site_already_made(api, client, mission_a, image):
    page = news_with(mission_a, image_block(image))
    assert client.get(page.url, HTTP_HOST="france.localhost").status_code == 200
    made_by_the_site = set(image.renditions.values_list("filter_spec", flat=True))

    body_of(api, page)

    assert set(image.renditions.values_list("filter_spec", flat=True)) == made_by_the_site


def test_without_alt_text_the_images_description_is_read(api, mission_a):
    image = make_image(mission_a, description="Delegates in the Assembly hall")
    page = news_with(mission_a, image_block(image))

    (block,) = body_of(api, page)

    assert block["value"]["image"]["alt"] == "Delegates in the Assembly hall"


def test_a_small_image_is_never_enlarged(api, mission_a):
    image = make_image(mission_a, width=640, height=400)
    page = news_with(mission_a, image_block(image))

    (block,) = body_of(api, page)
    picture = block["value"]["image"]

    assert {name: each["width"] for name, each in picture["renditions"].items()} == {
        "small": 480,
        "medium": 640,
        "large": 640,
        "xlarge": 640,
    }
    assert srcset_widths(picture["srcset"]) == [480, 640]


def test_the_representatives_photo_is_a_portrait_named_after_them(api, mission_a, image):
    page = RepresentativePageFactory(parent=mission_a.site.root_page, photo=image)

    photo = api.get(f"/api/v2/pages/{page.pk}/").json()["photo"]

    assert photo["alt"] == "H.E. Ms. Amina Diallo"
    assert sizes(photo) == {
        "small": (240, 300),
        "medium": (400, 500),
        "large": (800, 1000),
    }


def test_a_missions_logo_in_the_directory_is_an_image(api, mission_a):
    logo = make_image(mission_a, width=300, height=300, title="Flag", filename="flag.png")
    settings = MissionSettings.objects.get(site=mission_a.site)
    settings.logo = logo
    settings.save()

    (item,) = api.get("/api/v2/missions/", {"iso3": "FRA"}).json()["items"]

    assert item["logo"]["id"] == logo.pk
    assert item["logo"]["renditions"]["small"] == {
        "url": "http://france.localhost/media/images/flag.width-300.format-png.png",
        "width": 300,
        "height": 300,
    }


def test_an_item_of_the_images_endpoint_carries_its_renditions(api, mission_a, image):
    news_with(mission_a, image_block(image))

    (item,) = api.get("/api/v2/images/").json()["items"]

    assert item["id"] == image.pk
    assert set(item) >= {"title", "alt", "width", "height", "renditions", "srcset"}
    assert item["meta"]["download_url"].startswith("http://")
    assert set(item["renditions"]) == {"small", "medium", "large", "xlarge"}


def news_with_images_and_links(count, mission, target):
    """``count`` news items, each with its own image, a link to ``target``, a link to
    its own document and a list of documents."""
    news = section(mission, "news")
    for number in range(count):
        document = make_document(mission, title=f"Document {number}")
        links = (
            f'<p><a linktype="page" id="{target.pk}">A page</a> and '
            f'<a linktype="document" id="{document.pk}">a file</a>.</p>'
        )
        NewsItemPageFactory(
            parent=news,
            body=[
                image_block(make_image(mission, width=1000, height=600, title=f"Photo {number}")),
                ("paragraph", links),
                ("documents", {"title": "", "documents": [document]}),
            ],
        )


LISTINGS = {
    "news": ("/api/v2/news/", {"fields": "body", "limit": 100}),
    "images": ("/api/v2/images/", {"limit": 100}),
    "documents": ("/api/v2/documents/", {"limit": 100}),
}


def queries_of(api, django_assert_max_num_queries, listing):
    url, params = LISTINGS[listing]
    assert api.get(url, params).status_code == 200  # the first request makes the renditions
    with django_assert_max_num_queries(1000) as captured:
        response = api.get(url, params)
    assert response.status_code == 200
    return len(captured.captured_queries), response.json()["items"]


@pytest.mark.parametrize("listing", LISTINGS)
def test_a_listing_of_twenty_items_with_images_and_links_costs_the_queries_of_one(
    api, mission_a, django_assert_max_num_queries, listing
):
    linked = StandardPageFactory(parent=mission_a.site.root_page)
    news_with_images_and_links(1, mission_a, linked)
    one, items = queries_of(api, django_assert_max_num_queries, listing)
    assert len(items) == 1

    news_with_images_and_links(19, mission_a, linked)
    twenty, items = queries_of(api, django_assert_max_num_queries, listing)

    assert len(items) == 20
    assert twenty == one

"""Pictures come in the size a screen needs, in modern formats, and never move the page.

A body image and the representative's portrait are written as a ``<picture>``: AVIF and
WebP sources at several widths with ``sizes``, an ``<img>`` in the original's format with
the width and height that reserve its place, lazy below the first screen. An image too
small for a width is served at its own size, never enlarged.
"""

import re

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from cms.templatetags.image_tags import modern_formats, responsive_picture
from tests.factories import NewsItemPageFactory, RepresentativePageFactory, section
from tests.missions.public.conftest import FRANCE, image_body, parse

pytestmark = [pytest.mark.django_db]


def make_picture(mission, width, height, title="Photo", file_format="JPEG"):
    return wagtail_factories.ImageFactory(
        title=title,
        collection=mission.collection,
        file__width=width,
        file__height=height,
        file__format=file_format,
        file__filename=f"picture.{'png' if file_format == 'PNG' else 'jpg'}",
    )


def news_item_with(mission, *images):
    body = [("paragraph", "<p>Opening words.</p>")]
    body += [("image", {"image": image, "alt_text": "A photo", "caption": ""}) for image in images]
    return NewsItemPageFactory(parent=section(mission, "news"), body=body)


def pictures_of(client, page):
    response = client.get(page.url, HTTP_HOST=FRANCE)
    assert response.status_code == 200
    return parse(response).select("main picture")


def widths(srcset):
    """The width descriptors of a srcset, in order (a single URL has none)."""
    return [int(width) for width in re.findall(r"\s(\d+)w(?:,|$)", srcset)]


def test_a_large_photo_is_offered_at_several_widths_with_sizes(client, mission_a):
    photo = make_picture(mission_a, 2400, 1600)
    (picture,) = pictures_of(client, news_item_with(mission_a, photo))
    webp = picture.select_one('source[type="image/webp"]')
    assert widths(webp["srcset"]) == [480, 800, 1200, 1600]
    assert "100vw" in webp["sizes"]
    img = picture.find("img")
    assert widths(img["srcset"]) == [480, 800, 1200, 1600]
    assert img["sizes"] == webp["sizes"]


def test_webp_and_avif_come_before_a_fallback_in_the_originals_format(client, mission_a, settings):
    settings.IMAGE_MODERN_FORMATS = ("avif", "webp")  # as in production (the suite: WebP only)
    photo = make_picture(mission_a, 1000, 500)
    drawing = make_picture(mission_a, 1000, 500, title="Drawing", file_format="PNG")
    photo_picture, drawing_picture = pictures_of(client, news_item_with(mission_a, photo, drawing))
    types = [source["type"] for source in photo_picture.find_all("source")]
    expected = ["image/avif", "image/webp"] if "avif" in modern_formats() else ["image/webp"]
    assert types == expected
    # The <img> every browser understands: JPEG for a photograph, PNG for a drawing.
    assert photo_picture.find("img")["src"].endswith(".jpg")
    assert drawing_picture.find("img")["src"].endswith(".png")


def test_the_img_keeps_the_width_and_height_that_reserve_its_place(client, mission_a):
    photo = make_picture(mission_a, 2400, 1600)
    (picture,) = pictures_of(client, news_item_with(mission_a, photo))
    img = picture.find("img")
    assert (img["width"], img["height"]) == ("1600", "1066")


def test_a_small_image_is_served_at_its_own_size_never_enlarged(client, mission_a):
    small = make_picture(mission_a, 300, 200)
    (picture,) = pictures_of(client, news_item_with(mission_a, small))
    img = picture.find("img")
    assert (img["width"], img["height"]) == ("300", "200")
    for source in picture.find_all("source"):
        assert widths(source["srcset"]) == []  # one file, no width to choose from
    assert small.renditions.filter(width__gt=300).count() == 0


def test_an_image_between_two_widths_adds_its_own_width_once(client, mission_a):
    medium = make_picture(mission_a, 640, 400)
    (picture,) = pictures_of(client, news_item_with(mission_a, medium))
    webp = picture.select_one('source[type="image/webp"]')
    assert widths(webp["srcset"]) == [480, 640]


def test_images_below_the_first_block_load_lazily(client, mission_a):
    page = NewsItemPageFactory(
        parent=section(mission_a, "news"),
        body=[
            ("image", {"image": make_picture(mission_a, 800, 600), "alt_text": "", "caption": ""}),
            *image_body(make_picture(mission_a, 800, 600, title="Second")),
        ],
    )
    first, second = (picture.find("img") for picture in pictures_of(client, page))
    assert (first["loading"], second["loading"]) == ("eager", "lazy")


def test_the_representatives_portrait_is_cropped_at_several_widths(client, mission_a):
    page = RepresentativePageFactory(
        parent=mission_a.site.root_page, photo=make_picture(mission_a, 1200, 1500)
    )
    (picture,) = pictures_of(client, page)
    webp = picture.select_one('source[type="image/webp"]')
    assert widths(webp["srcset"]) == [240, 400, 800]
    img = picture.find("img")
    assert (img["width"], img["height"]) == ("800", "1000")
    assert img["loading"] == "eager"  # at the top of the page


def test_a_small_portrait_is_cropped_to_its_shape_but_not_enlarged(client, mission_a):
    page = RepresentativePageFactory(
        parent=mission_a.site.root_page, photo=make_picture(mission_a, 300, 300)
    )
    (picture,) = pictures_of(client, page)
    img = picture.find("img")
    assert (img["width"], img["height"]) == ("240", "300")


def test_an_image_whose_file_is_missing_is_drawn_broken_not_an_error(mission_a):
    photo = make_picture(mission_a, 1000, 500)
    photo.file.storage.delete(photo.file.name)
    html = BeautifulSoup(responsive_picture(photo, "body", alt="A photo"), "html.parser")
    assert html.select_one("picture img")["alt"] == "A photo"

"""``/favicon.ico`` on a mission's host is made from that mission's flag.

Browsers and crawlers ask for ``/favicon.ico`` whatever a page's ``<head>`` says: on a
mission's host they get the mission's flag as a real ICO, on a host of no mission (or
for a mission without a flag) the neutral icon. The flags here are plain colours, so
the colour in the middle of the icon says whose flag it is. With the site cache on, in
the real Redis, a new flag shows at once.
"""

import io

import pytest
import wagtail_factories
from django.test import Client
from PIL import Image

from cms.views import DEFAULT_FAVICON
from missions.models import MissionSettings
from tests.cms.conftest import redis_page_cache  # noqa: F401 (a fixture)
from tests.missions.public.conftest import FRANCE, KENYA

pytestmark = pytest.mark.django_db

RED, GREEN, BLUE = (206, 17, 38), (0, 122, 61), (0, 35, 149)


def flag(mission, colour):
    """A flag of one plain colour, 3:2 like most flags, in the mission's collection."""
    return wagtail_factories.ImageFactory(
        title="Flag",
        collection=mission.collection,
        file__width=300,
        file__height=200,
        file__color=colour,
        file__format="PNG",  # lossless: the icon's colour is the flag's, exactly
        file__filename="flag.png",
    )


def set_flag(mission, image):
    settings = MissionSettings.objects.get(site=mission.site)
    settings.logo = image
    settings.save()


def favicon(host):
    """The answer to ``/favicon.ico`` on ``host``, for a new anonymous visitor."""
    response = Client().get("/favicon.ico", headers={"host": host})
    assert (response.status_code, response["Content-Type"]) == (200, "image/x-icon")
    return response.content


def colour_of(icon):
    """The colour in the middle of an ICO's largest image."""
    with Image.open(io.BytesIO(icon)) as image:
        assert (image.format, image.size) == ("ICO", (32, 32))
        return image.convert("RGB").getpixel((16, 16))


@pytest.fixture
def flags(mission_a, mission_b):
    set_flag(mission_a, flag(mission_a, RED))
    set_flag(mission_b, flag(mission_b, GREEN))


@pytest.mark.usefixtures("flags")
def test_each_missions_host_answers_with_its_own_flag():
    assert {FRANCE: colour_of(favicon(FRANCE)), KENYA: colour_of(favicon(KENYA))} == {
        FRANCE: RED,
        KENYA: GREEN,
    }


@pytest.mark.usefixtures("flags")
@pytest.mark.parametrize("host", ["nowhere.example", "localhost"])
def test_a_host_of_no_mission_answers_with_the_neutral_icon(host):
    assert favicon(host) == DEFAULT_FAVICON.read_bytes()


def test_a_mission_without_a_flag_answers_with_the_neutral_icon(mission_a, mission_b):
    set_flag(mission_b, flag(mission_b, GREEN))

    assert favicon(FRANCE) == DEFAULT_FAVICON.read_bytes()


def test_a_flag_whose_file_is_gone_gives_the_neutral_icon_not_an_error(mission_a):
    image = flag(mission_a, RED)
    set_flag(mission_a, image)
    image.file.storage.delete(image.file.name)

    assert favicon(FRANCE) == DEFAULT_FAVICON.read_bytes()


@pytest.mark.usefixtures("redis_page_cache", "flags")
def test_the_icon_is_kept_in_the_site_cache(django_assert_num_queries):
    first = favicon(FRANCE)

    with django_assert_num_queries(0):
        assert favicon(FRANCE) == first


@pytest.mark.usefixtures("redis_page_cache", "flags")
def test_a_new_flag_shows_at_once_with_the_site_cache_on(mission_a):
    favicon(FRANCE)
    set_flag(mission_a, flag(mission_a, BLUE))

    assert colour_of(favicon(FRANCE)) == BLUE


@pytest.mark.usefixtures("redis_page_cache", "flags")
def test_a_removed_flag_gives_back_the_neutral_icon_at_once(mission_a):
    favicon(FRANCE)
    set_flag(mission_a, None)

    assert favicon(FRANCE) == DEFAULT_FAVICON.read_bytes()


@pytest.mark.usefixtures("redis_page_cache", "flags")
def test_one_missions_new_flag_leaves_the_others_icon(mission_a):
    favicon(KENYA)
    set_flag(mission_a, flag(mission_a, BLUE))

    assert colour_of(favicon(KENYA)) == GREEN

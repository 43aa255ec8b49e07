"""``/favicon.ico`` answers on every host: browsers ask for it on every first visit."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("host", ["france.localhost", "nowhere.example", "localhost"])
def test_favicon_is_served_on_every_host(client, mission_a, host):
    response = client.get("/favicon.ico", HTTP_HOST=host, follow=True)
    assert (response.status_code, response["Content-Type"]) == (200, "image/x-icon")


def test_pages_of_a_site_of_no_family_name_the_neutral_icon(client, mission_a):
    response = client.get("/", HTTP_HOST="localhost", follow=True)
    assert 'rel="icon" href="/static/cms/favicon.ico"' in response.content.decode()

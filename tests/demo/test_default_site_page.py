"""After seed_demo, http://127.0.0.1:8000/ lists the demo's mission sites.

The demo's default site (Wagtail's stock one, moved to the demo's port) shows the
install's own page (cms.project_sites), not "Welcome to your new Wagtail site!".
"""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from tests.conftest import as_if_committed, rolled_back_at_the_end

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def kenya_seeded(django_db_setup, django_db_blocker, module_media_root):
    with rolled_back_at_the_end(django_db_blocker):
        with as_if_committed():
            call_command(
                "seed_demo", "--port", "8000", "--force", "--mission", "ken", stdout=StringIO()
            )
        yield


def test_the_demos_default_host_lists_the_mission_sites(client, kenya_seeded):
    response = client.get("/", headers={"host": "127.0.0.1:8000"}, follow=True)
    html = BeautifulSoup(response.content, "html.parser")
    links = [a["href"] for a in html.select("main li a")]
    assert (
        response.status_code,
        links,
        "Welcome to your new Wagtail site" in response.content.decode(),
    ) == (200, ["http://kenya.localhost:8000/"], False)

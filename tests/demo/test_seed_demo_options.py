"""seed_demo --mission: one demo mission alone, for a quick demo or a browser test.

Kept apart from test_seed_demo.py, whose module-wide fixture seeds every mission.
"""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Site

from missions.models import Mission, StatementPage
from tests.conftest import as_if_committed, rolled_back_at_the_end

pytestmark = pytest.mark.django_db


def seed_demo(*args):
    out = StringIO()
    call_command("seed_demo", "--port", "8000", "--force", *args, stdout=out)
    return out.getvalue()


def test_an_unknown_demo_mission_is_refused_with_the_known_codes():
    before = (Site.objects.count(), Mission.objects.count())

    with pytest.raises(CommandError, match=r"No demo mission for XYZ; there are: .*FRA"):
        seed_demo("--mission", "xyz")

    assert (Site.objects.count(), Mission.objects.count()) == before


@pytest.fixture(scope="module")
def kenya_seeded_in_russian(django_db_setup, django_db_blocker, module_media_root):
    """What ``seed_demo --mission ken`` printed, run once for the module's tests, with
    Russian active as a request for /ru/ leaves it in its thread."""
    with rolled_back_at_the_end(django_db_blocker):
        with translation.override("ru"), as_if_committed():  # translations published
            output = seed_demo("--mission", "ken")
        yield output


def test_mission_option_seeds_only_that_mission(kenya_seeded_in_russian):
    assert list(Mission.objects.values_list("member_state__iso3", flat=True)) == ["KEN"]
    assert "kenya.localhost" in kenya_seeded_in_russian
    assert "france.localhost" not in kenya_seeded_in_russian


def test_seeding_after_a_page_served_in_russian_still_writes_the_demo_in_english(
    kenya_seeded_in_russian,
):
    """A request for /ru/ leaves Russian active in its thread; the demo must not follow it
    (its statement PDFs can only write Latin letters, and its labels are English)."""
    statements = StatementPage.objects.filter(locale__language_code="en").exclude(
        delivered_document=None
    )
    assert statements.exists()
    titles = {statement.delivered_document.title for statement in statements}
    assert all("(as delivered)" in title for title in titles)


def test_seeding_again_on_another_port_moves_the_demo_site_there(client, kenya_seeded_in_russian):
    """``make demo PORT=8001`` on a database seeded on port 8000: the demo follows."""
    out = StringIO()
    with as_if_committed():
        call_command("seed_demo", "--port", "8001", "--force", "--mission", "ken", stdout=out)

    site = Mission.objects.get(member_state__iso3="KEN").site
    assert (site.hostname, site.port) == ("kenya.localhost", 8001)
    assert "http://kenya.localhost:8001/en/" in out.getvalue()
    assert "kenya: 1 change(s)" in out.getvalue()  # the move, nothing seeded twice
    response = client.get("/en/", headers={"host": "kenya.localhost:8001"})
    assert response.status_code == 200
    assert 'href="http://kenya.localhost:8001/sw/"' in response.content.decode()

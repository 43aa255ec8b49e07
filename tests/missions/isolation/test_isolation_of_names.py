"""Mission isolation of the names the admin suggests: tags and report filters.

The tag autocomplete and the filters of the reports list names (tags, users,
workflows, tasks) rather than objects, so no typed URL reaches them: a webmaster of
mission A only has to open them to read mission B's. They must offer A's own names and
none of B's.

The two-mission world of ``test_isolation`` is reused; it is built once for this module.
"""

import pytest
from django.urls import reverse
from taggit.models import Tag

from missions.models import NewsItemTag
from tests.missions.isolation.test_isolation import B_MARK, login, world  # noqa: F401 (fixtures)

# --- Tag autocomplete -----------------------------------------------------------------


@pytest.fixture
def tagged(world):
    """A's news item and image, and B's, each tagged with a word starting with "h"."""
    for page, name in ((world.page_a, "harbour"), (world.page_b, "highlands")):
        NewsItemTag.objects.create(content_object=page, tag=Tag.objects.create(name=name))
    world.image_a.tags.add("heritage")
    world.image_b.tags.add("hills")


TAG_AUTOCOMPLETE_URLS = {
    "tag autocomplete": lambda: reverse("wagtailadmin_tag_autocomplete"),
    "tag autocomplete of taggit's tags": lambda: reverse(
        "wagtailadmin_tag_model_autocomplete", args=["taggit", "tag"]
    ),
}


@pytest.mark.parametrize("surface", list(TAG_AUTOCOMPLETE_URLS))
def test_tag_autocomplete_offers_only_own_missions_tags(world, login, tagged, surface):
    client = login(world.webmaster_a)

    response = client.get(TAG_AUTOCOMPLETE_URLS[surface](), {"term": "h"})

    assert response.status_code == 200
    assert response.json() == ["harbour", "heritage"]


def test_secretariat_tag_autocomplete_offers_every_missions_tags(world, login, tagged):
    client = login(world.superuser)

    response = client.get(reverse("wagtailadmin_tag_autocomplete"), {"term": "h"})

    assert response.json() == ["harbour", "heritage", "highlands", "hills"]


# --- Report filters -------------------------------------------------------------------


def names_of_b(world):
    """What of B a report's filters could name: its webmaster, workflow and task."""
    workflow = world.mission_b.workflow
    return [
        B_MARK,
        world.webmaster_b.get_username(),
        workflow.name,
        *workflow.tasks.values_list("name", flat=True),
    ]


# Each report whose filters list names: (who looks, its URL name, a name of A's its
# filters offer). The aging pages and translations reports filter by page type and
# language only.
REPORTS = {
    "locked pages": ("moderator_a", "locked_pages", lambda w: w.webmaster_a.get_username()),
    "workflows": ("webmaster_a", "workflow", lambda w: w.mission_a.workflow.name),
    "workflows, requested by": ("webmaster_a", "workflow", lambda w: w.webmaster_a.get_username()),
    "workflow tasks": (
        "webmaster_a",
        "workflow_tasks",
        lambda w: w.mission_a.workflow.tasks.get().name,
    ),
    "site history": ("webmaster_a", "site_history", lambda w: w.webmaster_a.get_username()),
}


@pytest.mark.parametrize("report", list(REPORTS))
def test_report_filters_name_nothing_of_another_mission(world, login, report):
    who, url_name, own_name = REPORTS[report]
    client = login(getattr(world, who))

    response = client.get(reverse(f"wagtailadmin_reports:{url_name}"))

    content = response.content.decode()
    assert response.status_code == 200
    assert own_name(world) in content
    assert [name for name in names_of_b(world) if name in content] == []


def test_secretariat_report_filters_name_every_mission(world, login):
    client = login(world.superuser)

    response = client.get(reverse("wagtailadmin_reports:workflow"))

    content = response.content.decode()
    assert world.mission_a.workflow.name in content
    assert world.mission_b.workflow.name in content

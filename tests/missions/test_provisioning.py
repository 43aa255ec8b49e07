"""create_mission: creates exactly what it says, is idempotent, refuses bad input whole."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
)

from missions.models import Mission, MissionHomePage, MissionSettings
from tests.conftest import as_if_committed

pytestmark = pytest.mark.django_db


def create_mission(*args):
    from io import StringIO

    out = StringIO()
    call_command("create_mission", *args, stdout=out)
    return out.getvalue()


def counts():
    """The number of rows of everything provisioning may create."""
    return {
        model.__name__: model.objects.count()
        for model in (
            Site,
            Page,
            Mission,
            MissionSettings,
            Group,
            Collection,
            Workflow,
            WorkflowPage,
            GroupPagePermission,
            GroupCollectionPermission,
            GroupSitePermission,
            Locale,
        )
    }


def test_creates_site_home_sections_and_translations():
    output = create_mission("FRA", "--hostname", "france.localhost", "--languages", "fr,en,ar")

    mission = Mission.objects.get(member_state__iso3="FRA")
    site = mission.site
    assert (site.hostname, site.port) == ("france.localhost", 80)
    home = site.root_page.specific
    assert isinstance(home, MissionHomePage)
    assert home.locale.language_code == "fr"
    assert home.live
    assert [p.slug for p in home.get_children()] == [
        "about",
        "news",
        "statements",
        "events",
        "contact",
    ]
    languages = sorted(t.locale.language_code for t in home.get_translations(inclusive=True))
    assert languages == ["ar", "en", "fr"]
    assert "created site france.localhost:80" in output


def test_translated_homes_keep_their_sections_after_commit():
    # wagtail-localize publishes translations on commit; the tree must still count their
    # children afterwards, or menus and the page explorer show empty translated sites.
    with as_if_committed():
        create_mission("FRA", "--hostname", "france.localhost", "--languages", "fr,en,ar")

    home = Mission.objects.get(member_state__iso3="FRA").site.root_page
    for translation in Page.objects.get(pk=home.pk).get_translations(inclusive=True):
        translation.refresh_from_db()
        sections = translation.get_children()
        assert translation.numchild == sections.count() == 5, translation.locale
        assert all(page.live and page.show_in_menus for page in sections)


def test_groups_collection_and_workflow_cover_only_the_missions_tree():
    create_mission("FRA", "--hostname", "france.localhost", "--languages", "fr,en")
    mission = Mission.objects.get(member_state__iso3="FRA")
    homes = set(
        mission.site.root_page.get_translations(inclusive=True).values_list("pk", flat=True)
    )

    for group in mission.groups:
        page_ids = set(
            GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True)
        )
        assert page_ids == homes
        collections = set(
            GroupCollectionPermission.objects.filter(group=group).values_list(
                "collection_id", flat=True
            )
        )
        assert collections == {mission.collection_id}
        assert not group.permissions.filter(content_type__app_label__in=["auth", "wagtailusers"])
    publishers = GroupPagePermission.objects.filter(permission__codename="publish_page")
    assert set(publishers.values_list("group_id", flat=True)) == {mission.moderators_group_id}
    assert (
        set(
            WorkflowPage.objects.filter(workflow=mission.workflow).values_list("page_id", flat=True)
        )
        == homes
    )
    task = mission.workflow.tasks.get().specific
    assert list(task.groups.all()) == [mission.moderators_group]


def test_running_again_changes_nothing_and_says_so():
    create_mission("FRA", "--hostname", "france.localhost", "--languages", "fr,en")
    before = counts()

    output = create_mission("FRA", "--hostname", "france.localhost", "--languages", "fr,en")

    assert counts() == before
    assert output.startswith("Nothing to do")


def test_running_again_with_a_new_language_adds_only_that_translation():
    create_mission("FRA", "--hostname", "france.localhost", "--languages", "fr,en")
    before = counts()

    create_mission("FRA", "--hostname", "france.localhost", "--languages", "fr,en,es")

    after = counts()
    assert after["Page"] == before["Page"] + 6  # home and its five sections, in Spanish
    assert after["Site"] == before["Site"]
    assert after["Group"] == before["Group"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("XYZ", "--hostname", "x.localhost"), "Unknown State code 'XYZ'"),
        (("FRA", "--hostname", "not a host"), "is not a valid hostname"),
        (("FRA", "--hostname", "france.localhost", "--port", "70000"), "out of range"),
        (("FRA", "--hostname", "france.localhost", "--languages", "fr,xx"), "Unknown language"),
        (("FRA", "--hostname", "france.localhost", "--languages", "fr,fr"), "listed twice"),
    ],
)
def test_bad_input_is_refused_with_nothing_left_behind(args, message):
    before = counts()

    with pytest.raises(CommandError, match=message):
        create_mission(*args)

    assert counts() == before


def test_hostname_and_port_of_another_site_are_refused():
    create_mission("FRA", "--hostname", "france.localhost", "--port", "8000")
    before = counts()

    with pytest.raises(CommandError, match="already used by the site"):
        create_mission("KEN", "--hostname", "france.localhost", "--port", "8000")

    assert counts() == before


def test_the_admins_hostname_is_refused_to_a_mission(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://admin.example.org"
    before = counts()

    with pytest.raises(CommandError, match="the admin's hostname"):
        create_mission("FRA", "--hostname", "admin.example.org", "--port", "443")

    assert counts() == before


def test_same_hostname_on_another_port_is_a_different_site():
    create_mission("FRA", "--hostname", "shared.localhost", "--port", "8000")
    create_mission("KEN", "--hostname", "shared.localhost", "--port", "8001")
    assert Mission.objects.count() == 2


def test_a_mission_is_not_moved_to_another_hostname():
    create_mission("FRA", "--hostname", "france.localhost")
    with pytest.raises(CommandError, match="already has a mission site"):
        create_mission("FRA", "--hostname", "elsewhere.localhost")


def test_failure_part_way_rolls_everything_back(monkeypatch):
    from missions import provisioning

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(provisioning, "_ensure_workflow", explode)
    before = counts()

    with pytest.raises(RuntimeError):
        create_mission("FRA", "--hostname", "france.localhost", "--languages", "fr,en")

    assert counts() == before


def test_member_states_are_loaded():
    from missions.models import MemberState

    assert MemberState.objects.filter(status="MEMBER").count() == 193
    assert MemberState.objects.filter(status="OBSERVER").count() == 2
    assert MemberState.objects.get(iso3="PSE").regional_group == "ASIA_PACIFIC"

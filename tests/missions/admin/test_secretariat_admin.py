"""Settings → Missions: the Secretariat sets up missions and adds languages from the
admin, through the same provisioning as create_mission; a mission's own people cannot."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page, Site

from missions.models import MemberState, Mission, MissionHomePage
from tests.factories import make_mission
from tests.missions.test_provisioning import counts

pytestmark = pytest.mark.django_db

LIST = reverse("mission_sites:index")
ADD = reverse("mission_sites:add")


def edit_url(mission):
    return reverse("mission_sites:edit", args=[mission.pk])


def test_the_secretariat_sees_every_mission_with_its_languages_and_people(
    client, superuser, mission_a, mission_b, webmaster_a, moderator_a
):
    client.force_login(superuser)

    response = client.get(LIST)

    html = response.content.decode()
    assert response.status_code == 200
    assert "france.localhost" in html
    assert "kenya.localhost" in html
    assert "Français, English" in html
    assert "English, Kiswahili" in html
    assert f'href="{edit_url(mission_a)}"' in html
    users = reverse("wagtailusers_users:index")
    # France: one webmaster, one moderator; Kenya: nobody yet.
    assert f'<a href="{users}?group={mission_a.editors_group_id}">1</a>' in html
    assert f'<a href="{users}?group={mission_a.moderators_group_id}">1</a>' in html
    assert f'<a href="{users}?group={mission_b.editors_group_id}">0</a>' in html


def test_the_secretariat_sets_up_a_mission_from_the_admin(client, superuser):
    client.force_login(superuser)

    response = client.post(
        ADD,
        {
            "state": MemberState.objects.get(iso3="JPN").pk,
            "hostname": "japan.localhost",
            "port": "80",
            "default_language": "ja",
            "other_languages": ["en", "ar"],
        },
        follow=True,
    )

    assert response.status_code == 200
    mission = Mission.objects.get(member_state__iso3="JPN")
    home = mission.site.root_page.specific
    assert isinstance(home, MissionHomePage)
    assert home.locale.language_code == "ja"
    assert {page.locale.language_code for page in home.get_translations()} == {"en", "ar"}
    assert mission.editors_group
    assert mission.moderators_group
    assert mission.workflow
    message = [str(m) for m in response.context["messages"]]
    assert any("site japan.localhost:80" in m for m in message)


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"hostname": "france.localhost"}, "already used by the site"),
        ({"hostname": "not a hostname"}, "is not a valid hostname"),
        ({"port": "0"}, "Ensure this value is greater than or equal to 1"),
        ({"default_language": "xx"}, "Select a valid choice"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_written(
    client, superuser, mission_a, change, error
):
    client.force_login(superuser)
    before = counts()
    form = {
        "state": MemberState.objects.get(iso3="JPN").pk,
        "hostname": "japan.localhost",
        "port": "80",
        "default_language": "ja",
        **change,
    }

    response = client.post(ADD, form)

    assert response.status_code == 200
    assert error in response.content.decode()
    assert counts() == before


def test_a_state_that_already_has_a_mission_cannot_be_chosen_again(client, superuser, mission_a):
    client.force_login(superuser)

    response = client.post(
        ADD,
        {
            "state": mission_a.member_state.pk,
            "hostname": "france2.localhost",
            "port": "80",
            "default_language": "fr",
        },
    )

    assert "Select a valid choice" in response.content.decode()
    # The two missions of the package, and no second France.
    hostnames = Mission.objects.values_list("site__hostname", flat=True)
    assert sorted(hostnames) == ["france.localhost", "kenya.localhost"]


def test_the_secretariat_adds_a_language_and_the_mission_can_work_on_it(
    client, superuser, mission_a, webmaster_a, moderator_a
):
    client.force_login(superuser)
    form_page = client.get(edit_url(mission_a)).content.decode()
    assert "The site is in Français, English." in form_page

    response = client.post(edit_url(mission_a), {"new_languages": ["ar"]}, follow=True)

    assert response.status_code == 200
    home = mission_a.site.root_page.specific
    arabic_home = home.get_translation(Locale.objects.get(language_code="ar"))
    assert arabic_home.get_children().count() == home.get_children().count()
    assert arabic_home.permissions_for_user(webmaster_a).can_edit()
    assert arabic_home.permissions_for_user(moderator_a).can_publish()
    # Nothing offered twice: Arabic is now one of the site's languages.
    form_page = client.get(edit_url(mission_a)).content.decode()
    assert "The site is in Français, العربية, English." in form_page
    assert 'value="ar"' not in form_page


def test_adding_no_language_changes_nothing(client, superuser, mission_a):
    client.force_login(superuser)
    before = counts()

    response = client.post(edit_url(mission_a), {"new_languages": []})

    assert "This field is required" in response.content.decode()
    assert counts() == before


@pytest.mark.parametrize("who", ["webmaster_a", "moderator_a"])
def test_a_missions_own_people_cannot_manage_sites_or_languages(client, request, mission_a, who):
    client.force_login(request.getfixturevalue(who))
    japan = {
        "state": MemberState.objects.get(iso3="JPN").pk,
        "hostname": "japan.localhost",
        "port": "80",
        "default_language": "ja",
    }

    # Wagtail answers "permission denied" on the list and the form for a new mission
    # with a redirect to the dashboard; a mission record, even their own, is "not found".
    for url in (LIST, ADD):
        response = client.get(url)
        assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    response = client.get(edit_url(mission_a), follow=True)
    assert response.status_code == 404
    assert "Add languages" not in response.content.decode()
    before = counts()
    client.post(edit_url(mission_a), {"new_languages": ["ar"]})
    client.post(ADD, japan)

    assert counts() == before
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert LIST not in dashboard


def test_nobody_deletes_a_mission_here(client, superuser, mission_a):
    client.force_login(superuser)

    response = client.post(reverse("mission_sites:delete", args=[mission_a.pk]))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert Mission.objects.filter(pk=mission_a.pk).exists()
    assert Site.objects.filter(pk=mission_a.site_id).exists()
    assert Page.objects.filter(pk=mission_a.site.root_page_id).exists()


def test_a_language_the_install_no_longer_offers_is_reported_not_a_crash(
    client, superuser, mission_a, settings
):
    """English was dropped from the install's languages while France's site still has it:
    adding Arabic says what is wrong instead of failing half-way."""
    settings.WAGTAIL_CONTENT_LANGUAGES = [
        (code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES if code != "en"
    ]
    client.force_login(superuser)
    before = counts()

    response = client.post(edit_url(mission_a), {"new_languages": ["ar"]})

    assert response.status_code == 200
    assert "Unknown language(s) en." in response.content.decode()
    assert counts() == before


def test_the_list_can_be_searched_and_filtered_by_regional_group(
    client, superuser, mission_a, mission_b
):
    client.force_login(superuser)

    by_name = client.get(LIST, {"q": "kenya"}).content.decode()
    african = client.get(LIST, {"member_state__regional_group": "AFRICAN"}).content.decode()

    assert "kenya.localhost" in by_name
    assert "france.localhost" not in by_name
    assert "kenya.localhost" in african
    assert "france.localhost" not in african


def test_the_list_costs_the_same_queries_for_two_missions_or_four(
    client, superuser, mission_a, mission_b
):
    client.force_login(superuser)
    client.get(LIST)  # sessions, content types and the like, read once
    with CaptureQueriesContext(connection) as two:
        client.get(LIST)
    make_mission("JPN", "japan.localhost", languages=("ja", "en"))
    make_mission("MEX", "mexico.localhost", languages=("es", "en", "ar"))

    with CaptureQueriesContext(connection) as four:
        html = client.get(LIST).content.decode()

    assert "日本語, English" in html
    assert "Español, العربية, English" in html
    assert len(four) == len(two)

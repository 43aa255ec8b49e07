"""seed_demo: a world of demo missions that covers the UN, answers over HTTP and never repeats.

Seeding takes a while, so the module seeds once (inside a transaction rolled back at
the end) and every test runs in its own savepoint on top of that.
"""

import datetime
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation

from missions.models import (
    EventPage,
    Mission,
    MissionSettings,
    NewsItemPage,
    RegionalGroup,
    RepresentativePage,
    StatementPage,
)
from tests.conftest import as_if_committed

pytestmark = pytest.mark.django_db

PORT = 8000


def seed_demo(*args):
    out = StringIO()
    call_command("seed_demo", "--port", str(PORT), "--force", *args, stdout=out)
    return out.getvalue()


@dataclass
class Seeded:
    output: str
    media_root: Path


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, tmp_path_factory):
    """Run seed_demo once for the module, with its on-commit work, then roll it all back."""
    media_root = tmp_path_factory.mktemp("seed-media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media_root),
        transaction.atomic(),
    ):
        with as_if_committed():
            output = seed_demo()
        yield Seeded(output, media_root)
        transaction.set_rollback(True)


@pytest.fixture
def media(seeded, settings):
    """Serve pages with the images the seeding wrote."""
    settings.MEDIA_ROOT = seeded.media_root


def row_counts():
    models = [
        Site,
        Page,
        Revision,
        Locale,
        Mission,
        MissionSettings,
        Group,
        get_user_model(),
        Collection,
        get_image_model(),
        get_document_model(),
        Translation,
        StringTranslation,
    ]
    return {model.__name__: model.objects.count() for model in models}


def test_demo_missions_cover_all_five_regional_groups(seeded):
    groups = set(Mission.objects.values_list("member_state__regional_group", flat=True))

    assert Mission.objects.count() >= 6
    assert groups == set(RegionalGroup.values)


def test_every_demo_mission_has_at_least_two_languages(seeded):
    languages = {
        mission.member_state.iso3: mission.site.root_page.get_translations(inclusive=True).count()
        for mission in Mission.objects.select_related("site__root_page", "member_state")
    }

    assert all(count >= 2 for count in languages.values()), languages


def test_arabic_is_on_at_least_three_missions(seeded):
    arabic = [
        mission
        for mission in Mission.objects.select_related("site__root_page")
        if mission.site.root_page.get_translations(inclusive=True)
        .filter(locale__language_code="ar")
        .exists()
    ]

    assert len(arabic) >= 3


def test_running_again_changes_nothing_and_says_so(seeded):
    before = row_counts()

    output = seed_demo()

    assert row_counts() == before
    assert output.startswith("Nothing to do")


def test_first_run_prints_every_site_the_admin_and_the_demo_accounts(seeded):
    for site in Site.objects.filter(mission__isnull=False):
        language = site.root_page.locale.language_code
        assert f"http://{site.hostname}:{PORT}/{language}/" in seeded.output
    assert f"http://127.0.0.1:{PORT}/admin/" in seeded.output
    assert "DEMO ONLY" in seeded.output
    assert "france-webmaster / demo-password" in seeded.output


def test_every_demo_home_page_answers_on_its_own_hostname(seeded, media, client):
    statuses = {}
    for site in Site.objects.filter(mission__isnull=False).select_related("root_page__locale"):
        path = f"/{site.root_page.locale.language_code}/"
        response = client.get(path, HTTP_HOST=f"{site.hostname}:{site.port}")
        statuses[f"{site.hostname}{path}"] = response.status_code

    assert set(statuses.values()) == {200}, statuses


def test_every_translation_of_a_demo_home_page_answers(seeded, media, client):
    statuses = {}
    for site in Site.objects.filter(mission__isnull=False).select_related("root_page"):
        for home in site.root_page.get_translations().select_related("locale"):
            path = f"/{home.locale.language_code}/"
            response = client.get(path, HTTP_HOST=f"{site.hostname}:{site.port}")
            statuses[f"{site.hostname}{path}"] = response.status_code

    assert statuses
    assert set(statuses.values()) == {200}, statuses


def test_translated_pages_have_every_string_translated(seeded):
    untranslated = [
        (translation.source.object_repr, translation.target_locale.language_code, segment.context)
        for translation in Translation.objects.select_related("source", "target_locale")
        for segment in translation.source.stringsegment_set.exclude(context__path="slug")
        if not StringTranslation.objects.filter(
            translation_of=segment.string_id,
            locale=translation.target_locale,
            context=segment.context_id,
        ).exists()
    ]

    assert Translation.objects.exists()
    assert untranslated == []


def test_translated_home_pages_list_their_translated_sections(seeded):
    empty = [
        home.url_path
        for mission in Mission.objects.select_related("site__root_page")
        for home in mission.site.root_page.get_translations()
        if not home.get_children().live().exists()
    ]

    assert empty == []


def test_demo_webmaster_belongs_only_to_its_missions_editors_group(seeded):
    webmaster = get_user_model().objects.get(username="france-webmaster")
    france = Mission.objects.get(member_state__iso3="FRA")

    assert list(webmaster.groups.all()) == [france.editors_group]


def test_demo_moderator_belongs_only_to_its_missions_moderators_group(seeded):
    moderator = get_user_model().objects.get(username="kenya-moderator")
    kenya = Mission.objects.get(member_state__iso3="KEN")

    assert list(moderator.groups.all()) == [kenya.moderators_group]


def test_only_the_demo_superuser_has_staff_rights(seeded):
    staff = get_user_model().objects.filter(is_staff=True) | get_user_model().objects.filter(
        is_superuser=True
    )

    assert list(staff.values_list("username", flat=True)) == ["admin"]


def test_no_page_body_contains_lorem_ipsum(seeded):
    offenders = [
        page.url_path
        for page in Page.objects.filter(depth__gt=1).specific()
        if "lorem"
        in f"{page.title} {getattr(page, 'introduction', '')} {getattr(page, 'body', '')}".lower()
    ]

    assert offenders == []


def test_each_mission_has_four_news_items_with_dates_summaries_and_tags(seeded):
    for mission in Mission.objects.select_related("site__root_page"):
        news = NewsItemPage.objects.live().descendant_of(mission.site.root_page)
        assert news.count() >= 4, mission
        assert all(item.introduction and item.tags.exists() for item in news), mission


def test_each_mission_has_statements_at_four_bodies_over_two_years_with_pdfs(seeded, media):
    for mission in Mission.objects.select_related("site__root_page"):
        statements = StatementPage.objects.live().descendant_of(mission.site.root_page)
        assert len({s.un_body for s in statements}) >= 4, mission
        assert len({s.meeting_date.year for s in statements}) >= 2, mission
        assert all(s.speaker and s.session and s.agenda_item for s in statements), mission
        for statement in statements:
            document = statement.delivered_document
            assert document.collection_id == mission.collection_id
            with document.file.open("rb") as pdf:
                data = pdf.read()
            assert data.startswith(b"%PDF-")
            assert data.rstrip().endswith(b"%%EOF")


def test_each_mission_has_an_upcoming_and_a_past_event(seeded):
    now = timezone.now()
    for mission in Mission.objects.select_related("site__root_page"):
        starts = [
            event.starts_at
            for event in EventPage.objects.live().descendant_of(mission.site.root_page)
        ]
        assert any(start > now for start in starts), mission
        assert any(start < now for start in starts), mission


def test_each_mission_has_a_representative_with_a_portrait_in_its_collection(seeded):
    for mission in Mission.objects.select_related("site__root_page"):
        page = RepresentativePage.objects.live().child_of(mission.site.root_page).get()
        assert page.photo.collection_id == mission.collection_id


def test_each_mission_is_branded_with_valid_settings_and_its_own_logo(seeded):
    for mission in Mission.objects.select_related("site"):
        settings = MissionSettings.for_site(mission.site)
        settings.full_clean()
        assert settings.logo.collection_id == mission.collection_id
        assert settings.email.endswith("@example.org")
        assert settings.social_links


def test_body_images_are_in_the_missions_collection_and_have_alt_text(seeded):
    for mission in Mission.objects.select_related("site__root_page"):
        about = mission.site.root_page.get_children().get(slug="about").specific
        images = [block.value for block in about.body if block.block_type == "image"]
        assert images, mission
        for value in images:
            assert value["alt_text"]
            assert value["image"].collection_id == mission.collection_id


def test_upcoming_event_that_has_passed_is_moved_ahead_on_the_next_run(seeded):
    event = EventPage.objects.filter(starts_at__gt=timezone.now()).first()
    event.starts_at = timezone.now() - datetime.timedelta(days=1)
    event.save()

    output = seed_demo()

    event.refresh_from_db()
    assert event.starts_at > timezone.now()
    assert "Nothing to do" not in output


def test_default_site_still_answers_on_the_loopback_address(seeded, client):
    response = client.get("/", HTTP_HOST=f"127.0.0.1:{PORT}", follow=True)

    assert response.status_code == 200


def test_refuses_to_run_without_debug_unless_forced(db, settings):
    settings.DEBUG = False
    before = row_counts()

    with pytest.raises(CommandError, match="only runs with DEBUG on"):
        call_command("seed_demo", stdout=StringIO())

    assert row_counts() == before

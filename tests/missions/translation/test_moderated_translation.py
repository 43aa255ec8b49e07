"""A webmaster's finished translation goes to the mission's moderators, like any page.

In wagtail-localize's translation editor a webmaster (who may not publish) gets
"Submit to <workflow>" instead of "Lock"; the moderator finds the translation on their
dashboard, approves it, and the translated page is live. "Stop Synced translation" and
"Convert to alias page" are the moderators'. Another mission's webmaster can do none of
it.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page, Revision, TaskState, WorkflowPage, WorkflowState

from missions.models import NewsItemPage
from missions.translation_moderation import ONLY_MODERATORS
from tests.missions.translation.conftest import FRANCE, client_for
from tests.missions.translation.helpers import (
    publish_translation,
    segments,
    start_translation,
    translate_all,
    translate_string,
)

pytestmark = pytest.mark.django_db

SUBMIT = "Submit to FRA moderation"
ENGLISH = {
    "Visite d'étudiants": "Students visit",
    "Quarante étudiants ont rencontré l'Ambassadeur.": "Forty students met the Ambassador.",
    "Une visite instructive.": "An instructive visit.",
}


def to_english(text):
    return ENGLISH.get(text, f"[en] {text}")


@pytest.fixture
def translation_en(news_fr, english, webmaster_client):
    """The webmaster's English translation of the French news item, every text translated."""
    translation = start_translation(webmaster_client, news_fr, english)
    translate_all(webmaster_client, translation, to_english)
    return translation


def page_of(translation):
    return NewsItemPage.objects.get(
        translation_key=translation.source.object_id, locale=translation.target_locale
    )


def editor(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def submit(client, translation):
    return client.post(reverse("missions_submit_translation", args=[translation.pk]))


def approve(client, page):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


def refused(response):
    """403, 404 or a redirect away: Wagtail's admin answers a PermissionDenied with the
    dashboard and "Sorry, you do not have permission", the locale middleware a 404 with
    a redirect. Each test also checks that nothing changed."""
    return response.status_code in (302, 403, 404)


def public(client, path):
    response = client.get(path, HTTP_HOST=FRANCE)
    return response.status_code, response.content.decode()


def test_webmaster_is_offered_submit_for_moderation_not_lock(translation_en, webmaster_client):
    html = editor(webmaster_client, page_of(translation_en))

    assert SUBMIT in html
    assert reverse("missions_submit_translation", args=[translation_en.pk]) in html
    # wagtail-localize's footer ("Lock", "Stop Synced translation", "Convert to alias
    # page") gives way to the mission's, which says why.
    assert "mission-translation-moderated" in html
    assert str(ONLY_MODERATORS).replace("'", "&#x27;") in html


def test_submit_then_moderator_approves_from_dashboard_and_translation_is_live(
    translation_en, webmaster_client, moderator_client, client
):
    page = page_of(translation_en)
    assert not page.live

    response = submit(webmaster_client, translation_en)

    assert response.status_code == 302
    page = page_of(translation_en)
    assert page.workflow_in_progress
    assert not page.live  # waits for the moderators
    assert "has been submitted for moderation" in editor(webmaster_client, page)
    # Once submitted, it waits: no second submission, a word on what happens next.
    html = editor(webmaster_client, page)
    assert SUBMIT not in html
    assert "Submitted for moderation" in html

    # The moderator's dashboard lists it, with Wagtail's "Approve" and the mission's panel.
    dashboard = moderator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert dashboard.count("Students visit") >= 2
    task_state = page.current_workflow_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    assert approve_url in dashboard

    assert approve(moderator_client, page).status_code == 302

    page = page_of(translation_en)
    assert page.live
    assert not page.workflow_in_progress
    status, html = public(client, "/en/news/visite-etudiants/")
    assert status == 200
    assert "Students visit" in html
    assert "Forty students met the Ambassador." in html


def test_submitting_leaves_the_live_translation_as_it_is_until_approved(
    translation_en, webmaster_client, moderator_client, client
):
    page = page_of(translation_en)
    publish_translation(moderator_client, page)
    segment = segments(translation_en).get(context__path="introduction")
    translate_string(webmaster_client, translation_en, segment, "Forty-two students came.")

    assert submit(webmaster_client, translation_en).status_code == 302

    _status, html = public(client, "/en/news/visite-etudiants/")
    assert "Forty students met the Ambassador." in html
    assert "Forty-two students came." not in html
    assert approve(moderator_client, page).status_code == 302
    _status, html = public(client, "/en/news/visite-etudiants/")
    assert "Forty-two students came." in html


def test_stop_and_convert_to_alias_are_the_moderators(
    translation_en, webmaster_client, moderator_client
):
    page = page_of(translation_en)
    stop = reverse("wagtail_localize:stop_translation", args=[translation_en.pk])
    convert = reverse("wagtail_localize:convert_to_alias", args=[page.pk])

    assert refused(webmaster_client.post(stop, {"next": "/admin/pages/"}))
    assert refused(webmaster_client.get(convert))
    assert refused(webmaster_client.post(convert))
    translation_en.refresh_from_db()
    assert translation_en.enabled
    assert page_of(translation_en).alias_of_id is None

    # The moderator keeps wagtail-localize's own footer, with both actions.
    html = editor(moderator_client, page)
    assert "mission-translation-moderated" not in html
    assert "stopTranslationUrl" in html
    assert moderator_client.get(convert).status_code == 200
    response = moderator_client.post(stop, {"next": "/admin/pages/"})
    assert response.status_code == 302
    assert response.url == "/admin/pages/"
    translation_en.refresh_from_db()
    assert not translation_en.enabled


def test_webmaster_of_another_mission_cannot_submit_this_translation(translation_en, webmaster_b):
    attacker = client_for(webmaster_b)
    page = page_of(translation_en)
    revisions = Revision.objects.filter(object_id=str(page.pk)).count()

    response = submit(attacker, translation_en)

    assert refused(response)
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()
    assert not TaskState.objects.filter(revision__object_id=str(page.pk)).exists()
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions
    assert not page_of(translation_en).live
    # Nor stop or convert it.
    stop = reverse("wagtail_localize:stop_translation", args=[translation_en.pk])
    assert refused(attacker.post(stop))
    translation_en.refresh_from_db()
    assert translation_en.enabled


def test_submitting_is_a_post(translation_en, webmaster_client):
    url = reverse("missions_submit_translation", args=[translation_en.pk])

    assert webmaster_client.get(url).status_code == 405
    assert not page_of(translation_en).workflow_in_progress


def test_a_page_with_no_workflow_cannot_be_submitted_and_nothing_changes(
    translation_en, webmaster_client
):
    """Workflows the Secretariat took away (the mission's and Wagtail's default):
    refused, never a 500."""
    WorkflowPage.objects.all().delete()
    page = page_of(translation_en)
    assert page.get_workflow() is None
    revisions = Revision.objects.filter(object_id=str(page.pk)).count()

    response = submit(webmaster_client, translation_en)

    assert refused(response)
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions

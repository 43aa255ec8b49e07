"""The moderation cycle of a mission: the webmaster writes, the mission's moderator publishes.

Everything goes through the admin as a person would use it: the add view, the
"Submit for moderation" button, the moderator's "Approve" action, then the public
site on the mission's own hostname.
"""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Page, TaskState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from missions.models import NewsItemPage
from tests.factories import UserFactory, section

TITLE = "The Permanent Representative meets the Secretary-General"
SLUG = "pr-meets-sg"


def news_item_form(**actions):
    """The add form of a news item as the admin posts it, with the button pressed."""
    return nested_form_data(
        {
            "title": TITLE,
            "slug": SLUG,
            "publication_date": datetime.date(2026, 3, 2).isoformat(),
            "introduction": "A meeting on the work of the General Assembly.",
            "body": streamfield(
                [("paragraph", rich_text("<p>The two discussed the coming session.</p>"))]
            ),
            "tags": "",
            **actions,
        }
    )


def add_news_item(client, mission, **actions):
    news_index = section(mission, "news")
    url = reverse("wagtailadmin_pages:add", args=["missions", "newsitempage", news_index.pk])
    response = client.post(url, news_item_form(**actions))
    assert response.status_code == 302, response.context and response.context["form"].errors
    return NewsItemPage.objects.get(slug=SLUG)


def approve_url(page):
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])


@pytest.fixture
def submitted_news_item(client, mission_a, webmaster_a):
    """A news item webmaster_a wrote and submitted to moderation through the admin."""
    client.force_login(webmaster_a)
    page = add_news_item(client, mission_a, **{"action-submit": "Submit to moderation"})
    client.logout()
    return page


def test_submitted_news_item_waits_for_the_moderator(submitted_news_item, mission_a):
    page = Page.objects.get(pk=submitted_news_item.pk)

    assert not page.live
    assert page.current_workflow_task_state.task.specific.groups.get() == (
        mission_a.moderators_group
    )


def test_moderator_approval_publishes_the_news_item_on_the_missions_site(
    client, submitted_news_item, moderator_a
):
    client.force_login(moderator_a)

    response = client.post(approve_url(submitted_news_item), {"comment": "Good to go."})

    assert response.status_code == 302
    page = Page.objects.get(pk=submitted_news_item.pk)
    assert page.live
    client.logout()
    public = client.get(f"/fr/news/{SLUG}/", headers={"host": "france.localhost"})
    assert public.status_code == 200
    assert TITLE in public.content.decode()


def test_news_item_is_not_on_the_public_site_before_approval(client, submitted_news_item):
    public = client.get(f"/fr/news/{SLUG}/", headers={"host": "france.localhost"})

    assert public.status_code == 404


def test_webmaster_cannot_publish_directly(client, mission_a, webmaster_a):
    client.force_login(webmaster_a)

    page = add_news_item(client, mission_a, **{"action-publish": "Publish"})

    assert not Page.objects.get(pk=page.pk).live
    assert not page.permissions_for_user(webmaster_a).can_publish()


def test_another_missions_moderator_cannot_approve(client, submitted_news_item, mission_b):
    moderator_b = UserFactory(username="moderator_b", groups=[mission_b.moderators_group])
    task_state = submitted_news_item.current_workflow_task_state
    client.force_login(moderator_b)

    response = client.post(approve_url(submitted_news_item), {"comment": "Approved by B."})

    assert response.status_code in (302, 403, 404)
    assert not Page.objects.get(pk=submitted_news_item.pk).live
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS

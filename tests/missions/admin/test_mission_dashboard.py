"""The webmaster's dashboard is their mission's, and the everyday paths are short.

The dashboard counts the mission's own pages and lists what awaits its moderators,
its drafts, its out-of-date translations and its latest edits, by whom: never another
mission's. The Secretariat keeps Wagtail's whole-install dashboard. In the explorer a
section opens its list of pages and "Add child page" has words; the moderator is offered
one publish action, and publishing says "published".
"""

import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation, TranslationSource

from missions.isolation.querysets import own_missions_pages
from tests.factories import NewsItemPageFactory, section

pytestmark = pytest.mark.django_db

HOME = reverse("wagtailadmin_home")


def dashboard(client, user):
    client.force_login(user)
    response = client.get(HOME)
    assert response.status_code == 200
    return response.content.decode()


def pages_count(html):
    """The "N Pages" of the dashboard's summary."""
    summary = BeautifulSoup(html, "html.parser").select_one(".w-summary")
    match = re.search(r"([\d,]+)\s+Pages?", summary.get_text(" "))
    return int(match.group(1).replace(",", ""))


def mission_panel(html):
    panel = BeautifulSoup(html, "html.parser").select_one("#mission-dashboard-section")
    return panel.get_text(" ", strip=True) if panel else None


def draft(mission, title):
    news = NewsItemPageFactory(parent=section(mission, "news"), title=title)
    news.title = f"{title} (edited)"
    news.save_revision()
    return news


def submitted(mission, title, user):
    news = NewsItemPageFactory(parent=section(mission, "news"), title=title, live=False)
    news.save_revision(user=user)
    news.get_workflow().start(news, user)
    return news


def out_of_date_translation(mission, title):
    """A published news item translated into the mission's second language, then changed."""
    news = NewsItemPageFactory(parent=section(mission, "news"), title=title)
    source, _created = TranslationSource.get_or_create_from_instance(news)
    locale = Locale.objects.get(language_code="en")
    translation = Translation.objects.create(source=source, target_locale=locale)
    translation.save_target(publish=True)
    news.introduction = "Changed after the translation."
    news.save_revision().publish()
    return news


@pytest.fixture
def mission_a_at_work(mission_a, mission_b, webmaster_a, webmaster_b):
    return {
        "draft_a": draft(mission_a, "Draft of France"),
        "submitted_a": submitted(mission_a, "Waiting in France", webmaster_a),
        "draft_b": draft(mission_b, "Draft of Kenya"),
        "submitted_b": submitted(mission_b, "Waiting in Kenya", webmaster_b),
    }


def test_dashboard_counts_only_the_users_missions_pages(client, webmaster_a, mission_a, mission_b):
    html = dashboard(client, webmaster_a)

    own = own_missions_pages(webmaster_a).exclude(depth=1).count()
    assert pages_count(html) == own
    assert own < Page.objects.exclude(depth=1).count()


def test_dashboard_lists_what_awaits_the_mission_and_its_drafts(
    client, webmaster_a, mission_a_at_work
):
    panel = mission_panel(dashboard(client, webmaster_a))

    assert "Permanent Mission of France" in panel
    assert "1 page awaiting moderation" in panel
    assert "Waiting in France" in panel
    assert "1 draft not yet published" in panel
    assert "Draft of France (edited)" in panel
    # The latest edits, and by whom.
    assert "Latest changes" in panel
    assert "webmaster_a" in panel


def test_attacker_sees_nothing_of_another_mission_on_the_dashboard(
    client, webmaster_b, mission_a_at_work
):
    html = dashboard(client, webmaster_b)

    assert "France" not in html
    assert "Waiting in France" not in html
    assert "Draft of France" not in html
    assert "webmaster_a" not in html
    panel = mission_panel(html)
    assert "Waiting in Kenya" in panel
    assert "Draft of Kenya (edited)" in panel


def test_moderator_dashboard_lists_the_missions_pages_awaiting_them(
    client, moderator_a, mission_a_at_work
):
    html = dashboard(client, moderator_a)

    waiting = mission_a_at_work["submitted_a"]
    task_state = Page.objects.get(pk=waiting.pk).current_workflow_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[waiting.pk, "approve", task_state.pk]
    )
    assert approve in html
    assert "Waiting in Kenya" not in html


def test_dashboard_lists_out_of_date_translations(client, webmaster_a, webmaster_b, mission_a):
    out_of_date_translation(mission_a, "Translated in France")

    panel = mission_panel(dashboard(client, webmaster_a))
    assert "1 translation out of date" in panel
    assert "Translated in France" in panel
    other_mission = mission_panel(dashboard(client, webmaster_b))
    assert "0 translations out of date" in other_mission
    assert "Translated in France" not in other_mission


def test_secretariat_keeps_the_whole_install_dashboard(client, superuser, mission_a_at_work):
    html = dashboard(client, superuser)

    assert mission_panel(html) is None
    assert pages_count(html) == Page.objects.exclude(depth=1).count()


def test_a_section_opens_its_list_of_pages_and_add_page_has_words(client, webmaster_a, mission_a):
    client.force_login(webmaster_a)
    home = mission_a.site.root_page
    news = section(mission_a, "news")

    html = client.get(reverse("wagtailadmin_explore", args=[home.pk])).content.decode()

    soup = BeautifulSoup(html, "html.parser")
    title = soup.select_one(f"#page_{news.pk}_title").find_parent("a")
    assert title["href"] == reverse("wagtailadmin_explore", args=[news.pk])
    listing = client.get(title["href"]).content.decode()
    add = BeautifulSoup(listing, "html.parser").find(
        "a", href=reverse("wagtailadmin_pages:add_subpage", args=[news.pk])
    )
    assert add.get_text(strip=True) == "Add child page"


def test_an_item_still_opens_its_edit_form(client, webmaster_a, mission_a):
    client.force_login(webmaster_a)
    news = section(mission_a, "news")
    item = NewsItemPageFactory(parent=news, title="An item")

    html = client.get(reverse("wagtailadmin_explore", args=[news.pk])).content.decode()

    title = BeautifulSoup(html, "html.parser").select_one(f"#page_{item.pk}_title")
    assert title.find_parent("a")["href"] == reverse("wagtailadmin_pages:edit", args=[item.pk])


def test_moderator_is_offered_one_publish_action_and_told_it_is_published(
    client, moderator_a, mission_a_at_work
):
    client.force_login(moderator_a)
    waiting = mission_a_at_work["submitted_a"]
    edit = reverse("wagtailadmin_pages:edit", args=[waiting.pk])

    html = client.get(edit).content.decode()
    footer = BeautifulSoup(html, "html.parser").select_one("footer")
    buttons = [
        b.get_text(" ", strip=True)
        for b in footer.select("button")
        if "w-dropdown__toggle" not in b.get("class", [])
    ]
    assert "Publish" not in buttons
    assert buttons[0] == "Approve and Publish"  # the footer's main button

    response = client.post(
        edit,
        {
            **page_form_data(waiting),
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
        },
        follow=True,
    )
    assert Page.objects.get(pk=waiting.pk).live
    text = " ".join(str(m) for m in response.context["messages"])
    assert "has been updated and published" in text
    assert "has been updated." not in text


def page_form_data(page):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "publication_date": page.publication_date.isoformat(),
            "introduction": page.introduction,
            "body": streamfield([("paragraph", rich_text("<p>Body.</p>"))]),
            "tags": "",
        }
    )

"""In a real browser: a webmaster's Arabic translation goes to the moderator, who
publishes it from their dashboard, both with the admin in French.

The webmaster translates a news item into Arabic in wagtail-localize's editor and uses
its "Submit to FRA moderation" (where the editor offered only "Lock"); the mission's
moderator logs in, finds it on their dashboard under "Awaiting your review" and approves
it; the public Arabic page shows it. The browser actions are counted so the path stays
short.
"""

import pytest
from wagtail.users.models import UserProfile

from missions.models import NewsItemPage
from tests.browser.conftest import admin_url, site_url
from tests.browser.test_translate_to_arabic import (
    ARABIC,
    CountingPage,
    log_in,
    translate_into_arabic,
)
from tests.factories import NewsItemPageFactory, UserFactory, make_mission, section

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Before this change (counted as this test counts, a goto, click or fill each) the path
# took 28 actions: the webmaster's 18 (log in 4, open the item 1, "Translate this page"
# 2, Arabic 2, three texts 9) with no way to hand the translation over; then the
# moderator, whose dashboard showed nothing, logged in (4), opened Pages (1), the Arabic
# home (1), the chevron of "News" (1, its title opened its edit form), the item (1) and
# "Publish in Arabic" (1); then the public page (1). Now: the webmaster's 18 and "Submit
# to FRA moderation" (1); the moderator logs in (4) and approves from the dashboard (2:
# the row's actions, "Approve"); the public page (1): 26.
ACTIONS_BEFORE = 28
MAX_ACTIONS = 26
# What the admin in French calls the buttons this test presses (the project's and
# wagtail-localize's catalogues).
FRENCH = {
    "Translate this page": "Traduire cette page",
    "Translate": "Traduire",
    "Save": "Enregistrer",
    "Lock": "Verrouiller",
    "Stop Synced translation": "Arrêter la synchronisation des traductions",
    "Submit to FRA moderation": "Soumettre à Modération (FRA)",
    "has been submitted for moderation": "a été soumise pour modération",
    "Approve": "Approuver",
}


def in_french(*users):
    for user in users:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "fr"
        profile.save()


def test_webmaster_submits_arabic_translation_moderator_publishes_it_from_dashboard(
    page, live_port, artifacts_dir
):
    mission = make_mission("FRA", "france.localhost", languages=("fr", "en", "ar"), port=live_port)
    webmaster = UserFactory(groups=[mission.editors_group])
    moderator = UserFactory(groups=[mission.moderators_group])
    in_french(webmaster, moderator)
    news = NewsItemPageFactory(
        parent=section(mission, "news"),
        title="Students visit the Mission",
        slug="students-visit",
        introduction="Forty students met the Ambassador.",
        body=[("paragraph", "<p>A lively exchange on climate.</p>")],
    )
    base = site_url("france.localhost", live_port).rstrip("/")
    admin = admin_url(live_port, "")
    browser = CountingPage(page)

    # The webmaster translates the news item into Arabic in the translation editor.
    log_in(browser, admin, webmaster.username)
    translate_into_arabic(browser, page, admin, news, words=FRENCH)
    page.wait_for_load_state("networkidle")  # the last text saved

    # ... and hands it to the moderators: the editor's main button, not "Lock".
    assert not page.get_by_role("button", name=FRENCH["Lock"]).is_visible()
    assert not page.get_by_role("button", name=FRENCH["Stop Synced translation"]).is_visible()
    page.screenshot(path=str(artifacts_dir / "translation-editor-of-a-webmaster.png"))
    browser.click(page.get_by_role("button", name=FRENCH["Submit to FRA moderation"]))
    page.get_by_text(FRENCH["has been submitted for moderation"]).wait_for()
    arabic_news = NewsItemPage.objects.get(
        translation_key=news.translation_key, locale__language_code="ar"
    )
    assert arabic_news.workflow_in_progress
    assert not arabic_news.live
    page.context.clear_cookies()

    # The moderator finds it on their dashboard and approves it there.
    log_in(browser, admin, moderator.username)
    row = page.locator("tr", has_text=ARABIC[news.title]).first
    browser.click(row.get_by_role("button", name="Actions"))
    with page.expect_navigation():
        browser.click(row.get_by_role("button", name=FRENCH["Approve"], exact=True))
    arabic_news.refresh_from_db()
    assert arabic_news.live

    # The public Arabic page shows it.
    browser.goto(f"{base}/ar/news/students-visit/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_role("heading", level=1).inner_text() == ARABIC[news.title]
    assert page.get_by_text(ARABIC["A lively exchange on climate."]).is_visible()
    page.screenshot(path=str(artifacts_dir / "moderated-translation-ar.png"), full_page=True)

    print(f"browser actions: {browser.actions} (before: {ACTIONS_BEFORE})")  # noqa: T201
    assert browser.actions <= MAX_ACTIONS < ACTIONS_BEFORE

"""In a real browser: a mission webmaster translates a news item into Arabic.

The webmaster opens the news item, uses the page's "Translate this page" action, picks
Arabic and translates each text in wagtail-localize's editor; the mission's moderator
publishes the translation (editors submit, moderators publish); the public Arabic page
is then served right to left. The browser actions are counted so the path stays short.
"""

import pytest

from missions.models import NewsItemPage
from tests.browser.conftest import admin_url, site_url
from tests.factories import PASSWORD, NewsItemPageFactory, UserFactory, make_mission, section

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Logging in twice, opening the page, the Translate action, three texts, publishing.
MAX_ACTIONS = 32

ARABIC = {
    "Students visit the Mission": "طلاب يزورون البعثة",
    "Forty students met the Ambassador.": "التقى أربعون طالبًا بالسفير.",
    "A lively exchange on climate.": "نقاش حيوي حول المناخ.",
}


class CountingPage:
    """Counts what the test does in the browser: every goto, click and fill."""

    def __init__(self, page):
        self.page = page
        self.actions = 0

    def goto(self, url):
        self.actions += 1
        return self.page.goto(url)

    def click(self, locator):
        self.actions += 1
        locator.click()

    def fill(self, locator, value):
        self.actions += 1
        locator.fill(value)


def log_in(browser, base, username):
    page = browser.page
    browser.goto(f"{base}/admin/login/")
    browser.fill(page.locator("#id_username"), username)
    browser.fill(page.locator("#id_password"), PASSWORD)
    browser.click(page.locator("button[type=submit]"))
    page.wait_for_url(f"{base}/admin/")


def translate_into_arabic(browser, page, admin, news, words=None):
    """The signed-in webmaster opens ``news`` and translates its texts into ARABIC.

    ``words``: the admin's words for the English ones here, when it speaks another language.
    """
    words = words or {}
    # The news item's "Translate this page" action.
    browser.goto(f"{admin}/admin/pages/{news.pk}/edit/")
    browser.click(page.locator("header [data-w-dropdown-target=toggle]").first)
    browser.click(
        page.get_by_role("link", name=words.get("Translate this page", "Translate this page"))
    )
    browser.click(page.get_by_label("العربية"))
    browser.click(page.locator("form button[type=submit], form input[type=submit]").last)

    # wagtail-localize's editor: each text gets "Translate", its Arabic, "Save".
    page.locator(".js-translation-editor").wait_for()
    for source, arabic in ARABIC.items():
        segment = page.locator("li", has_text=source).last
        browser.click(segment.get_by_role("button", name=words.get("Translate", "Translate")))
        browser.fill(segment.locator("textarea"), arabic)
        browser.click(segment.get_by_role("button", name=words.get("Save", "Save")))
        segment.get_by_text(arabic).wait_for()


def test_webmaster_translates_news_into_arabic_and_public_page_is_rtl(
    page, live_port, artifacts_dir
):
    mission = make_mission("FRA", "france.localhost", languages=("fr", "en", "ar"), port=live_port)
    webmaster = UserFactory(groups=[mission.editors_group])
    moderator = UserFactory(groups=[mission.moderators_group])
    news = NewsItemPageFactory(
        parent=section(mission, "news"),
        title="Students visit the Mission",
        slug="students-visit",
        introduction="Forty students met the Ambassador.",
        body=[("paragraph", "<p>A lively exchange on climate.</p>")],
    )
    base = site_url("france.localhost", live_port).rstrip("/")
    admin = admin_url(live_port, "")  # the admin is on its own host, not the mission's
    browser = CountingPage(page)

    log_in(browser, admin, webmaster.username)
    translate_into_arabic(browser, page, admin, news)

    arabic_news = NewsItemPage.objects.get(
        translation_key=news.translation_key, locale__language_code="ar"
    )
    page.context.clear_cookies()

    # The moderator publishes the translation from the same editor.
    log_in(browser, admin, moderator.username)
    browser.goto(f"{admin}/admin/pages/{arabic_news.pk}/edit/")
    browser.click(page.get_by_role("button", name="Publish in"))
    page.wait_for_load_state()
    arabic_news.refresh_from_db()
    assert arabic_news.live

    # The public Arabic page is right to left and in Arabic.
    browser.goto(f"{base}/ar/news/students-visit/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.get_by_role("heading", level=1).inner_text() == ARABIC[news.title]
    page.screenshot(path=str(artifacts_dir / "translated-news-item-ar.png"), full_page=True)

    print(f"browser actions: {browser.actions}")  # noqa: T201 (reported with -s)
    assert browser.actions <= MAX_ACTIONS

"""End to end, in a real browser: a webmaster writes news, a moderator publishes it.

The whole path a mission takes every day: log in, add a news item with an image,
submit it to moderation; the mission's moderator approves it; the public site shows it.
"""

import pytest
from PIL import Image

from missions.models import NewsItemPage
from tests.browser.conftest import admin_url, site_url
from tests.factories import PASSWORD, UserFactory, make_mission, section

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def log_in(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def log_out(page):
    page.context.clear_cookies()


def test_webmaster_writes_news_moderator_publishes_public_site_shows_it(
    page, live_port, tmp_path, artifacts_dir
):
    mission = make_mission("FRA", "france.localhost", languages=("fr", "en"), port=live_port)
    webmaster = UserFactory(groups=[mission.editors_group])
    moderator = UserFactory(groups=[mission.moderators_group])
    news_index = section(mission, "news")
    base = site_url("france.localhost", live_port).rstrip("/")
    admin = admin_url(live_port, "")  # the admin is on its own host, not the mission's
    photo = tmp_path / "students.png"
    Image.new("RGB", (800, 500), (31, 78, 121)).save(photo)

    # The webmaster writes the news item with an uploaded image and submits it.
    log_in(page, admin, webmaster.username)
    page.goto(f"{admin}/admin/pages/add/missions/newsitempage/{news_index.pk}/")
    page.get_by_placeholder("Page title*").fill("Students visit the Mission")
    page.locator("#id_introduction").fill("Forty students met the Ambassador.")
    page.locator("[data-streamfield-stream-container] button").first.click()
    page.get_by_role("option", name="Image").click()
    page.get_by_role("button", name="Choose an image").click()
    page.locator("#tab-label-upload").click()
    page.locator("#id_image-chooser-upload-file").set_input_files(str(photo))
    page.locator("#id_image-chooser-upload-title").fill("Students at the Mission")
    page.locator("#tab-upload button[type=submit]").click()
    page.get_by_text("Students at the Mission").wait_for()
    page.get_by_label("Alt text").fill("Students listening to the Ambassador")
    page.locator("footer [data-w-dropdown-target=toggle]").click()
    page.get_by_role("button", name="Submit to FRA moderation").click()
    page.get_by_text("created and submitted for moderation").wait_for()

    news = NewsItemPage.objects.get(title="Students visit the Mission")
    assert not news.live
    log_out(page)

    # The moderator of the same mission approves and publishes it.
    log_in(page, admin, moderator.username)
    page.goto(f"{admin}/admin/pages/{news.pk}/edit/")
    page.locator("footer [data-w-dropdown-target=toggle]").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    page.get_by_text("has been updated").wait_for()
    news.refresh_from_db()
    assert news.live
    log_out(page)

    # The public site shows it, with its image and alt text.
    page.goto(f"{base}/fr/news/")
    page.get_by_role("link", name="Students visit the Mission").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Students visit the Mission"
    image = page.get_by_role("img", name="Students listening to the Ambassador")
    assert image.is_visible()
    page.screenshot(path=str(artifacts_dir / "published-news-item.png"), full_page=True)

"""axe-core on what the project adds to the admin, on a webmaster's everyday path.

Wagtail's own admin is Wagtail's to keep accessible; the parts the project draws into it
are ours: the mission's dashboard panel, the explorer's list of a section's pages (its
title column is the project's template), and the translation editor's footer that hands
a translation to the moderators. Each is audited in French and in Arabic (right to left),
and none may have a serious or critical violation.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from missions.models import NewsItemPage
from tests.browser.conftest import admin_url
from tests.browser.test_translate_to_arabic import CountingPage, log_in
from tests.factories import NewsItemPageFactory, UserFactory, make_mission, section
from tests.missions.translation.helpers import start_translation

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BLOCKING_IMPACTS = {"serious", "critical"}


def blocking_violations(page, selector):
    page.locator(selector).first.wait_for()
    results = Axe().run(page, context={"include": [[selector]]})
    return [
        f"{violation['id']}: {violation['help']}: "
        + "; ".join(node["html"][:120] for node in violation["nodes"])
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_projects_parts_of_the_admin_have_no_serious_or_critical_axe_violation(
    page, live_port, language
):
    mission = make_mission("FRA", "france.localhost", languages=("fr", "ar"), port=live_port)
    webmaster = UserFactory(groups=[mission.editors_group])
    profile = UserProfile.get_for_user(webmaster)
    profile.preferred_language = language
    profile.save()
    news_section = section(mission, "news")
    news = NewsItemPageFactory(parent=news_section, title="Visite d'étudiants")
    news.save_revision()  # a draft on top of the live page, for the dashboard to list
    client = Client(headers={"host": f"localhost:{live_port}"})  # the admin's own host
    client.force_login(webmaster)
    start_translation(client, news, Locale.objects.get(language_code="ar"))
    arabic = NewsItemPage.objects.get(
        translation_key=news.translation_key, locale__language_code="ar"
    )
    admin = admin_url(live_port, "")

    log_in(CountingPage(page), admin, webmaster.username)
    failures = {}
    for what, path, selector in [
        ("the mission's dashboard", "/admin/", "#mission-dashboard-section"),
        ("a section's pages", f"/admin/pages/{news_section.pk}/", "table.listing"),
        (
            "the translation editor's footer",
            f"/admin/pages/{arabic.pk}/edit/",
            ".mission-translation-footer",
        ),
    ]:
        page.goto(f"{admin}{path}")
        if violations := blocking_violations(page, selector):
            failures[what] = violations

    assert failures == {}

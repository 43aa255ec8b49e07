"""In a real browser: the demo's override attack, replayed from the webmaster's own session.

Logged into the admin as mission A's webmaster, the attacker sends, from the translation
editor's page, the request the editor itself sends when an override is saved, with a
``javascript:`` link as its value. The link is not stored, and the public translated
page carries no such link.
"""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, SegmentOverride
from wagtail_localize.operations import TranslationCreator

from missions.models import NewsItemPage
from tests.browser.conftest import admin_url, site_url
from tests.factories import PASSWORD, NewsItemPageFactory, UserFactory, make_mission, section

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SCRIPT_LINK = "javascript:fetch('/admin/users/add/')"

PUT_OVERRIDE = """async ([url, value]) => {
    const csrf = document.cookie.split('; ').find(c => c.startsWith('csrftoken='));
    const response = await fetch(url, {
        method: 'PUT',
        headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'X-CSRFToken': csrf ? csrf.split('=')[1] : '',
        },
        body: new URLSearchParams({value}).toString(),
    });
    return response.status;
}"""


def test_script_link_cannot_be_stored_through_the_override_endpoint(page, live_port):
    mission = make_mission("FRA", "france.localhost", languages=("fr", "en"), port=live_port)
    webmaster = UserFactory(groups=[mission.editors_group])
    moderator = UserFactory(groups=[mission.moderators_group])
    news = NewsItemPageFactory(
        parent=section(mission, "news"),
        title="Visite",
        slug="visite",
        body=[
            (
                "call_to_action",
                {"text": "ONU", "button_label": "ONU", "page": None, "url": "https://un.org/"},
            )
        ],
    )
    english = Locale.objects.get(language_code="en")
    TranslationCreator(moderator, [english]).create_translations(news)
    translated = NewsItemPage.objects.get(translation_key=news.translation_key, locale=english)
    segment = OverridableSegment.objects.get(context__path__endswith=".url")
    translation = segment.source.translations.get(target_locale=english)

    page.goto(admin_url(live_port, "/admin/login/"))
    page.fill("#id_username", webmaster.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(admin_url(live_port))
    page.goto(admin_url(live_port, f"/admin/pages/{translated.pk}/edit/"))
    override_url = f"/admin/localize/translate/{translation.pk}/overrides/{segment.pk}/edit/"
    status = page.evaluate(PUT_OVERRIDE, [override_url, SCRIPT_LINK])

    assert status == 400
    assert not SegmentOverride.objects.filter(context=segment.context).exists()
    page.goto(site_url("france.localhost", live_port, "/en/news/visite/"))
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("a[href='https://un.org/']").count() == 1

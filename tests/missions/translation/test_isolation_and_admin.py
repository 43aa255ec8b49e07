"""Mission isolation over wagtail-localize's admin views, and the admin in Arabic."""

import io

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation as django_translation
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation

from tests.missions.translation.conftest import client_for
from tests.missions.translation.helpers import segments, start_translation, translate_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def translation_a(news_fr, english, webmaster_client):
    translation = start_translation(webmaster_client, news_fr, english)
    translate_all(webmaster_client, translation, lambda text: f"EN {text}")
    return translation


def fingerprint(translation):
    page = translation.get_target_instance()
    return (
        list(
            StringTranslation.objects.filter(context__object_id=translation.source.object_id)
            .order_by("pk")
            .values_list("pk", "data")
        ),
        Translation.objects.filter(source__object_id=translation.source.object_id).count(),
        page.latest_revision_id,
        page.live_revision_id,
        translation.source.__class__.objects.get(pk=translation.source.pk).last_updated_at,
    )


def refused(response):
    """403, 404, or a redirect away (Wagtail's "permission denied", or the locale
    middleware's redirect of a 404) -- and nothing of mission A in it."""
    return response.status_code in (302, 403, 404)


def test_webmaster_of_another_mission_cannot_touch_a_translation(
    translation_a, news_fr, mission_a, webmaster_b, english
):
    client = client_for(webmaster_b)
    page_en = translation_a.get_target_instance()
    segment = segments(translation_a).exclude(context__path="slug").first()
    before = fingerprint(translation_a)
    tid = translation_a.pk

    attempts = {
        "open translation editor": ("get", reverse("wagtailadmin_pages:edit", args=[page_en.pk])),
        "start a translation": (
            "post",
            reverse("wagtail_localize:submit_page_translation", args=[news_fr.pk]),
        ),
        "translate page form": (
            "get",
            reverse("wagtail_localize:submit_page_translation", args=[news_fr.pk]),
        ),
        "sync form": (
            "get",
            reverse("wagtail_localize:update_translations", args=[translation_a.source.pk]),
        ),
        "sync": (
            "post",
            reverse("wagtail_localize:update_translations", args=[translation_a.source.pk]),
        ),
        "download PO": ("get", reverse("wagtail_localize:download_pofile", args=[tid])),
        "upload PO": ("post", reverse("wagtail_localize:upload_pofile", args=[tid])),
        "machine translate": ("post", reverse("wagtail_localize:machine_translate", args=[tid])),
        "preview": ("get", reverse("wagtail_localize:preview_translation", args=[tid])),
        "stop translation": ("post", reverse("wagtail_localize:stop_translation", args=[tid])),
        "edit a string": (
            "put",
            reverse("wagtail_localize:edit_string_translation", args=[tid, segment.pk]),
        ),
        "convert to alias": (
            "post",
            reverse("wagtail_localize:convert_to_alias", args=[page_en.pk]),
        ),
    }
    data = {
        "post": {
            "locales": [english.pk],
            "publish_translations": "on",
            "file": io.BytesIO(b'msgid ""\nmsgstr ""\n'),
        },
        "get": {},
        "put": "value=Hijacked",
    }
    answers = {}
    for name, (method, url) in attempts.items():
        kwargs = {"content_type": "application/x-www-form-urlencoded"} if method == "put" else {}
        response = getattr(client, method)(url, data[method], **kwargs)
        answers[name] = response.status_code
        assert refused(response), (name, response.status_code)
        assert "EN Visite" not in response.content.decode(), name

    assert fingerprint(translation_a) == before, answers


def test_translations_report_of_another_mission_lists_nothing_of_this_one(
    translation_a, webmaster_b
):
    response = client_for(webmaster_b).get(
        reverse("wagtail_localize:translations_report"), follow=True
    )
    assert response.status_code == 200
    assert "Visite d" not in response.content.decode()


@pytest.fixture
def languages_of_other_missions(mission_b):
    """Swahili, which mission B has, and Spanish, a locale of the install no site has."""
    Locale.objects.get_or_create(language_code="es")
    return Locale.objects.filter(language_code__in=["sw", "es"])


def offered_locales(response):
    form = BeautifulSoup(response.content, "html.parser")
    return {int(box["value"]) for box in form.select('input[name="locales"]')}


def test_translate_page_offers_only_the_languages_of_own_missions_site(
    news_fr, english, languages_of_other_missions, webmaster_client
):
    response = webmaster_client.get(
        reverse("wagtail_localize:submit_page_translation", args=[news_fr.pk])
    )

    assert response.status_code == 200
    assert offered_locales(response) == {english.pk}


def test_webmaster_cannot_translate_a_page_into_another_missions_language(
    news_fr, languages_of_other_missions, webmaster_client
):
    swahili = languages_of_other_missions.get(language_code="sw")

    response = webmaster_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[news_fr.pk]),
        {"locales": [swahili.pk]},
    )

    assert response.status_code in (200, 403)  # the form again, with its error
    assert not Translation.objects.filter(source__object_id=news_fr.translation_key).exists()
    assert not Page.objects.filter(translation_key=news_fr.translation_key, locale=swahili).exists()


def test_secretariat_may_translate_a_page_into_any_language(
    news_fr, languages_of_other_missions, superuser
):
    response = client_for(superuser).get(
        reverse("wagtail_localize:submit_page_translation", args=[news_fr.pk])
    )

    offered = offered_locales(response)
    assert {locale.pk for locale in languages_of_other_missions} <= offered


def test_admin_is_offered_in_the_six_official_languages(settings):
    codes = [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES]
    assert sorted(codes) == sorted(["ar", "zh-hans", "en", "fr", "ru", "es"])


def test_user_who_picks_arabic_gets_the_admin_in_arabic(webmaster_a):
    client = client_for(webmaster_a)
    # The account page's form as the browser would send it, with Arabic picked.
    form = BeautifulSoup(client.get(reverse("wagtailadmin_account")).content, "html.parser")
    data = {}
    for field in form.select("form input[name], form select[name]"):
        if field.name == "select":
            chosen = field.select_one("option[selected]") or field.select_one("option")
            data[field["name"]] = chosen["value"] if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[field["name"]] = field.get("value", "on")
        elif field.get("type") != "file":
            data[field["name"]] = field.get("value", "")
    data.update({"name_email-first_name": "Amina", "name_email-last_name": "Diallo"})
    data["locale-preferred_language"] = "ar"
    response = client.post(reverse("wagtailadmin_account"), data)
    assert response.status_code in (200, 302)
    assert UserProfile.get_for_user(webmaster_a).preferred_language == "ar"

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    with django_translation.override("ar"):
        dashboard = django_translation.gettext("Dashboard")
    assert dashboard != "Dashboard"
    assert dashboard in html
    assert 'dir="rtl"' in html
    assert 'lang="ar"' in html

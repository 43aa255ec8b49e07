"""The translation workflow, start to end, through wagtail-localize's own views.

Translate a news item -> translate its strings in the editor -> a moderator publishes
the translation -> the source is edited and published again -> the translation is
marked out of date in its editor -> "Sync translated pages" -> the public translated
page shows the new content. Plus the PO file round trip, a deleted source page, the
site's translated name and footer line, and machine translation against a fake
LibreTranslate on 127.0.0.1.
"""

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import polib
import pytest
from django.contrib.auth.models import Permission
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from missions.models import MissionHomePage, NewsItemPage
from missions.translation import orphaned_translations, out_of_date_translations
from tests.missions.translation.conftest import FRANCE
from tests.missions.translation.helpers import (
    publish_translation,
    segments,
    start_translation,
    sync,
    translate_all,
    translate_string,
    translated,
)

pytestmark = pytest.mark.django_db

OUT_OF_DATE = "Out of date"


def to_english(text):
    return {
        "Visite d'étudiants": "Students visit",
        "Quarante étudiants ont rencontré l'Ambassadeur.": "Forty students met the Ambassador.",
        "Une visite instructive.": "An instructive visit.",
    }.get(text, f"[en] {text}")


def public(client, path):
    response = client.get(path, HTTP_HOST=FRANCE)
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


def english_page(news_fr, english):
    return NewsItemPage.objects.get(translation_key=news_fr.translation_key, locale=english)


def test_both_mission_groups_may_translate(mission_a):
    submit = Permission.objects.get(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    )
    for group in mission_a.groups:
        assert submit in group.permissions.all(), group


def test_translate_edit_publish_source_changes_out_of_date_sync_public_page(
    news_fr, english, webmaster_client, moderator_client, client
):
    # The webmaster translates the news item into English in the translation editor.
    translation = start_translation(webmaster_client, news_fr, english)
    translate_all(webmaster_client, translation, to_english)
    page_en = english_page(news_fr, english)
    editor = webmaster_client.get(reverse("wagtailadmin_pages:edit", args=[page_en.pk]))
    assert editor.status_code == 200
    assert "js-translation-editor" in editor.content.decode()
    assert OUT_OF_DATE not in editor.content.decode()

    # Editors submit, moderators publish: the moderator publishes the translation.
    publish_translation(moderator_client, page_en)
    html = public(client, "/en/news/visite-etudiants/")
    assert "Students visit" in html
    assert "Forty students met the Ambassador." in html

    # The source is edited and published again: the translation is now out of date.
    news_fr.refresh_from_db()
    news_fr.introduction = "Quarante-deux étudiants ont rencontré l'Ambassadeur."
    news_fr.save_revision().publish()
    assert list(out_of_date_translations()) == [translation]
    editor = webmaster_client.get(reverse("wagtailadmin_pages:edit", args=[page_en.pk]))
    content = editor.content.decode()
    assert OUT_OF_DATE in content
    assert reverse("wagtail_localize:update_translations", args=[translation.source.pk]) in content
    # The public page still serves the last published translation meanwhile.
    assert "Forty students met the Ambassador." in public(client, "/en/news/visite-etudiants/")

    # Sync brings the new source text in; the moderator publishes it with the sync.
    assert sync(moderator_client, translation.source).status_code == 302
    assert not out_of_date_translations().exists()
    html = public(client, "/en/news/visite-etudiants/")
    # Untranslated until a translator gets to it: the new sentence shows in the source
    # language, the strings translated before are kept.
    assert "Quarante-deux étudiants" in html
    assert "Students visit" in html
    assert "An instructive visit." in html
    editor = webmaster_client.get(reverse("wagtailadmin_pages:edit", args=[page_en.pk]))
    assert OUT_OF_DATE not in editor.content.decode()

    # Translating the new sentence and publishing completes the cycle.
    segment = segments(translation).get(context__path="introduction")
    translate_string(
        webmaster_client, translation, segment, "Forty-two students met the Ambassador."
    )
    publish_translation(moderator_client, page_en)
    assert "Forty-two students met the Ambassador." in public(client, "/en/news/visite-etudiants/")


def test_editor_cannot_publish_translations_through_sync(news_fr, english, webmaster_client):
    translation = start_translation(webmaster_client, news_fr, english)
    translate_all(webmaster_client, translation, to_english)
    page_en = english_page(news_fr, english)
    revision_before = page_en.live_revision_id

    assert sync(webmaster_client, translation.source, publish=True).status_code == 403
    # Syncing without publishing stays open to editors.
    assert sync(webmaster_client, translation.source, publish=False).status_code == 302
    page_en.refresh_from_db()
    assert page_en.live_revision_id == revision_before


def test_editor_cannot_publish_a_translation_in_the_editor(news_fr, english, webmaster_client):
    translation = start_translation(webmaster_client, news_fr, english)
    translate_all(webmaster_client, translation, to_english)
    page_en = english_page(news_fr, english)

    revision_before = page_en.live_revision_id

    response = webmaster_client.post(
        reverse("wagtailadmin_pages:edit", args=[page_en.pk]), {"action": "publish"}
    )

    # Wagtail answers "permission denied" with a redirect to the dashboard and a message.
    assert response.status_code in (302, 403)
    page_en.refresh_from_db()
    assert page_en.live_revision_id == revision_before


def test_po_file_export_then_import_round_trips(
    news_fr, english, webmaster_client, moderator_client, client
):
    translation = start_translation(webmaster_client, news_fr, english)
    page_en = english_page(news_fr, english)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page_en.pk])

    response = webmaster_client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert {entry.msgid for entry in po} >= {"Visite d'étudiants", "Une visite instructive."}
    for entry in po:
        if entry.msgctxt != "slug":  # the page keeps its address
            entry.msgstr = to_english(entry.msgid)

    response = webmaster_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": io.BytesIO(str(po).encode()), "next": edit_url},
    )
    assert response.status_code == 302
    assert response["Location"] == edit_url
    assert translated(translation, "title") == "Students visit"

    # Exported again, the file carries the imported translations.
    again = polib.pofile(
        webmaster_client.get(
            reverse("wagtail_localize:download_pofile", args=[translation.pk])
        ).content.decode()
    )
    assert {e.msgid: e.msgstr for e in again} == {e.msgid: e.msgstr for e in po}

    publish_translation(moderator_client, page_en)
    assert "An instructive visit." in public(client, "/en/news/visite-etudiants/")


def test_po_file_of_another_translation_is_refused(news_fr, english, mission_a, webmaster_client):
    translation = start_translation(webmaster_client, news_fr, english)
    home = mission_a.site.root_page
    other = Translation.objects.get(source__object_id=home.translation_key)
    po = polib.pofile(
        webmaster_client.get(
            reverse("wagtail_localize:download_pofile", args=[other.pk])
        ).content.decode()
    )
    for entry in po:
        entry.msgstr = "Hijacked"
    before = StringTranslation.objects.filter(translation_of__data="Hijacked").count()

    webmaster_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": io.BytesIO(str(po).encode()), "next": "/admin/"},
    )

    assert StringTranslation.objects.filter(data="Hijacked").count() == before


def test_deleted_source_leaves_a_working_page_and_the_admin_says_so(
    news_fr, english, webmaster_client, moderator_client, client
):
    translation = start_translation(webmaster_client, news_fr, english)
    translate_all(webmaster_client, translation, to_english)
    page_en = english_page(news_fr, english)
    publish_translation(moderator_client, page_en)

    Page.objects.get(pk=news_fr.pk).delete()
    assert list(orphaned_translations()) == [translation]

    # The public page is still served whole, from its own published content.
    html = public(client, "/en/news/visite-etudiants/")
    assert "Students visit" in html
    assert "An instructive visit." in html
    assert client.get("/fr/news/visite-etudiants/", HTTP_HOST=FRANCE).status_code == 404

    # The admin says the source is gone and opens the ordinary editor, which works.
    response = webmaster_client.get(reverse("wagtailadmin_pages:edit", args=[page_en.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "has been deleted" in content
    assert "js-translation-editor" not in content
    # Even after "Start Synced translation", which cannot work without a source.
    translation.refresh_from_db()
    assert not translation.enabled
    response = webmaster_client.post(
        reverse("wagtailadmin_pages:edit", args=[page_en.pk]),
        {"localize-restart-translation": "1"},
        follow=True,
    )
    assert response.status_code == 200
    assert "has been deleted" in response.content.decode()
    translation.refresh_from_db()
    assert not translation.enabled
    # "Sync translated pages" is not offered for a source that is gone.
    assert (
        reverse("wagtail_localize:update_translations", args=[translation.source.pk]) not in content
    )


def test_site_name_and_footer_line_are_translated_with_the_home_page(
    mission_a, webmaster_client, moderator_client, client
):
    home_fr = mission_a.site.root_page.specific
    home_fr.display_name = "Mission permanente de la France"
    home_fr.footer_text = "Site officiel de la Mission."
    home_fr.save_revision().publish()
    assert sync(moderator_client, _source_of(home_fr), publish=False).status_code == 302
    translation = Translation.objects.get(source__object_id=home_fr.translation_key)
    home_en = MissionHomePage.objects.get(
        translation_key=home_fr.translation_key, locale=translation.target_locale
    )
    paths = set(segments(translation).values_list("context__path", flat=True))
    assert {"display_name", "footer_text"} <= paths
    for segment in segments(translation).filter(context__path__in=["display_name", "footer_text"]):
        english = {
            "Mission permanente de la France": "Permanent Mission of France",
            "Site officiel de la Mission.": "The Mission's official website.",
        }[segment.string.data]
        translate_string(webmaster_client, translation, segment, english)
    publish_translation(moderator_client, home_en)

    for path, name, footer in [
        ("/fr/", "Mission permanente de la France", "Site officiel de la Mission."),
        ("/fr/news/", "Mission permanente de la France", "Site officiel de la Mission."),
        ("/en/", "Permanent Mission of France", "The Mission&#x27;s official website."),
        ("/en/news/", "Permanent Mission of France", "The Mission&#x27;s official website."),
    ]:
        html = public(client, path)
        header, footer_html = html.split("<header", 1)[1], html.split("<footer", 1)[1]
        assert name in header.split("</header>")[0], path
        assert footer in footer_html, path


def _source_of(page):
    from wagtail_localize.models import TranslationSource

    return TranslationSource.objects.get_for_instance(page)


class FakeLibreTranslate(BaseHTTPRequestHandler):
    """LibreTranslate's POST /translate: answers each string in upper case, tagged."""

    requests = []

    @staticmethod
    def translate(text, target):
        return f"[{target}] {text.upper()}"

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append((self.path, body))
        translated = [self.translate(text, body["target"]) for text in body["q"]]
        payload = json.dumps({"translatedText": translated}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate():
    FakeLibreTranslate.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_machine_translation_through_libretranslate(
    news_fr, english, webmaster_client, libretranslate
):
    translation = start_translation(webmaster_client, news_fr, english)
    page_en = english_page(news_fr, english)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page_en.pk])
    setting = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": libretranslate, "API_KEY": "test-key"},
    }

    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=setting):
        editor = webmaster_client.get(edit_url).content.decode()
        assert "LibreTranslate" in editor
        response = webmaster_client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]),
            {"next": edit_url},
        )

    assert response.status_code == 302
    [(path, body)] = FakeLibreTranslate.requests
    assert path == "/translate"
    assert (body["source"], body["target"], body["api_key"]) == ("fr", "en", "test-key")
    assert translated(translation, "title") == "[en] VISITE D'ÉTUDIANTS"
    machine = StringTranslation.objects.filter(
        locale=english, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    )
    assert machine.filter(tool_name="LibreTranslate").count() >= 3


def test_machine_translation_is_off_by_default(news_fr, english, webmaster_client, settings):
    translation = start_translation(webmaster_client, news_fr, english)

    response = webmaster_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk])
    )

    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None
    # 404 (which the locale middleware turns into a redirect to a page that is not found).
    assert response.status_code in (302, 404)
    assert not StringTranslation.objects.filter(locale=english).exists()

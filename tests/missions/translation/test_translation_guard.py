"""Attacks through wagtail-localize, as mission A's own webmaster would try them.

Reproduces the demo attack: on a French page of mission A that has an English
translation, the webmaster stores through the translation editor's endpoints another
mission's image, document and draft page, and ``javascript:`` links, then makes the
translation reach the public site (submit, sync, convert to alias). Every road must
refuse what the page editor would refuse, and nothing is published by a user who may
not publish.
"""

import inspect
import json
import threading
from http.server import ThreadingHTTPServer
from urllib.parse import urlencode

import polib
import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page, PageLogEntry
from wagtail_factories import DocumentFactory, ImageFactory
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    TranslationSource,
)

from missions.content_references import references_in_content
from missions.models import NewsItemPage
from tests.conftest import as_if_committed
from tests.factories import NewsItemPageFactory, RepresentativePageFactory, section
from tests.missions.translation.conftest import FRANCE, client_for
from tests.missions.translation.helpers import (
    publish_translation,
    segments,
    start_translation,
    translate_string,
)
from tests.missions.translation.test_workflow import FakeLibreTranslate

pytestmark = pytest.mark.django_db

SCRIPT_LINK = "javascript:fetch('/admin/users/add/')"
KENYA_MARK = "Bravotown"


@pytest.fixture
def kenya(mission_b, superuser):
    """Mission B's unpublished image, document and draft page: what A must never show."""
    image = ImageFactory(title=f"{KENYA_MARK} secret image", collection=mission_b.collection)
    document = DocumentFactory(
        title=f"{KENYA_MARK} secret document",
        collection=mission_b.collection,
        file=ContentFile(b"%PDF-1.4 secret", name="bravotown.pdf"),
    )
    draft = NewsItemPageFactory(
        parent=section(mission_b, "news"), title=f"{KENYA_MARK} draft", slug="bravotown-draft"
    )
    draft.unpublish()
    return {"image": image.pk, "document": document.pk, "page": draft.pk}


@pytest.fixture
def news_fr(mission_a):
    """A published French news item using every kind of overridable content."""
    own_image = ImageFactory(title="Alphaville image", collection=mission_a.collection)
    own_document = DocumentFactory(
        title="Alphaville document",
        collection=mission_a.collection,
        file=ContentFile(b"%PDF-1.4 own", name="alphaville.pdf"),
    )
    about = section(mission_a, "about")
    return NewsItemPageFactory(
        parent=section(mission_a, "news"),
        title="Visite d'étudiants",
        slug="visite-etudiants",
        body=[
            ("image", {"image": own_image, "alt_text": "Les étudiants", "caption": ""}),
            ("documents", {"title": "Documents", "documents": [own_document]}),
            (
                "call_to_action",
                {"text": "En savoir plus", "button_label": "Lire", "page": about, "url": ""},
            ),
            (
                "call_to_action",
                {
                    "text": "Le site de l'ONU",
                    "button_label": "ONU",
                    "page": None,
                    "url": "https://www.un.org/",
                },
            ),
            ("paragraph", '<p>Voir <a href="https://www.un.org/fr/">le site</a>.</p>'),
        ],
    )


@pytest.fixture
def translation(news_fr, english, moderator_a):
    """The English translation of the news item, published by the mission's moderator."""
    return start_translation(client_for(moderator_a), news_fr, english)


def overridable(translation, kind):
    """The overridable segment of the news item for ``kind`` of content."""
    found = OverridableSegment.objects.filter(source=translation.source).select_related("context")
    paths = {
        "image": lambda path: path.endswith(".image"),
        "document": lambda path: ".documents." in path,
        "page": lambda path: path.endswith(".page"),
        "url": lambda path: path.endswith(".url"),
        "rich text link": lambda path: "'" in path or "https" in path,
    }
    [segment] = [s for s in found if paths[kind](s.context.path)]
    return segment


def put_override(client, translation, segment, value):
    return client.put(
        reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )


def names_kenyas_objects(page, kenya):
    """Whether the live version of ``page`` names one of mission B's objects."""
    live = page.get_latest_revision_as_object() if not page.live else page
    named = references_in_content(type(live), {"body": live.body})["body"]
    ids = {str(object_id) for ids in named.values() for object_id in ids}
    return ids & {str(object_id) for object_id in kenya.values()}


def english_page(news_fr, english):
    return NewsItemPage.objects.get(translation_key=news_fr.translation_key, locale=english)


def public_english(client):
    response = client.get("/en/news/visite-etudiants/", HTTP_HOST=FRANCE)
    assert response.status_code == 200
    return response.content.decode()


ATTACKS = [
    ("image", "image"),
    ("document", "document"),
    ("page", "page"),
    ("url", SCRIPT_LINK),
    ("rich text link", SCRIPT_LINK),
]


@pytest.mark.parametrize(("kind", "value"), ATTACKS, ids=[kind for kind, _ in ATTACKS])
def test_override_naming_another_missions_content_or_a_script_link_is_refused(
    translation, kenya, webmaster_a, kind, value
):
    value = kenya.get(value, value)
    segment = overridable(translation, kind)

    response = put_override(client_for(webmaster_a), translation, segment, value)

    assert response.status_code == 400
    assert "error" in response.json()
    assert not SegmentOverride.objects.filter(context=segment.context).exists()


@pytest.mark.parametrize("kind", ["image", "document", "page"])
def test_override_with_the_missions_own_content_is_kept(translation, mission_a, webmaster_a, kind):
    own = {
        "image": ImageFactory(collection=mission_a.collection).pk,
        "document": DocumentFactory(collection=mission_a.collection).pk,
        "page": section(mission_a, "events").pk,
    }[kind]
    segment = overridable(translation, kind)

    response = put_override(client_for(webmaster_a), translation, segment, own)

    assert response.status_code in (200, 201)
    assert SegmentOverride.objects.get(context=segment.context).data == str(own)


def test_override_with_a_safe_address_is_kept(translation, webmaster_a):
    segment = overridable(translation, "url")

    response = put_override(client_for(webmaster_a), translation, segment, "https://un.org/en/")

    assert response.status_code in (200, 201)


def rich_text_segment(translation):
    return segments(translation).get(string__data__startswith="Voir")


def assert_no_script_reaches_the_public_page(moderator_a, news_fr, english, client):
    """The moderator publishes the translation; the public page carries no script."""
    publish_translation(client_for(moderator_a), english_page(news_fr, english))
    html = BeautifulSoup(public_english(client), "html.parser")
    # The page's structured data is a script element the browser never runs; what a
    # translation put in it stays data: valid JSON with no markup in it.
    for data in html.select('script[type="application/ld+json"]'):
        json.loads(data.string)
        assert "<" not in data.string
        data.decompose()
    page = str(html)
    for script in ("<script", "javascript:", "onerror"):
        assert script not in page


SCRIPTED_STRINGS = [
    f'See <a href="{SCRIPT_LINK}">the site</a>.',
    'See <a id="a1">the site</a><img src="x" onerror="alert(1)">.',
    'See <script>alert(1)</script><a id="a1">the site</a>.',
]


@pytest.mark.parametrize(
    "value", SCRIPTED_STRINGS, ids=["script link", "event handler", "script element"]
)
def test_translated_string_carrying_script_never_reaches_the_page(
    translation, webmaster_a, moderator_a, news_fr, english, client, value
):
    segment = rich_text_segment(translation)
    client_for(webmaster_a).put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )

    assert_no_script_reaches_the_public_page(moderator_a, news_fr, english, client)


def test_po_file_carrying_a_script_never_reaches_the_page(
    translation, webmaster_a, moderator_a, news_fr, english, client
):
    po = polib.pofile(str(translation.export_po()))
    for entry in po:
        if entry.msgctxt == "slug":
            entry.msgstr = entry.msgid
        else:
            entry.msgstr = SCRIPTED_STRINGS[2] if "Voir" in entry.msgid else f"[en] {entry.msgid}"
    edit_url = reverse("wagtailadmin_pages:edit", args=[english_page(news_fr, english).pk])

    response = client_for(webmaster_a).post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": ContentFile(str(po).encode(), name="news.po"), "next": edit_url},
    )

    assert response.status_code == 302
    assert_no_script_reaches_the_public_page(moderator_a, news_fr, english, client)


class ScriptingTranslator(FakeLibreTranslate):
    """A LibreTranslate on 127.0.0.1 that answers every string with a script in it."""

    @staticmethod
    def translate(text, target):
        return f"<script>alert(1)</script>{text}"


@pytest.fixture
def scripting_translator():
    server = ThreadingHTTPServer(("127.0.0.1", 0), ScriptingTranslator)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": f"http://127.0.0.1:{server.server_address[1]}",
            "API_KEY": "",
        },
    }
    server.shutdown()
    server.server_close()


def test_machine_translation_carrying_a_script_never_reaches_the_page(
    translation, webmaster_a, moderator_a, news_fr, english, client, scripting_translator
):
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=scripting_translator):
        response = client_for(webmaster_a).post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]),
            {"next": "/admin/"},
        )

    assert response.status_code == 302
    assert_no_script_reaches_the_public_page(moderator_a, news_fr, english, client)


def store_override_behind_the_editors_back(translation, kind, value):
    """A hostile override already in the database (as before these checks existed)."""
    segment = overridable(translation, kind)
    SegmentOverride.objects.update_or_create(
        locale=translation.target_locale,
        context=segment.context,
        defaults={"data_json": json.dumps(str(value))},
    )


@pytest.mark.parametrize(("kind", "value"), ATTACKS, ids=[kind for kind, _ in ATTACKS])
def test_sync_never_publishes_a_stored_hostile_override(
    translation, kenya, moderator_a, news_fr, english, client, kind, value
):
    store_override_behind_the_editors_back(translation, kind, kenya.get(value, value))

    response = client_for(moderator_a).post(
        reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
        {"publish_translations": "on"},
    )

    assert response.status_code in (200, 302)
    page = public_english(client)
    assert "javascript:" not in page
    assert not names_kenyas_objects(english_page(news_fr, english), kenya)


@pytest.mark.parametrize(("kind", "value"), ATTACKS, ids=[kind for kind, _ in ATTACKS])
def test_preview_of_a_stored_hostile_override_is_refused(
    translation, kenya, webmaster_a, kind, value
):
    store_override_behind_the_editors_back(translation, kind, kenya.get(value, value))

    response = client_for(webmaster_a).get(
        reverse("wagtail_localize:preview_translation", args=[translation.pk])
    )

    assert response.status_code == 400
    assert KENYA_MARK not in response.content.decode()


def test_convert_to_alias_then_submit_publishes_nothing_hostile(
    translation, kenya, webmaster_a, news_fr, english, client
):
    store_override_behind_the_editors_back(translation, "image", kenya["image"])
    store_override_behind_the_editors_back(translation, "rich text link", SCRIPT_LINK)
    webmaster = client_for(webmaster_a)
    page_en = english_page(news_fr, english)

    webmaster.post(reverse("wagtail_localize:convert_to_alias", args=[page_en.pk]))
    webmaster.post(
        reverse("wagtail_localize:submit_page_translation", args=[news_fr.pk]),
        {"locales": [english.pk]},
    )

    page = public_english(client)
    assert "javascript:" not in page
    assert not names_kenyas_objects(english_page(news_fr, english), kenya)


# --- Publishing: only those who may publish --------------------------------------------


def test_webmasters_translation_of_a_live_page_is_left_a_draft(
    news_fr, english, webmaster_a, client
):
    start_translation(client_for(webmaster_a), news_fr, english)

    page_en = english_page(news_fr, english)
    assert not page_en.live
    assert page_en.latest_revision is not None
    assert not PageLogEntry.objects.filter(page=page_en, action="wagtail.publish").exists()
    assert client.get("/en/news/visite-etudiants/", HTTP_HOST=FRANCE).status_code == 404


def test_moderators_translation_of_a_live_page_is_published(news_fr, english, moderator_a):
    start_translation(client_for(moderator_a), news_fr, english)

    assert english_page(news_fr, english).live


UNMODERATED = "Unmoderated title"


def test_webmasters_change_to_a_live_translation_is_left_a_draft(
    translation, news_fr, english, webmaster_a, client
):
    """wagtail-localize saves a draft of an existing live page by writing the live row
    (wagtail/wagtail-localize#463): the guard's demotion to a draft must not publish."""
    webmaster = client_for(webmaster_a)
    translate_string(
        webmaster, translation, segments(translation).get(context__path="title"), UNMODERATED
    )

    with as_if_committed():
        translation.source.create_or_update_translation(
            english, user=webmaster_a, publish=True, fallback=True
        )

    page_en = english_page(news_fr, english)
    assert page_en.live
    assert page_en.title == "Visite d'étudiants"
    assert page_en.has_unpublished_changes
    assert page_en.get_latest_revision_as_object().title == UNMODERATED
    assert UNMODERATED not in public_english(client)


def test_webmasters_translation_over_a_live_alias_waits_for_the_moderators(
    translation, news_fr, english, moderator_a, webmaster_a, client
):
    """The moderators turned the English page into a copy of the French one; the
    webmaster's new translation replaces it on the public site only once approved."""
    webmaster = client_for(webmaster_a)
    translate_string(
        webmaster, translation, segments(translation).get(context__path="title"), UNMODERATED
    )
    page_en = english_page(news_fr, english)
    client_for(moderator_a).post(reverse("wagtail_localize:convert_to_alias", args=[page_en.pk]))
    assert english_page(news_fr, english).alias_of_id == news_fr.pk

    start_translation(webmaster, news_fr, english)

    page_en = english_page(news_fr, english)
    assert page_en.live
    assert page_en.alias_of_id is None
    assert page_en.title == "Visite d'étudiants"
    assert page_en.get_latest_revision_as_object().title == UNMODERATED
    assert UNMODERATED not in public_english(client)
    assert not PageLogEntry.objects.filter(
        page=page_en, action="wagtail.publish", user=webmaster_a
    ).exists()


def test_webmaster_cannot_publish_through_sync(translation, webmaster_a):
    response = client_for(webmaster_a).post(
        reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
        {"publish_translations": "on"},
    )

    assert response.status_code == 403


def test_a_script_with_no_user_still_publishes(news_fr, english):
    """Management commands and data migrations (no user) keep wagtail-localize's behaviour."""
    source, _created = TranslationSource.get_or_create_from_instance(news_fr)

    with as_if_committed():
        source.create_or_update_translation(english, user=None, publish=True, fallback=True)

    assert english_page(news_fr, english).live


def test_the_publish_guard_wraps_the_method_wagtail_localize_still_has():
    """Fails on a wagtail-localize upgrade that renames or reshapes the wrapped method."""
    from missions import translation_guard

    method = TranslationSource.create_or_update_translation
    assert getattr(method, "publish_guard", False)
    wrapped = inspect.signature(method.__wrapped__).parameters
    assert tuple(wrapped) == translation_guard.WRAPPED_SIGNATURE


def test_page_form_refuses_a_script_link_in_rich_text_for_the_secretariat_too(news_fr, superuser):
    page = Page.objects.get(pk=news_fr.pk).specific
    page.body = [("paragraph", f'<p><a href="{SCRIPT_LINK}">x</a></p>')]

    with pytest.raises(Exception, match="javascript"):
        page.save_revision(user=superuser)


def test_override_of_a_synchronised_field_naming_another_missions_image_is_refused(
    mission_a, kenya, english, moderator_a, webmaster_a
):
    """The Representative's photo is a field copied to each translation, and overridable."""
    representative = RepresentativePageFactory(
        parent=mission_a.site.root_page,
        photo=ImageFactory(collection=mission_a.collection),
    )
    translation = start_translation(client_for(moderator_a), representative, english)
    segment = OverridableSegment.objects.get(source=translation.source, context__path="photo")

    response = put_override(client_for(webmaster_a), translation, segment, kenya["image"])

    assert response.status_code == 400
    assert not SegmentOverride.objects.filter(context=segment.context).exists()

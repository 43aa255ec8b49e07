"""In a real browser: a mission webmaster whose admin is in French, then in Arabic, meets
no English message of the project on the everyday path.

The path: the dashboard, the page explorer of their site, the choice of a page type, the
form of a new news item, the form of a news item with every block (its block menu, its
tabs, its status panel and its "Submit to ..." menu open), the form of a statement, the
translation editor of a translated page that is out of date, the mission settings, the
images and the form to add one. On each page, no message of the project's own code
(cms/, missions/, templates/: the entries of locale/ that come from there) may show in
English in the visible text; the text of each page is left in test-artifacts/ to read.

The translation editor also shows words wagtail-localize writes in English whatever
the admin's language: the heading of each tab ("Français to العربية translation"), the
hidden label of its menus ("More actions") and the month of the date a string was
translated. Those are checked there, in both languages.
"""

import datetime
import json
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.test import override_settings
from django.utils.text import capfirst
from django.utils.translation import to_locale
from wagtail.models import Locale, Page, PageLogEntry
from wagtail.users.models import UserProfile
from wagtail_factories import DocumentFactory, ImageFactory
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from missions.models import Mission, NewsItemPage
from tests.browser.conftest import admin_url, committed_for_the_module
from tests.factories import (
    PASSWORD,
    NewsItemPageFactory,
    StatementPageFactory,
    UserFactory,
    make_mission,
    section,
)

pytestmark = pytest.mark.django_db

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
PROJECT_CODE = ("cms/", "missions/", "templates/")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
# What a placeholder stands for when shown: a name or a number ("FRA", "France", "3").
NAME_OR_NUMBER = r"[A-Z0-9]\S*"

# Messages whose translation is the very same word: seeing them proves nothing either way.
SAME_WORD = {
    "fr": {
        # French spells these as English does.
        "Code",
        "Contact",
        "Document",
        "Documents",
        "Image",
        "Page",
        "Pages",
        "Port",
        "Session",
        "Site",
        "collection",
        "introduction",
        "logo",
        "mission",
        "missions",
        "Missions",
        "photo",
        "session",
        "site",
        "workflow",  # Wagtail's French says "workflow" too
    },
    # Arabic shares no word with English. "%(mission)s: %(created)s." is all placeholders.
    "ar": {"%(mission)s: %(created)s."},
}
# The mission's own content is in French and Arabic: the English titles provisioning gives
# its pages would be content, not interface. No French title holds a word that French
# shares with English ("Mission"): the Arabic admin shows French titles too.
TITLES = {
    "": (
        "Représentation permanente de la France auprès des Nations Unies",
        "البعثة الدائمة لفرنسا",
    ),
    "about": ("À propos", "نبذة عنا"),
    "news": ("Actualités", "الأخبار"),
    "statements": ("Déclarations", "البيانات"),
    "events": ("Événements", "الفعاليات"),
    "contact": ("Nous joindre", "اتصل بنا"),
}


def title_in_french_and_arabic(mission):
    """Retitle the pages provisioning made, as if made with these titles (and logged so)."""
    home = mission.site.root_page
    for slug, titles in TITLES.items():
        page = home if not slug else home.get_children().get(slug=slug)
        for language, title in zip(("fr", "ar"), titles, strict=True):
            translation = page.get_translation(Locale.objects.get(language_code=language))
            Page.objects.filter(pk=translation.pk).update(title=title, draft_title=title)
            PageLogEntry.objects.filter(page=translation).update(label=title)


def body_with_every_block(image, document, page):
    return json.dumps(
        [
            {"type": "heading", "value": {"text": "La visite", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Quarante élèves ont rencontré l'Ambassadeur.</p>"},
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "Des élèves", "caption": "La classe"},
            },
            {"type": "quote", "value": {"quote": "Merci !", "attribution": "Une élève"}},
            {"type": "documents", "value": {"title": "À lire", "documents": [document.pk]}},
            {"type": "embed", "value": {"url": "https://webtv.un.org/", "caption": ""}},
            {
                "type": "call_to_action",
                "value": {"text": "Venez", "button_label": "Voir", "page": page.pk, "url": ""},
            },
            {
                "type": "table",
                "value": {
                    "data": [["Jour", "Lieu"], ["Lundi", "New York"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "",
                },
            },
        ]
    )


@pytest.fixture(scope="module")
def french_mission(django_db_setup, django_db_blocker, module_media_root):
    with (
        committed_for_the_module(django_db_blocker) as port,
        # The admin answers on its own hostname only (cms.admin_origin): the server's.
        override_settings(WAGTAILADMIN_BASE_URL=admin_url(port, "").rstrip("/")),
    ):
        mission = make_mission("FRA", "france.localhost", languages=("fr", "ar"), port=port)
        title_in_french_and_arabic(mission)
        home = mission.site.root_page.specific
        image = ImageFactory(collection=mission.collection, title="Élèves")
        document = DocumentFactory(collection=mission.collection, title="Programme")
        news = NewsItemPageFactory(
            parent=section(mission, "news"),
            title="Une classe en visite",
            slug="eleves",
            introduction="Quarante élèves ont rencontré l'Ambassadeur.",
            body=body_with_every_block(image, document, home),
        )
        statement = StatementPageFactory(
            parent=section(mission, "statements"),
            title="Déclaration sur le développement durable",
            slug="developpement-durable",
            introduction="Déclaration de la France.",
            session="81e session",
            agenda_item="Point 18",
            speaker="L'Ambassadeur",
        )
        arabic = Locale.objects.get(language_code="ar")
        TranslationCreator(user=None, target_locales=[arabic]).create_translations(news)
        translate_the_title_on_2_march(news, arabic)
        # The French original changes after its translation: the editor says "out of date".
        news.introduction = "Quarante élèves et leurs professeurs."
        news.save_revision().publish()
        for language in SAME_WORD:
            user = UserFactory(username=f"webmaster-{language}", groups=[mission.editors_group])
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
        yield {"port": port, "mission": mission.pk, "news": news.pk, "statement": statement.pk}


def translate_the_title_on_2_march(page, locale):
    """The title of the translation of ``page`` translated by hand, on 2 March 2026."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        locale=locale,
        context=title.context,
        data="صف في زيارة",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    StringTranslation.objects.filter(translation_of=title.string, locale=locale).update(
        updated_at=datetime.datetime(2026, 3, 2, 17, 0, tzinfo=datetime.UTC)
    )


def project_messages(language):
    """The project's own messages (English) that show in English when untranslated."""
    catalogue = polib.pofile(str(LOCALE_DIR / to_locale(language) / "LC_MESSAGES" / "django.po"))
    return [
        entry.msgid
        for entry in catalogue
        if entry.msgid not in SAME_WORD[language]
        and any(path.startswith(PROJECT_CODE) for path, _line in entry.occurrences)
    ]


def as_shown(message):
    """A pattern for a message as a whole, anywhere, its placeholders filled in."""
    literal = re.sub(r"<[^>]+>", "", message)  # the visible text of a message with a link
    pieces = [re.escape(piece) for piece in PLACEHOLDER.split(literal)]
    return re.compile(r"(?<!\w)" + NAME_OR_NUMBER.join(pieces) + r"(?!\w)")


def english_in(text, messages):
    return sorted(
        message
        for message in messages
        for form in {message, capfirst(message)}
        if PLACEHOLDER.sub("", message).strip(" .:") and as_shown(form).search(text)
    )


def visible_text(page):
    return page.evaluate("document.body.innerText")


def log_in(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")


def everyday_path(page, base, world):
    """(name, visible text) of each step of a webmaster's everyday path through the admin."""
    mission = Mission.objects.select_related("site").get(pk=world["mission"])
    home = mission.site.root_page
    news_index = section(mission, "news")
    arabic_news = NewsItemPage.objects.get(pk=world["news"]).get_translation(
        Locale.objects.get(language_code="ar")
    )
    steps = [
        ("dashboard", "/admin/"),
        ("explorer", f"/admin/pages/{home.pk}/"),
        ("news-explorer", f"/admin/pages/{news_index.pk}/"),
        ("page-types", f"/admin/pages/{home.pk}/add_subpage/"),
        ("add-news-item", f"/admin/pages/add/missions/newsitempage/{news_index.pk}/"),
        ("edit-statement", f"/admin/pages/{world['statement']}/edit/"),
        ("translation-editor", f"/admin/pages/{arabic_news.pk}/edit/"),
        ("mission-settings", f"/admin/settings/missions/missionsettings/{mission.site.pk}/"),
        ("images", "/admin/images/"),
        ("add-image", "/admin/images/add/"),
    ]
    for name, path in steps:
        page.goto(f"{base}{path}")
        page.wait_for_load_state("networkidle")
        yield name, visible_text(page)

    # The news item's form, with what a click opens: the menu of blocks, the other tab,
    # the status panel, the menu with "Submit to ...".
    page.goto(f"{base}/admin/pages/{world['news']}/edit/")
    page.wait_for_load_state("networkidle")
    yield "edit-news-item", visible_text(page)
    page.locator("button.c-sf-add-button").first.click()
    yield "edit-news-item-block-menu", visible_text(page)
    page.keyboard.press("Escape")
    for tab in page.locator("[role=tab]").all()[1:]:
        tab.click()
        yield "edit-news-item-other-tab", visible_text(page)
    page.locator("[data-side-panel-toggle=status]").click()
    yield "edit-news-item-status", visible_text(page)
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    yield "edit-news-item-actions", visible_text(page)


@pytest.mark.parametrize("language", SAME_WORD)
def test_the_admin_shows_no_english_message_of_the_project(
    page, french_mission, language, artifacts_dir
):
    base = admin_url(french_mission["port"], "").rstrip("/")
    messages = project_messages(language)
    log_in(page, base, f"webmaster-{language}")
    folder = artifacts_dir / f"admin-in-{language}"
    folder.mkdir(exist_ok=True)
    english = {}
    for number, (step, text) in enumerate(everyday_path(page, base, french_mission)):
        (folder / f"{number:02}-{step}.txt").write_text(text)
        found = english_in(text, messages)
        if found:
            english[f"{number:02}-{step}"] = found

    assert english == {}


# The translation editor's words wagtail-localize writes in English, as the editor should
# read them: the heading of a tab (the languages by their own names), the label of a
# menu, the date the title was translated.
TRANSLATION_EDITOR_WORDS = {
    "fr": ("Traduction de Français vers العربية", "Plus d'actions", "2 mars 2026"),
    "ar": ("الترجمة من Français إلى العربية", "إجراءات أخرى", "2 مارس"),
}


@pytest.mark.parametrize("language", TRANSLATION_EDITOR_WORDS)
def test_the_translation_editor_writes_its_headings_menus_and_dates_in_the_editors_language(
    page, french_mission, language
):
    base = admin_url(french_mission["port"], "").rstrip("/")
    arabic_news = NewsItemPage.objects.get(pk=french_mission["news"]).get_translation(
        Locale.objects.get(language_code="ar")
    )
    log_in(page, base, f"webmaster-{language}")
    page.goto(f"{base}/admin/pages/{arabic_news.pk}/edit/")
    page.wait_for_load_state("networkidle")
    editor = page.locator(".js-translation-editor")
    heading, menu_label, date = TRANSLATION_EDITOR_WORDS[language]
    headings = set(editor.locator("section h3").all_inner_texts())
    menu_labels = set(editor.locator(".w-sr-only").all_text_contents())
    text = editor.inner_text()

    assert {
        "tab headings": headings & {heading, "Français to العربية translation"},
        "menu labels": menu_labels & {menu_label, "More actions"},
        "date": date in text,
        "English month": "March" in text,
    } == {
        "tab headings": {heading},
        "menu labels": {menu_label},
        "date": True,
        "English month": False,
    }

"""The words of the interface (menus, buttons, headings) are translated into every
language a site can have, and the compiled catalogues Django reads are up to date."""

import ast
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale
from django.utils.translation.template import templatize

from tests.missions.languages.conftest import HOST, parse

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
CATALOGUES = sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))
SOURCE_LANGUAGE = "en"
# The public templates and the Python code whose strings visitors see.
TEMPLATE_DIR = Path(settings.BASE_DIR) / "templates"
PUBLIC_PYTHON = [Path(settings.BASE_DIR) / app for app in ("cms", "missions", "sites", "api")]
# gettext('...') and ngettext('...', ...) as Django's templatize() writes the template tags.
GETTEXT_CALL = re.compile(
    r"\b(?:n?gettext|pgettext|_)\(\s*(u?'(?:[^'\\]|\\.)*'|u?\"(?:[^\"\\]|\\.)*\")"
)
GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy"}


def catalogue_id(path):
    return path.parts[-3]


def template_strings():
    for template in TEMPLATE_DIR.rglob("*.html"):
        for literal in GETTEXT_CALL.findall(templatize(template.read_text(), origin=str(template))):
            yield ast.literal_eval(literal.removeprefix("u"))


def python_strings():
    for folder in PUBLIC_PYTHON:
        for module in folder.rglob("*.py"):
            if "migrations" in module.parts:
                continue
            for node in ast.walk(ast.parse(module.read_text())):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "id", None) in GETTEXT_NAMES
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    yield node.args[0].value


def messages(catalogue):
    """msgid -> translation(s) of every entry Django would use."""
    return {
        entry.msgid: entry.msgstr
        or tuple(entry.msgstr_plural[key] for key in sorted(entry.msgstr_plural, key=int))
        for entry in catalogue
        if entry.msgid and not entry.obsolete and "fuzzy" not in entry.flags
    }


def test_every_language_of_the_sites_has_a_catalogue():
    expected = {to_locale(code) for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE}
    assert {catalogue_id(path) for path in CATALOGUES} == expected


@pytest.mark.parametrize("po_path", CATALOGUES, ids=catalogue_id)
def test_catalogue_translates_every_string_of_the_interface(po_path):
    catalogue = polib.pofile(str(po_path))
    wanted = set(template_strings()) | set(python_strings())
    untranslated = {entry.msgid for entry in catalogue if not entry.translated()}
    missing = wanted - {entry.msgid for entry in catalogue}
    # If this fails after a template change: `make messages`, translate, commit the .po and .mo.
    assert (missing, untranslated) == (set(), set())


@pytest.mark.parametrize("po_path", CATALOGUES, ids=catalogue_id)
def test_compiled_catalogue_is_up_to_date(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run `make messages`"
    assert messages(polib.mofile(str(mo_path))) == messages(polib.pofile(str(po_path)))


INTERFACE = {
    "ar": {
        "skip": "الانتقال إلى المحتوى الرئيسي",
        "home": "الرئيسية",
        "search": "بحث",
        "security_council": "مجلس الأمن",
    },
    "zh-hans": {
        "skip": "跳到主要内容",
        "home": "首页",
        "search": "搜索",
        "security_council": "安全理事会",
    },
    "ru": {
        "skip": "Перейти к основному содержанию",
        "home": "Главная",
        "search": "Поиск",
        "security_council": "Совет Безопасности",
    },
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", INTERFACE)
def test_pages_speak_the_language_of_their_address(client, un_mission, language):
    html = parse(client.get(f"/{language}/statements/", HTTP_HOST=HOST))
    shown = {
        "skip": html.select_one(".skip-link").get_text(strip=True),
        "home": html.select_one(".main-nav a").get_text(strip=True),
        "search": html.select_one(".site-search button").get_text(strip=True),
        "security_council": html.select_one('#filter-body option[value="SC"]').get_text(strip=True),
    }
    assert shown == INTERFACE[language]

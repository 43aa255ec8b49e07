"""The translation editor says when a string was translated in the editor's language.

wagtail-localize writes the date with an English month whatever the admin's language
("Traduit manuellement le 2 March 2026"); missions.translation_editor_dates writes it
as Django does in the editor's language. Checked on the editor's own page, as the
webmaster's browser receives it.
"""

import datetime
import html
import json
import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

from tests.factories import NewsItemPageFactory, section
from tests.missions.translation.conftest import client_for
from tests.missions.translation.helpers import segments, start_translation, translate_string

pytestmark = pytest.mark.django_db

# Noon in New York (the install's time zone): the same day in UTC.
TRANSLATED_AT = datetime.datetime(2026, 3, 2, 17, 0, tzinfo=datetime.UTC)


def editor_comments(client, page):
    """The comments under the translated strings, as the translation editor gets them."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    props = re.search(r'data-props="([^"]*)"', response.content.decode())[1]
    translations = json.loads(html.unescape(props))["initialStringTranslations"]
    return [item["comment"] for item in translations]


@pytest.fixture
def translated_title(mission_a, webmaster_a):
    """The English translation of a French news item, its title translated on 2 March."""
    client = client_for(webmaster_a)
    news = NewsItemPageFactory(parent=section(mission_a, "news"), title="Visite d'étudiants")
    english = Locale.objects.get(language_code="en")
    translation = start_translation(client, news, english)
    title = segments(translation).get(context__path="title")
    translate_string(client, translation, title, "Students' visit")
    StringTranslation.objects.filter(locale=english).update(updated_at=TRANSLATED_AT)
    return news.get_translation(english)


def editor_in(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return client_for(user)


def test_the_date_of_a_translation_is_written_in_french_for_a_french_editor(
    translated_title, webmaster_a
):
    comments = editor_comments(editor_in(webmaster_a, "fr"), translated_title)

    assert comments == ["Traduit manuellement le 2 mars 2026"]


def test_the_date_of_a_translation_is_written_in_arabic_for_an_arabic_editor(
    translated_title, webmaster_a
):
    (comment,) = editor_comments(editor_in(webmaster_a, "ar"), translated_title)

    assert ("مارس" in comment, "March" in comment) == (True, False)

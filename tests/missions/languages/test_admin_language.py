"""The admin speaks the editor's language: the project's own labels and help texts, the
names of the mission's workflow and task, and the words of Wagtail's that the project
translates again (cms/wagtail_messages.py). The whole everyday path, in a browser:
tests/browser/test_admin_in_the_editors_language.py.
"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Task, Workflow
from wagtail.users.models import UserProfile

from missions.models import workflow_names
from tests.factories import NewsItemPageFactory, section

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_in(client, webmaster_a):
    """Log webmaster_a in with the admin in ``language`` (their Wagtail preference)."""

    def log_in(language):
        profile = UserProfile.get_for_user(webmaster_a)
        profile.preferred_language = language
        profile.save()
        client.force_login(webmaster_a)
        return client

    return log_in


def page_text(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def test_the_form_of_a_new_news_item_is_in_french(admin_in, mission_a):
    news_index = section(mission_a, "news")
    url = reverse("wagtailadmin_pages:add", args=["missions", "newsitempage", news_index.pk])
    response = admin_in("fr").get(url)
    text = page_text(response)

    for french in [
        "Actualité",
        "Date de publication",
        "Les actualités sont classées de la plus récente à la plus ancienne.",
        "Résumé",
        "Corps de la page",
        "Mots-clés",
    ]:
        assert french in text
    for english in ["News item page", "Publication date", "Summary", "Body", "The date of"]:
        assert english not in text
    # The blocks are described to the page's script: their names are in French too.
    html = response.content.decode()
    assert "Intertitre" in html
    assert "Texte alternatif" in html
    assert "Call to action" not in html
    assert "Alt text" not in html


def test_the_missions_workflow_and_task_read_in_the_editors_language(mission_a):
    workflow = Workflow.objects.get(pk=mission_a.workflow_id)
    task = Task.objects.get(workflow_tasks__workflow=workflow).specific

    shown = {}
    for language in ["en", "fr", "ar"]:
        with translation.override(language):
            shown[language] = (f"{workflow.name}", f"{task.name}")

    assert shown == {
        "en": ("FRA moderation", "FRA moderators approve"),
        "fr": ("Modération (FRA)", "Approbation par les modérateurs (FRA)"),
        "ar": ("المراجعة (FRA)", "موافقة المشرفين (FRA)"),
    }


def test_the_names_stay_stored_in_english_whatever_language_saves_them(mission_a):
    workflow = Workflow.objects.get(pk=mission_a.workflow_id)
    with translation.override("fr"):
        workflow.save()

    stored = Workflow.objects.filter(pk=workflow.pk).values_list("name", flat=True).get()
    assert stored == workflow_names.workflow_name("FRA") == "FRA moderation"
    assert workflow.name == "FRA moderation"  # compared as stored


def test_a_name_the_secretariat_typed_is_shown_as_typed(db):
    workflow = Workflow.objects.create(name="Secretariat review")
    with translation.override("fr"):
        assert str(Workflow.objects.get(pk=workflow.pk)) == "Secretariat review"


def test_the_submit_button_names_the_workflow_in_french(admin_in, mission_a):
    news = NewsItemPageFactory(parent=section(mission_a, "news"))
    response = admin_in("fr").get(reverse("wagtailadmin_pages:edit", args=[news.pk]))
    text = page_text(response)

    assert "Soumettre à Modération (FRA)" in text
    assert "FRA moderation" not in text


def test_the_projects_translation_of_wagtails_words_wins():
    with translation.override("fr"):
        assert gettext("Locales") == "Langues"  # Wagtail's French: "Régions"
        assert gettext("Locale: ") == "Langue : "
        assert gettext("Status: ") == "Statut : "  # Wagtail's French: "Status :"
    with translation.override("es"):
        assert gettext("Locales") == "Idiomas"  # Wagtail's Spanish: "Regiones"


def test_publish_in_keeps_its_space_before_the_language(admin_in):
    """wagtail-localize's button "Publish in العربية": its French lost the space."""
    client = admin_in("fr")
    response = client.get(reverse("wagtail_localize:javascript_catalog"))
    assert '"Publish in ": "Publier en "' in response.content.decode()

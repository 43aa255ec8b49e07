"""A slug left empty in the admin is made from the title, in ASCII, never "required".

A webmaster who clears the slug field, or whose title is in Arabic (nothing for
Wagtail's script in the browser to copy into the slug), saves the page and it gets
the title written in Latin letters (cms.forms, cms.slugs), on creating and on editing,
in every language of the site. Everything goes through the admin as a webmaster posts
it.
"""

import datetime
import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.slugs import ascii_slug
from missions.models import NewsItemPage
from tests.factories import NewsItemPageFactory, section

pytestmark = pytest.mark.django_db

ASCII_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ARABIC_TITLE = "بيان البعثة الدائمة"


def news_index(mission, language_code):
    """The mission's news section in one of its languages."""
    french = section(mission, "news")
    return french.get_translation(Locale.objects.get(language_code=language_code))


def news_item_form(title, slug):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "publication_date": datetime.date(2026, 3, 2).isoformat(),
            "introduction": "A meeting on the work of the General Assembly.",
            "body": streamfield([("paragraph", rich_text("<p>The coming session.</p>"))]),
            "tags": "",
        }
    )


def add_news_item(client, parent, title, slug=""):
    """Save a new news item as a draft through the admin's add form; the page saved."""
    url = reverse("wagtailadmin_pages:add", args=["missions", "newsitempage", parent.pk])
    response = client.post(url, news_item_form(title, slug))
    assert response.status_code == 302, response.context and response.context["form"].errors
    return NewsItemPage.objects.child_of(parent).get(title=title)


def edit_news_item(client, page, title, slug=""):
    """Save the edit form of ``page`` as a draft; the page as its latest draft has it."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(url, news_item_form(title, slug))
    assert response.status_code == 302, response.context and response.context["form"].errors
    page.refresh_from_db()  # its latest revision is the one just saved
    return page.get_latest_revision_as_object()


@pytest.fixture
def webmaster(client, webmaster_a):
    client.force_login(webmaster_a)
    return client


@pytest.mark.parametrize("language_code", ["fr", "en"])
def test_an_arabic_title_with_no_slug_is_saved_with_an_ascii_slug(
    webmaster, mission_a, language_code
):
    page = add_news_item(webmaster, news_index(mission_a, language_code), ARABIC_TITLE)

    assert (bool(ASCII_SLUG.match(page.slug)), page.slug) == (True, ascii_slug(ARABIC_TITLE))


def test_a_title_with_accents_and_no_slug_gets_the_letters_without_accents(webmaster, mission_a):
    page = add_news_item(webmaster, news_index(mission_a, "fr"), "Réunion à New York")

    assert page.slug == "reunion-a-new-york"


def test_a_title_of_emoji_only_and_no_slug_gets_the_fallback_slug(webmaster, mission_a):
    page = add_news_item(webmaster, news_index(mission_a, "fr"), "🎉🎉")

    assert page.slug == "page"


def test_a_second_title_that_reads_the_same_gets_a_numbered_slug(webmaster, mission_a):
    parent = news_index(mission_a, "fr")
    add_news_item(webmaster, parent, "Réunion")

    assert add_news_item(webmaster, parent, "Reunion").slug == "reunion-2"


def test_a_typed_slug_is_kept(webmaster, mission_a):
    page = add_news_item(webmaster, news_index(mission_a, "fr"), ARABIC_TITLE, slug="statement")

    assert page.slug == "statement"


def test_clearing_the_slug_of_a_page_refills_it_from_its_title(webmaster, mission_a):
    page = NewsItemPageFactory(
        parent=news_index(mission_a, "fr"), title="Old title", slug="old-title"
    )

    draft = edit_news_item(webmaster, page, "Conseil de sécurité")

    assert draft.slug == "conseil-de-securite"


def test_clearing_the_slug_gives_the_page_back_its_own_not_a_numbered_one(webmaster, mission_a):
    page = NewsItemPageFactory(
        parent=news_index(mission_a, "fr"), title="Conseil de sécurité", slug="conseil-de-securite"
    )

    assert edit_news_item(webmaster, page, "Conseil de sécurité").slug == "conseil-de-securite"


def test_the_slug_field_does_not_stop_the_browser_when_empty(webmaster, mission_a):
    parent = news_index(mission_a, "fr")
    url = reverse("wagtailadmin_pages:add", args=["missions", "newsitempage", parent.pk])

    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', webmaster.get(url).content.decode())[0]

    assert "required" not in slug_input

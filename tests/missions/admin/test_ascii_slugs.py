"""A page's address is plain ASCII whatever the script of its title, and never a 500.

"Réunion" gets ``reunion`` (not ``r%C3%A9union`` once shared), "Новости" ``novosti``,
"新闻" ``xinwen``; a title of emoji only gets ``page``. Checked through Wagtail's own
creation path (a page saved without a slug, or with one typed in another script) and
through the admin's add form as a webmaster posts it.
"""

import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from missions.models import StandardPage
from tests.factories import section

pytestmark = pytest.mark.django_db

ASCII_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# (title, the slug it gets)
TITLES = [
    ("Réunion à New York", "reunion-a-new-york"),
    ("Новости миссии", "novosti-missii"),
    ("新闻", "xinwen"),
    ("الأخبار", None),  # Arabic: any clean ASCII transliteration
    ("Sommet 🌍 climat", "sommet-climat"),
    ("🎉🎉", "page"),
]


def assert_clean(slug, expected):
    assert ASCII_SLUG.match(slug), slug
    if expected is not None:
        assert slug == expected


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_a_page_saved_without_a_slug_gets_an_ascii_one(mission_a, title, expected):
    page = section(mission_a, "about").add_child(instance=StandardPage(title=title))
    assert_clean(page.slug, expected)


@pytest.mark.parametrize(("title", "expected"), TITLES[:4])
def test_a_slug_typed_in_another_script_is_written_in_ascii(mission_a, title, expected):
    typed = title.lower().replace(" ", "-").replace("'", "")
    page = section(mission_a, "about").add_child(instance=StandardPage(title=title, slug=typed))
    assert_clean(page.slug, expected)


def test_two_titles_that_read_the_same_in_ascii_get_distinct_slugs(mission_a):
    about = section(mission_a, "about")
    first = about.add_child(instance=StandardPage(title="Réunion"))
    second = about.add_child(instance=StandardPage(title="Reunion"))
    assert (first.slug, second.slug) == ("reunion", "reunion-2")


def test_the_admins_slug_field_transliterates_as_the_title_is_typed(client, superuser, mission_a):
    client.force_login(superuser)
    about = section(mission_a, "about")
    url = reverse("wagtailadmin_pages:add", args=["missions", "standardpage", about.pk])
    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', client.get(url).content.decode())[0]
    # Without the attribute (Django leaves out a False one), Wagtail's slug controller
    # writes the title in ASCII ("Réunion" -> "reunion") instead of keeping its letters.
    assert 'data-controller="w-slug"' in slug_input
    assert "allow-unicode" not in slug_input


def post_new_page(client, mission, title, slug):
    about = section(mission, "about")
    url = reverse("wagtailadmin_pages:add", args=["missions", "standardpage", about.pk])
    data = nested_form_data(
        {"title": title, "slug": slug, "introduction": "", "body": streamfield([])}
    )
    return client.post(url, data)


@pytest.mark.parametrize(("title", "expected"), TITLES[:5])
def test_the_admins_add_form_saves_an_ascii_slug(client, superuser, mission_a, title, expected):
    client.force_login(superuser)
    # What a browser allowing Unicode slugs (or a webmaster typing one) sends.
    typed = re.sub(r"[^\w-]+", "-", title.lower()).strip("-")
    response = post_new_page(client, mission_a, title, typed)
    assert response.status_code == 302, response.context and response.context["form"].errors
    page = StandardPage.objects.get(title=title)
    assert_clean(page.slug, expected)


def test_the_admins_add_form_never_fails_on_an_emoji_title(client, superuser, mission_a):
    client.force_login(superuser)
    # The slug field left empty (nothing in the title it could write in ASCII): the form
    # asks for one, rather than failing.
    response = post_new_page(client, mission_a, "🎉🎉", "")
    assert response.status_code in (200, 302)


def copy_page(client, page, new_title, new_slug=""):
    parent = page.get_parent()
    return client.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {"new_title": new_title, "new_slug": new_slug, "new_parent_page": parent.pk},
    )


def test_a_copy_with_its_slug_left_empty_gets_one_from_its_new_title(client, superuser, mission_a):
    client.force_login(superuser)
    original = section(mission_a, "about").add_child(instance=StandardPage(title="Réunion"))

    response = copy_page(client, original, "Réunion à Genève")

    assert response.status_code == 302, response.context and response.context["form"].errors
    assert StandardPage.objects.get(title="Réunion à Genève").slug == "reunion-a-geneve"


def test_a_copy_under_the_same_title_gets_a_free_slug(client, superuser, mission_a):
    client.force_login(superuser)
    original = section(mission_a, "about").add_child(instance=StandardPage(title="Новости"))

    response = copy_page(client, original, "Новости")

    assert response.status_code == 302, response.context and response.context["form"].errors
    copies = StandardPage.objects.filter(title="Новости").order_by("pk")
    assert [page.slug for page in copies] == ["novosti", "novosti-2"]


def test_a_copy_with_a_slug_already_taken_is_refused_and_says_so(client, superuser, mission_a):
    client.force_login(superuser)
    original = section(mission_a, "about").add_child(instance=StandardPage(title="Réunion"))

    response = copy_page(client, original, "Autre réunion", new_slug="reunion")

    assert response.status_code == 200
    assert "new_slug" in response.context["form"].errors

"""Filters are no oracle on hidden content: asking about a draft, an unpublished or a
restricted page by any field, id, parent or search gets exactly the answer a page that
does not exist gets, and ``fields=`` reaches no field the API does not publish.

Wagtail's field filters (``?title=...``) filter on any database field among an item's
available fields; those are all published fields, and every filter runs on what the
caller may see (api.visibility). These tests hold that together.
"""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import NewsItemPageFactory, section

pytestmark = pytest.mark.django_db

SECRET = "Minister resigns"


@pytest.fixture
def hidden(mission_a):
    """A draft change, an unpublished page and a password-protected page, all with the
    secret in their title (the draft only in its unpublished revision)."""
    news = section(mission_a, "news")
    public = NewsItemPageFactory(parent=news, title="Students visit", slug="students")
    public.title = SECRET
    public.save_revision()  # a draft: the live title is still "Students visit"
    unpublished = NewsItemPageFactory(parent=news, title=SECRET, slug="unpublished", live=False)
    restricted = NewsItemPageFactory(parent=news, title=SECRET, slug="restricted")
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    return {"public": public, "unpublished": unpublished, "restricted": restricted}


def answer(api, address):
    response = api.get(address)
    return response.status_code, response.json()


@pytest.mark.parametrize("endpoint", ["pages", "news"])
@pytest.mark.parametrize(
    "query",
    [
        f"title={SECRET}",
        f"search={SECRET}",
        "slug=unpublished",
        "slug=restricted",
        "draft_title=x",
        "has_unpublished_changes=true",
    ],
)
def test_a_filter_finds_nothing_hidden(api, hidden, endpoint, query):
    status, body = answer(api, f"/api/v2/{endpoint}/?{query}")
    if status == 200:
        assert body["items"] == []
        assert body["meta"]["total_count"] == 0
    else:
        assert status == 400  # a field the API does not publish is no filter at all
        assert body["parameter"] in query


@pytest.mark.parametrize(
    "filter_name", ["child_of", "descendant_of", "ancestor_of", "translation_of"]
)
@pytest.mark.parametrize("which", ["unpublished", "restricted"])
def test_a_hidden_page_as_a_filter_is_a_page_that_does_not_exist(api, hidden, filter_name, which):
    hidden_answer = answer(api, f"/api/v2/pages/?{filter_name}={hidden[which].pk}")
    missing_answer = answer(api, f"/api/v2/pages/?{filter_name}=999999")

    assert hidden_answer[0] == missing_answer[0] == 400
    assert hidden_answer[1] == missing_answer[1]


@pytest.mark.parametrize("which", ["unpublished", "restricted"])
def test_a_hidden_page_by_id_or_address_is_a_page_that_does_not_exist(api, hidden, which):
    page = hidden[which]
    assert answer(api, f"/api/v2/pages/{page.pk}/") == answer(api, "/api/v2/pages/999999/")
    assert answer(api, f"/api/v2/news/find/?id={page.pk}") == answer(
        api, "/api/v2/news/find/?id=999999"
    )
    found = answer(api, f"/api/v2/pages/find/?html_path=/fr/news/{page.slug}/&site=FRA")
    assert found == answer(api, "/api/v2/pages/find/?html_path=/fr/news/nothing/&site=FRA")


def test_the_draft_title_is_never_served_nor_filterable(api, hidden):
    status, body = answer(api, "/api/v2/news/?fields=*")
    assert status == 200
    assert SECRET not in str(body)
    assert answer(api, "/api/v2/news/?fields=draft_title")[0] == 400


@pytest.mark.parametrize(
    "fields",
    [
        "owner",
        "locked_by",
        "latest_revision",
        "draft_title",
        "has_unpublished_changes",
        "*,owner",
        "_,url_path",
        "path",
        "live_revision",
        "content_type",
        "parent(owner)",
        "alias_of(draft_title)",
    ],
)
def test_fields_reaches_no_unpublished_field(api, hidden, fields):
    status, body = answer(api, f"/api/v2/pages/{hidden['public'].pk}/?fields={fields}")
    assert status == 400
    assert body["parameter"] == "fields"

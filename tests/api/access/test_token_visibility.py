"""A token stands for its user and never widens what the user may see beyond published
content: no draft (neither a page never published nor the unpublished changes of a live
one), no password-protected page, no page restricted to a group the user is not in, in
a listing, a detail, a ``find``, a ``child_of``, a ``search`` or a content type's
endpoint. The anonymous caller is held to the same, and a restriction the token's user
passes (its own group) is the control showing the token does authenticate.

Each hidden thing carries a marker word; no response may contain one.
"""

import pytest
from wagtail.models import PageViewRestriction

from tests.api.access.conftest import bearer
from tests.factories import NewsItemPageFactory, StandardPageFactory, section

HIDDEN_MARKERS = [
    "NEVERPUBLISHED",
    "DRAFTCHANGE",
    "PASSWORDPROTECTED",
    "UNDERPASSWORD",
    "OTHERGROUPONLY",
    "KENYADRAFT",
]


def restrict(page, restriction_type, groups=(), password=""):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password=password
    )
    restriction.groups.set(groups)
    return restriction


@pytest.fixture
def world(mission_a, mission_b):
    """Mission A's pages in every state, and one of mission B's drafts."""
    home = mission_a.site.root_page
    news = section(mission_a, "news")
    pages = {}
    pages["never_published"] = NewsItemPageFactory(
        parent=news, title="NEVERPUBLISHED item", slug="never-published", live=False
    )
    revised = NewsItemPageFactory(parent=news, title="Ocean conference", slug="ocean")
    revised.title = "DRAFTCHANGE headline"
    revised.introduction = "DRAFTCHANGE introduction"
    revised.save_revision()
    pages["revised"] = revised
    pages["password"] = StandardPageFactory(
        parent=home, title="PASSWORDPROTECTED page", slug="password-protected"
    )
    restrict(pages["password"], PageViewRestriction.PASSWORD, password="s3cret")
    pages["under_password"] = NewsItemPageFactory(
        parent=pages["password"], title="UNDERPASSWORD item", slug="under-password"
    )
    pages["other_group"] = StandardPageFactory(
        parent=home, title="OTHERGROUPONLY page", slug="other-group"
    )
    restrict(pages["other_group"], PageViewRestriction.GROUPS, groups=[mission_b.editors_group])
    pages["own_group"] = StandardPageFactory(parent=home, title="OWNGROUP page", slug="own-group")
    restrict(pages["own_group"], PageViewRestriction.GROUPS, groups=[mission_a.editors_group])
    pages["kenya_draft"] = NewsItemPageFactory(
        parent=section(mission_b, "news"), title="KENYADRAFT item", slug="kenya", live=False
    )
    return pages


@pytest.fixture(params=["anonymous", "webmaster_a's token"])
def caller(request, api, webmaster_a, token_for):
    """The same checks for an anonymous caller and for mission A's webmaster's token."""
    headers = bearer(token_for(webmaster_a)) if request.param != "anonymous" else {}
    return lambda path: api.get(path, **headers)


def every_listed_item(get, endpoint="/api/v2/pages/", query="fields=title"):
    """Every item of a listing, page by page, with the raw bodies read."""
    items, bodies, offset = [], [], 0
    while True:
        response = get(f"{endpoint}?{query}&limit=100&offset={offset}")
        assert response.status_code == 200, response.content
        bodies.append(response.content.decode())
        batch = response.json()["items"]
        items += batch
        offset += len(batch)
        if not batch or offset >= response.json()["meta"]["total_count"]:
            return items, "".join(bodies)


def assert_no_marker(text):
    leaked = [marker for marker in HIDDEN_MARKERS if marker in text]
    assert not leaked, f"leaked: {leaked}"


def test_the_pages_listing_shows_nothing_hidden(world, caller):
    items, text = every_listed_item(caller)

    assert_no_marker(text)
    listed = {item["id"] for item in items}
    for name in ("never_published", "password", "under_password", "other_group", "kenya_draft"):
        assert world[name].pk not in listed, name
    assert world["revised"].pk in listed


@pytest.mark.parametrize(
    ("endpoint", "query"),
    [
        ("/api/v2/news/", "fields=title,introduction"),
        ("/api/v2/pages/", "type=missions.NewsItemPage&fields=title,introduction"),
    ],
)
def test_a_content_type_listing_shows_nothing_hidden(world, caller, endpoint, query):
    items, text = every_listed_item(caller, endpoint, query)

    assert world["revised"].pk in {item["id"] for item in items}

    assert_no_marker(text)


@pytest.mark.parametrize(
    "name", ["never_published", "password", "under_password", "other_group", "kenya_draft"]
)
def test_a_hidden_page_is_not_found_by_id(world, caller, name):
    response = caller(f"/api/v2/pages/{world[name].pk}/")

    assert response.status_code == 404
    assert_no_marker(response.content.decode())


def test_a_live_page_shows_its_published_state_not_its_draft(world, caller):
    response = caller(f"/api/v2/pages/{world['revised'].pk}/")

    assert response.status_code == 200
    assert response.json()["title"] == "Ocean conference"
    assert_no_marker(response.content.decode())


def test_publishing_the_draft_shows_it(world, caller):
    world["revised"].get_latest_revision().publish()

    response = caller(f"/api/v2/pages/{world['revised'].pk}/")

    assert response.json()["title"] == "DRAFTCHANGE headline"


def test_the_children_of_a_password_protected_page_are_not_listed(world, caller):
    response = caller(f"/api/v2/pages/?child_of={world['password'].pk}&fields=title")

    assert_no_marker(response.content.decode())
    if response.status_code == 200:
        assert response.json()["items"] == []


@pytest.mark.parametrize(
    "slug", ["password-protected", "password-protected/under-password", "other-group"]
)
def test_find_by_public_path_does_not_reach_a_restricted_page(world, caller, slug):
    response = caller(f"/api/v2/pages/find/?html_path=/fr/{slug}/&site=france.localhost")

    assert response.status_code == 404


@pytest.mark.parametrize("word", HIDDEN_MARKERS)
def test_search_does_not_find_hidden_words(world, caller, word):
    response = caller(f"/api/v2/pages/?search={word}&fields=title")

    assert response.status_code == 200
    assert response.json()["items"] == [], response.json()


# --- The controls: what the token's user may see, it sees --------------------------


def test_a_token_shows_a_page_restricted_to_its_users_group(world, api, webmaster_a, token_for):
    response = api.get(f"/api/v2/pages/{world['own_group'].pk}/", **bearer(token_for(webmaster_a)))

    assert response.status_code == 200
    assert response.json()["title"] == "OWNGROUP page"


def test_find_reaches_a_page_restricted_to_its_users_group(world, api, webmaster_a, token_for):
    response = api.get(
        "/api/v2/pages/find/?html_path=/fr/own-group/&site=france.localhost",
        **bearer(token_for(webmaster_a)),
    )

    assert response.status_code == 302
    detail = f"/api/v2/pages/{world['own_group'].pk}/"
    assert response["Location"].split("?")[0].endswith(detail)


def test_the_server_cache_never_crosses_between_a_token_and_anonymous_callers(
    world, api, webmaster_a, token_for, settings
):
    settings.API_CACHE_SECONDS = 300
    listing = "/api/v2/pages/?site=france.localhost&limit=100&fields=title"
    token = bearer(token_for(webmaster_a))

    anonymous_before = api.get(listing)
    with_token = api.get(listing, **token)
    anonymous_after = api.get(listing)

    assert anonymous_after["X-Cache"] == "hit"
    assert "OWNGROUP" in with_token.content.decode()
    assert "OWNGROUP" not in anonymous_before.content.decode()
    assert "OWNGROUP" not in anonymous_after.content.decode()


def test_an_anonymous_caller_does_not_see_a_group_restricted_page(world, api):
    response = api.get(f"/api/v2/pages/{world['own_group'].pk}/")

    assert response.status_code == 404


def test_an_anonymous_caller_does_not_see_a_login_restricted_page(api, mission_a):
    page = StandardPageFactory(parent=mission_a.site.root_page, title="Members only")
    restrict(page, PageViewRestriction.LOGIN)

    response = api.get(f"/api/v2/pages/{page.pk}/")

    assert response.status_code == 404

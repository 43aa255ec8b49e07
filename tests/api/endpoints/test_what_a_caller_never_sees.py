"""The read API's first promise: no draft, no restricted page, no other mission's
unpublished content, whichever endpoint, filter or path is used to ask for it."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from tests.factories import NewsItemPageFactory, UserFactory, section


@pytest.fixture(autouse=True, params=["site cache off", "site cache on"])
def site_cache(request, settings):
    """Every promise holds whether what anonymous callers share (the restricted paths,
    cms.serving.site_data) is kept between requests or read each time."""
    settings.SITE_CACHE_SECONDS = 300 if request.param == "site cache on" else 0


def ids_of(response):
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


@pytest.fixture
def published_news(mission_a):
    return NewsItemPageFactory(parent=section(mission_a, "news"), title="Published news")


@pytest.fixture
def unpublished_news(mission_b):
    page = NewsItemPageFactory(parent=section(mission_b, "news"), title="Kenya's secret")
    page.unpublish()
    return page


LISTINGS = ["/api/v2/pages/", "/api/v2/news/", "/api/v2/pages/?type=missions.NewsItemPage"]


@pytest.mark.parametrize("listing", LISTINGS)
def test_an_unpublished_page_is_in_no_listing(api, listing, published_news, unpublished_news):
    ids = ids_of(api.get(listing + ("&" if "?" in listing else "?") + "limit=100"))

    assert published_news.pk in ids
    assert unpublished_news.pk not in ids


@pytest.mark.parametrize("endpoint", ["pages", "news"])
def test_an_unpublished_page_is_not_found_by_id(api, endpoint, unpublished_news):
    response = api.get(f"/api/v2/{endpoint}/{unpublished_news.pk}/")

    assert response.status_code == 404
    assert "secret" not in response.content.decode()


def test_an_unpublished_page_is_not_found_by_its_address(api, mission_b, unpublished_news):
    response = api.get(
        "/api/v2/pages/find/",
        {"html_path": f"/en/news/{unpublished_news.slug}/", "site": "KEN"},
    )

    assert response.status_code == 404


def test_a_draft_change_is_never_served_only_the_published_text(api, published_news):
    published_news.title = "Draft title not yet approved"
    published_news.save_revision()

    listed = api.get("/api/v2/news/?limit=100").json()["items"]
    detail = api.get(f"/api/v2/news/{published_news.pk}/").json()

    assert {item["title"] for item in listed} >= {"Published news"}
    assert "Draft title not yet approved" not in str(listed)
    assert detail["title"] == "Published news"


@pytest.mark.parametrize(
    "restriction_type", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN]
)
def test_a_restricted_page_and_its_subtree_are_hidden_from_anonymous_callers(
    api, mission_a, published_news, restriction_type
):
    news_index = section(mission_a, "news")
    PageViewRestriction.objects.create(
        page=news_index, restriction_type=restriction_type, password="secret"
    )

    assert news_index.pk not in ids_of(api.get("/api/v2/pages/?limit=100"))
    assert published_news.pk not in ids_of(api.get("/api/v2/news/?limit=100"))
    assert api.get(f"/api/v2/pages/{published_news.pk}/").status_code == 404
    assert api.get(f"/api/v2/pages/?child_of={news_index.pk}").status_code == 400


def test_a_password_protected_page_is_hidden_even_from_a_signed_in_superuser(
    api, mission_a, published_news, superuser
):
    PageViewRestriction.objects.create(
        page=published_news, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    api.force_login(superuser)

    assert api.get(f"/api/v2/pages/{published_news.pk}/").status_code == 404


def test_a_page_for_one_group_is_shown_to_its_members_only(
    api, mission_a, published_news, webmaster_a, webmaster_b
):
    restriction = PageViewRestriction.objects.create(
        page=published_news, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(mission_a.editors_group)

    api.force_login(webmaster_b)
    assert api.get(f"/api/v2/pages/{published_news.pk}/").status_code == 404
    assert published_news.pk not in ids_of(api.get("/api/v2/news/?limit=100"))

    api.force_login(webmaster_a)
    assert api.get(f"/api/v2/pages/{published_news.pk}/").status_code == 200


def test_a_page_for_signed_in_users_is_shown_to_a_signed_in_caller(
    api, published_news, webmaster_b
):
    PageViewRestriction.objects.create(
        page=published_news, restriction_type=PageViewRestriction.LOGIN
    )

    assert api.get(f"/api/v2/pages/{published_news.pk}/").status_code == 404
    api.force_login(webmaster_b)
    assert api.get(f"/api/v2/pages/{published_news.pk}/").status_code == 200


def test_a_hidden_translation_is_not_listed_among_a_pages_translations(api, mission_a):
    about_fr = section(mission_a, "about")
    about_en = about_fr.get_translation(about_fr.locale.__class__.objects.get(language_code="en"))
    about_en.unpublish()

    item = api.get(f"/api/v2/pages/{about_fr.pk}/").json()

    assert about_en.pk not in {t["id"] for t in item["meta"]["translations"]}
    assert api.get(f"/api/v2/pages/?translation_of={about_fr.pk}").json()["items"] == []


def test_the_tree_root_belongs_to_no_site_and_is_never_served(api, mission_a):
    home = mission_a.site.root_page

    detail = api.get(f"/api/v2/pages/{home.pk}/").json()

    assert detail["meta"]["parent"] is None
    assert api.get(f"/api/v2/pages/{home.get_parent().pk}/").status_code == 404


def test_an_inactive_users_session_sees_only_public_content(api, published_news):
    user = UserFactory(username="left_the_mission")
    PageViewRestriction.objects.create(
        page=published_news, restriction_type=PageViewRestriction.LOGIN
    )
    api.force_login(user)
    user.is_active = False
    user.save()

    assert api.get(f"/api/v2/pages/{published_news.pk}/").status_code == 404


@pytest.fixture
def public_alias_of_a_restricted_page(mission_a, published_news):
    """The news section under a password, and a public alias of one of its items
    elsewhere on the site (Wagtail copies a restriction on the page itself to its
    alias, not one on an ancestor)."""
    PageViewRestriction.objects.create(
        page=section(mission_a, "news"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",
    )
    return published_news.create_alias(parent=mission_a.site.root_page, update_slug="alias")


def test_an_alias_does_not_lead_to_its_restricted_original(
    api, published_news, public_alias_of_a_restricted_page
):
    alias = public_alias_of_a_restricted_page

    detail = api.get(f"/api/v2/pages/{alias.pk}/?fields=alias_of")
    listed = api.get(f"/api/v2/pages/?id={alias.pk}&fields=alias_of").json()["items"]

    assert detail.status_code == 200
    assert detail.json()["meta"]["alias_of"] is None
    assert listed[0]["meta"]["alias_of"] is None
    assert f"/{published_news.slug}/" not in detail.content.decode()


def test_an_alias_of_a_public_page_says_so(api, mission_a, published_news):
    alias = published_news.create_alias(parent=mission_a.site.root_page, update_slug="alias")

    alias_of = api.get(f"/api/v2/pages/{alias.pk}/").json()["meta"]["alias_of"]

    assert alias_of["id"] == published_news.pk
    assert alias_of["meta"]["html_url"].endswith(f"/news/{published_news.slug}/")


def test_alias_of_filter_tells_nothing_of_a_restricted_original(
    api, published_news, public_alias_of_a_restricted_page
):
    response = api.get(f"/api/v2/pages/?alias_of={published_news.pk}")

    assert response.status_code == 200
    assert ids_of(response) == set()


def test_the_restrictions_are_read_once_until_one_changes(api, mission_a, published_news):
    def restriction_queries():
        with CaptureQueriesContext(connection) as queries:
            assert published_news.pk in ids_of(api.get("/api/v2/news/?limit=100"))
        return sum("wagtailcore_pageviewrestriction" in q["sql"] for q in queries)

    restriction_queries()
    kept = restriction_queries() == 0
    assert kept is (settings.SITE_CACHE_SECONDS > 0)

    PageViewRestriction.objects.create(
        page=section(mission_a, "news"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",
    )
    assert published_news.pk not in ids_of(api.get("/api/v2/news/?limit=100"))
    assert api.get(f"/api/v2/news/{published_news.pk}/").status_code == 404

    PageViewRestriction.objects.all().delete()
    assert published_news.pk in ids_of(api.get("/api/v2/news/?limit=100"))


def test_a_restriction_outside_every_site_is_honoured_at_once(api, mission_a):
    # A page under the tree's root, in no site's tree: restricting it replaces no
    # site's token, only the any-site one.
    orphan = NewsItemPageFactory(parent=Page.get_first_root_node(), title="Orphan")
    assert orphan.pk in ids_of(api.get("/api/v2/news/?limit=100"))

    PageViewRestriction.objects.create(page=orphan, restriction_type=PageViewRestriction.LOGIN)

    assert orphan.pk not in ids_of(api.get("/api/v2/news/?limit=100"))

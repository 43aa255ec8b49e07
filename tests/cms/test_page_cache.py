"""The page cache: anonymous visitors get stored pages, nobody gets a stale or private one.

These tests run against the real Redis at 127.0.0.1:6379 (database 5), each under a
key prefix of its own so parallel workers never see each other's pages.
"""

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory
from wagtail.models import Locale, Page, PageViewRestriction

from cms.serving.page_cache import _response_is_storable
from cms.serving.site_data import cached_for_site
from missions.models import MissionSettings
from tests.factories import NewsItemPageFactory, StandardPageFactory, section

FRANCE = "france.localhost"
KENYA = "kenya.localhost"


@pytest.fixture(autouse=True)
def page_cache(redis_page_cache):
    """Every test here runs with the page cache on, in Redis."""
    return redis_page_cache


def visit(client, path, host=FRANCE):
    return client.get(path, headers={"host": host})


@pytest.fixture
def news_item(mission_a):
    return NewsItemPageFactory(
        parent=section(mission_a, "news"), title="Ocean conference", slug="ocean"
    )


def test_first_anonymous_visit_stores_the_page(client, mission_a):
    assert visit(client, "/fr/")["X-Cache"] == "miss"


def test_second_anonymous_visit_is_served_from_the_cache(client, mission_a):
    visit(client, "/fr/")

    assert visit(client, "/fr/")["X-Cache"] == "hit"


def test_cached_page_costs_no_database_query(client, mission_a, django_assert_num_queries):
    first = visit(client, "/fr/")

    with django_assert_num_queries(0):
        second = visit(client, "/fr/")

    assert second.content == first.content


def test_publishing_a_change_shows_on_the_next_visit(client, mission_a):
    visit(client, "/fr/")
    home = mission_a.site.root_page.specific
    home.title = "Bienvenue à la Mission"
    home.save_revision().publish()

    assert "Bienvenue à la Mission" in visit(client, "/fr/").text


def test_publishing_in_one_language_refreshes_the_other_languages(client, mission_a):
    # The pages of one language link to the others (language menu), so the whole
    # site goes stale at once.
    english_home = mission_a.site.root_page.get_translation(Locale.objects.get(language_code="en"))
    english_home.save_revision().publish()
    visit(client, "/en/")
    NewsItemPageFactory(parent=section(mission_a, "news"), title="Ocean conference")

    assert visit(client, "/en/")["X-Cache"] == "miss"


def test_a_restriction_on_the_tree_root_hides_every_cached_page(client, mission_a):
    # A restriction covers its page's subtree: on the root of the tree, every site.
    visit(client, "/fr/")
    assert visit(client, "/fr/")["X-Cache"] == "hit"

    PageViewRestriction.objects.create(
        page=Page.get_first_root_node(), restriction_type=PageViewRestriction.LOGIN
    )

    assert visit(client, "/fr/").status_code == 302


def test_unpublished_page_is_no_longer_served(client, news_item):
    visit(client, "/fr/news/ocean/")
    news_item.unpublish()

    assert visit(client, "/fr/news/ocean/").status_code == 404


def test_deleted_page_is_no_longer_served(client, news_item):
    visit(client, "/fr/news/ocean/")
    news_item.delete()

    assert visit(client, "/fr/news/ocean/").status_code == 404


def test_moved_page_is_no_longer_served_at_its_old_address(client, mission_a):
    # Wagtail answers the old address with a redirect to the new one, not the stored page.
    team = StandardPageFactory(parent=mission_a.site.root_page, title="Team", slug="team")
    visit(client, "/fr/team/")
    team.move(section(mission_a, "about"), pos="last-child")

    assert visit(client, "/fr/team/").status_code == 301


def test_changing_mission_settings_refreshes_the_site(client, mission_a):
    visit(client, "/fr/")
    mission_settings = MissionSettings.for_site(mission_a.site)
    mission_settings.address = "245 East 47th Street"
    mission_settings.save()

    assert "245 East 47th Street" in visit(client, "/fr/").text


def test_logged_in_user_never_gets_a_cached_page(client, mission_a, webmaster_a):
    visit(client, "/fr/")
    # A change that sends no signal: anonymous visitors keep the stored page for now.
    type(mission_a.site.root_page).objects.filter(pk=mission_a.site.root_page_id).update(
        title="Titre changé sans signal"
    )
    logged_in = Client()
    logged_in.force_login(webmaster_a)

    assert "Titre changé sans signal" in visit(logged_in, "/fr/").text


def test_page_seen_by_a_logged_in_user_is_not_stored(client, mission_a, webmaster_a):
    logged_in = Client()
    logged_in.force_login(webmaster_a)
    visit(logged_in, "/fr/")

    assert visit(client, "/fr/")["X-Cache"] == "miss"


def test_two_hosts_never_share_an_entry(client, mission_a, mission_b):
    visit(client, "/en/", host=FRANCE)

    response = visit(client, "/en/", host=KENYA)

    assert (response["X-Cache"], "Kenya" in response.text) == ("miss", True)


def test_same_host_on_another_port_is_cached_separately(client, mission_a):
    visit(client, "/fr/", host=FRANCE)

    assert visit(client, "/fr/", host=f"{FRANCE}:8000")["X-Cache"] == "miss"


def test_query_string_variant_is_cached_separately(client, mission_a):
    visit(client, "/fr/news/")

    assert visit(client, "/fr/news/?page=2")["X-Cache"] == "miss"


def test_admin_is_never_cached(client, mission_a):
    visit(client, "/admin/login/")

    assert "X-Cache" not in visit(client, "/admin/login/")


def test_post_is_never_answered_from_the_cache(client, mission_a):
    visit(client, "/fr/")

    response = client.post("/fr/", headers={"host": FRANCE})

    assert "X-Cache" not in response


def test_missing_page_is_not_stored(client, mission_a):
    visit(client, "/fr/nowhere/")

    assert "X-Cache" not in visit(client, "/fr/nowhere/")


def test_nothing_is_cached_when_the_cache_is_off(client, mission_a, settings):
    settings.PAGE_CACHE_SECONDS = 0
    visit(client, "/fr/")

    assert "X-Cache" not in visit(client, "/fr/")


def test_response_that_sets_a_cookie_is_not_stored():
    response = HttpResponse("<p>Hello</p>")
    response.set_cookie("csrftoken", "secret")

    assert not _response_is_storable(RequestFactory().get("/fr/"), response)


def test_private_response_is_not_stored():
    response = HttpResponse("<p>Hello</p>", headers={"Cache-Control": "private"})

    assert not _response_is_storable(RequestFactory().get("/fr/"), response)


def test_response_varying_on_the_language_header_is_not_stored():
    response = HttpResponse("<p>Hello</p>", headers={"Vary": "Accept-Language, Cookie"})

    assert not _response_is_storable(RequestFactory().get("/sitemap.xml"), response)


class Counter:
    """A compute function that says how often it ran."""

    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return f"computed {self.calls}"


def site_data(host, compute):
    return cached_for_site(RequestFactory().get("/fr/", headers={"host": host}), "menu", compute)


def test_site_data_is_computed_once_until_the_site_changes(mission_a):
    compute = Counter()
    site_data(FRANCE, compute)
    site_data(FRANCE, compute)

    assert compute.calls == 1


def test_site_data_is_computed_again_after_a_publish(mission_a):
    compute = Counter()
    site_data(FRANCE, compute)
    NewsItemPageFactory(parent=section(mission_a, "news"))

    assert site_data(FRANCE, compute) == "computed 2"


def test_site_data_is_kept_apart_per_site(mission_a, mission_b):
    compute = Counter()
    site_data(FRANCE, compute)

    assert site_data(KENYA, compute) == "computed 2"


def test_site_data_is_always_computed_when_the_site_cache_is_off(mission_a, settings):
    settings.SITE_CACHE_SECONDS = 0
    compute = Counter()
    site_data(FRANCE, compute)
    site_data(FRANCE, compute)

    assert compute.calls == 2


def test_the_redis_cache_reuses_one_client_and_still_reads_and_writes(page_cache):
    from django.core.cache import cache

    client = cache._cache.get_client()
    assert cache._cache.get_client() is client
    assert cache._cache.get_client(write=True) is client  # one server: one pool
    cache.set("greeting", {"fr": "Bonjour"})
    assert cache.get("greeting") == {"fr": "Bonjour"}
    assert cache.get_many(["greeting", "absent"]) == {"greeting": {"fr": "Bonjour"}}

"""The page cache stores only what opted in, and keeps it only while its sites are unchanged.

A view opts in by declaring the sites its response depends on
(cms.serving.dependencies): Wagtail's pages depend on their own site; a cross-site
response (the coming read API, a portal's aggregation) on the sites it lists, or on
every site. Stored responses tell a CDN in front how long to keep them and by which
keys to purge them. Run against the real Redis (tests/cms/conftest.py).
"""

import pytest
from django.test import Client

from tests.factories import NewsItemPageFactory, section

FRANCE = "france.localhost"
KENYA = "kenya.localhost"

pytestmark = pytest.mark.usefixtures("redis_page_cache")


@pytest.fixture(autouse=True)
def _cross_site_view(settings):
    settings.ROOT_URLCONF = "tests.cms.cross_site_urls"


def visit(path, host=FRANCE):
    """An anonymous visit (a client of its own: no session cookie)."""
    return Client().get(path, headers={"host": host})


def warm(path, host=FRANCE):
    visit(path, host)
    response = visit(path, host)
    assert response["X-Cache"] == "hit"
    return response


def publish_new_home_title(mission, title):
    home = mission.site.root_page.specific
    home.title = title
    home.save_revision().publish()


def test_a_cross_site_response_is_stale_after_a_publish_on_one_of_its_sites(mission_a, mission_b):
    path = f"/fr/cross-site/?sites={mission_a.site.pk},{mission_b.site.pk}"
    warm(path)

    publish_new_home_title(mission_b, "Kenya, republished")

    response = visit(path)
    assert response["X-Cache"] == "miss"
    assert "Kenya, republished" in response.text


def test_a_cross_site_response_outlives_a_publish_on_a_site_it_does_not_show(mission_a, mission_b):
    path = f"/fr/cross-site/?sites={mission_a.site.pk}"
    warm(path, KENYA)

    publish_new_home_title(mission_b, "Kenya, republished")

    assert visit(path, KENYA)["X-Cache"] == "hit"


def test_a_response_on_every_site_is_stale_after_a_publish_anywhere(mission_a, mission_b):
    warm("/fr/cross-site/?sites=all")

    NewsItemPageFactory(parent=section(mission_b, "news"), title="Kenyan news")

    assert visit("/fr/cross-site/?sites=all")["X-Cache"] == "miss"


def test_a_response_that_did_not_opt_in_is_not_stored(mission_a):
    visit("/fr/cross-site/?sites=")

    response = visit("/fr/cross-site/?sites=")

    assert response.status_code == 200
    assert "X-Cache" not in response
    assert "Surrogate-Key" not in response


@pytest.mark.parametrize("path", ["/fr/search/?q=ocean", "/sitemap.xml", "/robots.txt"])
def test_views_that_are_not_pages_are_not_stored(mission_a, path):
    visit(path)

    response = visit(path)

    assert response.status_code == 200
    assert "X-Cache" not in response


def test_a_stored_page_tells_shared_caches_how_long_to_keep_it_and_its_site(mission_a):
    stored = visit("/fr/")
    served = visit("/fr/")

    for response in (stored, served):
        cache_control = response["Cache-Control"].replace(" ", "").split(",")
        assert "s-maxage=300" in cache_control
        # Browsers are told nothing new: no max-age, as before the page cache said so.
        assert not any(directive.startswith("max-age") for directive in cache_control)
        assert response["Surrogate-Key"] == f"site-{mission_a.site.pk}"
    assert (stored["X-Cache"], served["X-Cache"]) == ("miss", "hit")


def test_a_cross_site_response_names_each_of_its_sites_for_a_purge(mission_a, mission_b):
    ids = sorted([mission_a.site.pk, mission_b.site.pk])

    listed = visit(f"/fr/cross-site/?sites={ids[0]},{ids[1]}")
    every = visit("/fr/cross-site/?sites=all")

    assert listed["Surrogate-Key"] == f"site-{ids[0]} site-{ids[1]}"
    assert every["Surrogate-Key"] == "sites-all"


def test_a_page_nobody_may_see_anonymously_never_opts_in(mission_a, settings):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=section(mission_a, "news"), restriction_type=PageViewRestriction.LOGIN
    )

    response = visit("/fr/news/")

    assert response.status_code == 302
    assert "Surrogate-Key" not in response

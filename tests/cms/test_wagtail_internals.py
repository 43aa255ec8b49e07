"""Wagtail still reads what the serving path gives it (cms.serving.wagtail_internals).

The serving path saves Wagtail work by setting what Wagtail keeps on private request
attributes and by overriding one private method of ``Page``. A Wagtail release may
rename any of these without notice: these tests fail then, and the fix belongs in
cms/serving/wagtail_internals.py alone. Wagtail's own lookups are the oracle.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import SiteRootPath
from wagtail.views import serve as wagtail_serve

from cms.serving import directory, wagtail_internals
from tests.factories import NewsItemPageFactory, StandardPageFactory, section

FRANCE = "france.localhost"
KENYA = "kenya.localhost"


def request_to(host, path="/"):
    return RequestFactory().get(path, headers={"host": host})


def resolved(host, path="/"):
    request = request_to(host, path)
    directory.resolve(request)
    return request


@pytest.fixture
def pages_of_two_sites(mission_a, mission_b):
    """Home pages, their translations, sections and deeper pages of two sites."""
    news_a = section(mission_a, "news")
    item_a = NewsItemPageFactory(parent=news_a, title="Ocean conference")
    about_b = StandardPageFactory(parent=mission_b.site.root_page, title="About", slug="about-b")
    pages = [mission_a.site.root_page, news_a, item_a, mission_b.site.root_page, about_b]
    homes = [site.root_page for site in (mission_a.site, mission_b.site)]
    translations = [page for home in homes for page in home.get_translations() if page not in pages]
    return [Page.objects.get(pk=page.pk) for page in [*pages, *translations]]


def test_the_root_paths_the_project_gives_equal_wagtails(mission_a, mission_b):
    request = resolved(FRANCE)

    assert list(wagtail_internals.site_root_paths(request)) == Site.get_site_root_paths()


def test_the_relevant_root_paths_of_every_page_equal_wagtails(pages_of_two_sites):
    request = resolved(FRANCE)
    assert len(pages_of_two_sites) >= 7

    for page in pages_of_two_sites:
        ours = page.specific._get_relevant_site_root_paths(request)
        theirs = Page._get_relevant_site_root_paths(page, None)
        assert tuple(ours) == tuple(theirs), page.url_path


def test_wagtail_builds_links_from_the_root_paths_set_on_the_request(mission_a):
    request = request_to(FRANCE)
    home = mission_a.site.root_page.specific
    sentinel = SiteRootPath(
        mission_a.site.pk, home.url_path, "https://sentinel.example", home.locale.language_code
    )
    wagtail_internals.set_site_root_paths(request, [sentinel])

    with translation.override(home.locale.language_code):
        url = home.get_full_url(request)

    assert url.startswith("https://sentinel.example/")


def test_wagtail_finds_the_site_set_on_the_request_without_a_query(
    mission_a, mission_b, django_assert_num_queries
):
    request = request_to(FRANCE)
    wagtail_internals.set_site(request, mission_b.site)

    with django_assert_num_queries(0):
        found = Site.find_for_request(request)

    assert found is mission_b.site


def test_wagtail_routes_with_the_route_set_on_the_request(mission_a):
    about = section(mission_a, "about").specific
    request = request_to(FRANCE, "/fr/no-such-page/")
    directory.resolve(request)
    wagtail_internals.set_route(request, (about, [], {}))

    assert Page.route_for_request(request, "no-such-page/")[0] is about
    with translation.override("fr"):
        response = wagtail_serve(request, "no-such-page/")
    assert response.status_code == 200
    assert about.title in response.rendered_content


def test_wagtail_checks_privacy_with_the_restrictions_the_router_knows(mission_a):
    news = section(mission_a, "news").specific
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    request = request_to(FRANCE, "/fr/news/")
    request.user = AnonymousUser()
    request.session = {}
    directory.resolve(request)
    known = PageViewRestriction.objects.none()
    wagtail_internals.set_known_view_restrictions(news, known)
    wagtail_internals.set_route(request, (news, [], {}))

    assert news.get_view_restrictions() is known
    with translation.override("fr"):
        response = wagtail_serve(request, "news/")
    # Wagtail's own check read the (deliberately wrong) restrictions given to it: no
    # redirect to the login page, although the page really is restricted.
    assert response.status_code == 200
    assert Page.objects.get(pk=news.pk).specific.get_view_restrictions().exists()

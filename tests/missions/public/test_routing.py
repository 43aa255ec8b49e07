"""Sites and pages are found exactly as Wagtail finds them, in fewer queries.

``cms.serving.directory`` answers "which site is this host?" from a per-process directory
and ``cms.serving.routing`` finds a page in two queries; Wagtail's own lookups are the oracle
here. Private pages must stay private on the short path too.
"""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from cms.serving import directory as site_directory
from cms.serving import routing, wagtail_internals
from missions.provisioning import provision_mission
from tests.conftest import as_if_committed
from tests.factories import NewsItemPageFactory, section
from tests.missions.public.conftest import FRANCE, KENYA


def resolved_request(host, path="/"):
    request = RequestFactory().get(path, headers={"host": host})
    site_directory.resolve(request)
    return request


def request_to(host, port):
    """A request for ``host`` arriving on ``port`` (what ``request.get_port()`` reads)."""
    return RequestFactory().get("/", headers={"host": f"{host}:{port}"}, SERVER_PORT=str(port))


def wagtail_site(host, port):
    """The site Wagtail itself finds for such a request, in the database."""
    return Site._find_for_request(request_to(host, port))


def fast_route(host, language, path):
    request = resolved_request(host)
    with translation.override(language):
        routing.prime_route(request, path)
    if not wagtail_internals.has_route(request):
        return "not primed"
    return wagtail_internals.route_of(request)


def wagtail_route(host, language, path):
    request = RequestFactory().get("/", headers={"host": host})
    with translation.override(language):
        return Page.route_for_request(request, path)


def same_route(ours, theirs):
    if ours is None or theirs is None:
        return ours is theirs
    page, args, kwargs = ours
    their_page, their_args, their_kwargs = theirs
    if (page.pk, type(page), kwargs) != (their_page.pk, type(their_page), their_kwargs):
        return False
    if args and their_args:  # a routable page: (view, args, kwargs) of its own route
        return (args[0].__name__, *args[1:]) == (their_args[0].__name__, *their_args[1:])
    return args == their_args


@pytest.mark.parametrize(
    ("host", "port"),
    [(FRANCE, 80), (FRANCE, 8000), (KENYA, 80), ("unknown.localhost", 80), ("localhost", 80)],
)
def test_each_host_gets_the_site_wagtail_picks(mission_a, mission_b, host, port):
    assert site_directory.resolve(request_to(host, port)) == wagtail_site(host, port)


def test_a_second_site_on_another_port_is_picked_as_wagtail_picks_it(mission_a):
    other = Site.objects.create(
        hostname=FRANCE, port=8080, root_page=mission_a.site.root_page, site_name="Other port"
    )
    for port in (80, 8080, 9000):
        assert site_directory.resolve(request_to(FRANCE, port)) == wagtail_site(FRANCE, port)
    assert site_directory.resolve(request_to(FRANCE, 8080)) == other


def test_a_renamed_site_answers_at_its_new_name_on_the_next_request(client, mission_a):
    assert client.get("/fr/", headers={"host": FRANCE}).status_code == 200
    site = mission_a.site
    site.hostname = "france-renamed.localhost"
    site.save()

    assert client.get("/fr/", headers={"host": "france-renamed.localhost"}).status_code == 200
    assert resolved_request(FRANCE) != site


def test_a_home_page_unpublished_in_one_language_is_gone_at_once(client, mission_b):
    # Kenya has English and Swahili; its Swahili home is live.
    assert client.get("/sw/", headers={"host": KENYA}).status_code == 200
    swahili_home = mission_b.site.root_page.get_translations().get(locale__language_code="sw")
    swahili_home.unpublish()
    assert client.get("/sw/", headers={"host": KENYA}).status_code == 404


def test_every_page_is_routed_as_wagtail_routes_it(
    mission_a, mission_b, every_page_type, adversarial_pages
):
    existing, others = [], []
    for mission in (mission_a, mission_b):
        host = mission.site.hostname
        for home in mission.site.root_page.get_translations(inclusive=True):
            language = home.locale.language_code
            for page in Page.objects.descendant_of(home, inclusive=True):
                existing.append((host, language, page.url_path[len(home.url_path) :]))
            # Routes of a routable page, missing pages and a page of the other site:
            # the short path may leave those to Wagtail, but must never differ from it.
            others += [
                (host, language, path)
                for path in ("news/feed/", "news/no-such-item/", "nowhere/", "news/ocean-day/")
            ]
    assert len(existing) > 30
    for host, language, path in existing:
        ours, theirs = fast_route(host, language, path), wagtail_route(host, language, path)
        assert ours != "not primed", (host, language, path)
        assert same_route(ours, theirs), (host, language, path, ours, theirs)
    for host, language, path in others:
        ours, theirs = fast_route(host, language, path), wagtail_route(host, language, path)
        assert ours == "not primed" or same_route(ours, theirs), (host, language, path)


@pytest.fixture(params=["site cache off", "site cache on"])
def site_cache(request, settings):
    """Each promise below holds with the site cache off (as in most tests) and on (as
    served: routes and view restrictions are then kept in it, cms.serving.site_data)."""
    settings.SITE_CACHE_SECONDS = 300 if request.param == "site cache on" else 0


def test_a_draft_is_not_found(client, adversarial_pages, site_cache):
    draft = adversarial_pages["draft"]
    assert client.get(draft.url, headers={"host": FRANCE}).status_code == 404


def test_a_password_protected_page_asks_for_the_password(client, adversarial_pages, site_cache):
    private = adversarial_pages["private"]
    response = client.get(private.url, headers={"host": FRANCE})
    assert b"Ocean private briefing" not in response.content
    assert b'name="password"' in response.content


def test_a_section_made_private_after_a_visit_hides_its_pages(client, mission_a, site_cache):
    news = section(mission_a, "news")
    item = NewsItemPageFactory(parent=news, title="Briefing for delegates")
    assert client.get(item.url, headers={"host": FRANCE}).status_code == 200

    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(item.url, headers={"host": FRANCE})
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_restriction_above_the_home_page_covers_the_site(client, mission_a, site_cache):
    assert client.get("/fr/news/", headers={"host": FRANCE}).status_code == 200
    tree_root = Page.get_first_root_node()
    PageViewRestriction.objects.create(page=tree_root, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/fr/news/", headers={"host": FRANCE})
    assert response.status_code == 302


def test_a_page_unpublished_after_a_visit_is_gone(client, mission_a, site_cache):
    item = NewsItemPageFactory(parent=section(mission_a, "news"), title="Short-lived news")
    url = item.url
    assert client.get(url, headers={"host": FRANCE}).status_code == 200

    item.unpublish()

    assert client.get(url, headers={"host": FRANCE}).status_code == 404


def test_a_page_moved_after_a_visit_answers_at_its_new_address(client, mission_a, site_cache):
    # Wagtail's redirects app sends the old address on to the new one.
    item = NewsItemPageFactory(parent=section(mission_a, "news"), title="Moving news")
    old_url = item.url
    assert client.get(old_url, headers={"host": FRANCE}).status_code == 200

    item.move(section(mission_a, "about"), pos="last-child")
    item.refresh_from_db()

    response = client.get(old_url, headers={"host": FRANCE})
    assert response.status_code == 301
    assert response["Location"].endswith(item.url)
    assert client.get(item.url, headers={"host": FRANCE}).status_code == 200


def test_a_language_added_to_a_site_is_served_at_once(client, mission_a, site_cache, settings):
    """Settings → Missions (or create_mission) adds Arabic: the site answers in it on
    the next request, and its cached pages offer it, with both caches warm."""
    settings.PAGE_CACHE_SECONDS = 300
    assert 'hreflang="ar"' not in client.get("/fr/", headers={"host": FRANCE}).content.decode()
    assert client.get("/ar/", headers={"host": FRANCE}).status_code == 404

    # wagtail-localize publishes the new translations when the transaction commits.
    with as_if_committed():
        provision_mission("FRA", FRANCE, 80, ["fr", "en", "ar"])

    assert client.get("/ar/", headers={"host": FRANCE}).status_code == 200
    assert client.get("/ar/news/", headers={"host": FRANCE}).status_code == 200
    assert 'hreflang="ar"' in client.get("/fr/", headers={"host": FRANCE}).content.decode()

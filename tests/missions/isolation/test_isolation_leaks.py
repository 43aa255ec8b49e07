"""Mission isolation, second round: what other missions' users could still see.

The same adversarial world as ``test_isolation`` (two provisioned missions, every object
of mission B marked ``Bravotown``, every one of mission A ``Alphaville``), with more of B
for these surfaces to leak: a user of B named Bravotown who owns and edits B's pages,
tags used only on B's images and documents, B's workflow task and B's site name.

* A page of mission A that A's moderator makes "Private, accessible to logged-in users"
  (the privacy modal of the admin) is for A's own users and the Secretariat: another
  mission's webmaster, logged in, gets what an anonymous visitor gets.
* The filters of admin listings (owner, edited by, site, tags), the task chooser and
  the dashboard's counts show a mission user nothing of another mission.
* A translation that is private in any way is not advertised in the language links
  of its public siblings, nor in sitemap.xml.
"""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import NoReverseMatch, reverse
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Task

from missions.models import Mission
from tests.factories import NewsItemPageFactory, UserFactory
from tests.missions.isolation.test_isolation import (
    A_MARK,
    B_MARK,
    World,
    _document,
    assert_refused,
    build_world,
    login,  # noqa: F401 (a fixture)
    module_world,
)

FRANCE = "france.localhost"  # mission A's site


@dataclass
class LeakWorld(World):
    """The world of ``test_isolation``, plus what the surfaces below could leak of B."""

    editor_b: object = None


def build_leak_world(mission_a, mission_b):
    world = LeakWorld(**vars(build_world(mission_a, mission_b)))
    world.editor_b = UserFactory(
        username="bravotown_editor",
        first_name=B_MARK,
        last_name="Editor",
        groups=[world.mission_b.editors_group],
    )
    # B's user owns one of B's pages and edits it: the "Owner" and "Edited by" filters.
    Page.objects.filter(pk=world.pending_b.pk).update(owner=world.editor_b)
    world.page_b.specific.save_revision(user=world.editor_b, log_action=True)
    # Tags only B uses, and tags of A's own so that A's listings have a tag filter.
    world.image_a.tags.add(f"{A_MARK} flags")
    world.image_b.tags.add(f"{B_MARK} flags")
    world.document_a.tags.add(f"{A_MARK} budgets")
    world.document_b.tags.add(f"{B_MARK} budgets")
    for mission, mark in ((world.mission_a, A_MARK), (world.mission_b, B_MARK)):
        Task.objects.filter(workflow_tasks__workflow=mission.workflow).update(
            name=f"{mark} moderators approve"
        )
    site_b = world.mission_b.site
    site_b.site_name = f"{B_MARK} mission site"
    site_b.save()
    return world


world = module_world(build_leak_world)


def public_path(page):
    """The address of ``page`` on its own site, without the host."""
    _site_id, _root_url, path = page.specific.get_url_parts()
    return path


def set_privacy(client, page, **form):
    """Post the privacy modal of ``page`` (/admin/pages/<id>/privacy/) as ``client``'s user."""
    return client.post(reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), form)


def assert_login_required(response):
    """What an anonymous visitor gets from a page for logged-in users: sent to log in
    (Wagtail's front-end login, which comes back to the page)."""
    assert response.status_code == 302, response.status_code
    assert re.search(r"/_util/login/\?next=", response["Location"]), response["Location"]
    assert A_MARK not in response.content.decode()


# --- 4. "Private, accessible to logged-in users" ---------------------------------------


@pytest.fixture
def login_private_page(world, login):
    """Mission A's news item, made private to logged-in users by A's moderator."""
    client = login(world.moderator_a)
    response = set_privacy(client, world.page_a, restriction_type=PageViewRestriction.LOGIN)
    assert response.status_code == 200
    assert world.page_a.view_restrictions.get().restriction_type == PageViewRestriction.LOGIN
    client.logout()
    return world.page_a


def test_login_private_page_is_refused_to_another_missions_webmaster(
    world, login, login_private_page
):
    anonymous = Client().get(public_path(login_private_page), HTTP_HOST=FRANCE)
    client = login(world.webmaster_b)

    response = client.get(public_path(login_private_page), HTTP_HOST=FRANCE)

    assert_login_required(response)
    assert response["Location"] == anonymous["Location"]


def test_page_under_a_login_private_section_is_refused_to_another_missions_webmaster(world, login):
    set_privacy(
        login(world.moderator_a), world.news_index_a, restriction_type=PageViewRestriction.LOGIN
    )
    client = login(world.webmaster_b)

    for page in (world.news_index_a, world.page_a):
        assert_login_required(client.get(public_path(page), HTTP_HOST=FRANCE))


@pytest.mark.parametrize("reader", ["webmaster_a", "moderator_a", "superuser"])
def test_login_private_page_is_served_to_own_mission_and_the_secretariat(
    world, login, login_private_page, reader
):
    client = login(getattr(world, reader))

    response = client.get(public_path(login_private_page), HTTP_HOST=FRANCE)

    assert response.status_code == 200
    assert f"{A_MARK} briefing" in response.content.decode()


def test_login_private_page_sends_anonymous_visitors_to_log_in(client, login_private_page):
    assert_login_required(client.get(public_path(login_private_page), HTTP_HOST=FRANCE))


def test_user_of_no_mission_is_refused_a_missions_login_private_page(client, login_private_page):
    client.force_login(UserFactory(username="someone_else"))

    assert_login_required(client.get(public_path(login_private_page), HTTP_HOST=FRANCE))


@pytest.mark.parametrize("reader", ["webmaster_b", "webmaster_a", "superuser"])
def test_document_of_a_login_private_collection_is_for_own_mission(world, login, reader):
    # The Secretariat sets a collection's privacy (mission groups cannot): the same rule.
    document = _document(world.mission_a, f"{A_MARK} memo")
    CollectionViewRestriction.objects.create(
        collection=world.mission_a.collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    client = login(getattr(world, reader))

    response = client.get(document.url)

    if reader == "webmaster_b":
        assert_login_required(response)
    else:
        assert response.status_code == 200


def _privacy_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:set_privacy", args=[page.pk]))
    assert response.status_code == 200
    return response.json()["html"]


def test_privacy_form_offers_only_own_missions_groups(world, login):
    html = _privacy_form(login(world.moderator_a), world.page_a)

    for group in world.mission_a.groups:
        assert group.name in html
    for group in world.mission_b.groups:
        assert group.name not in html


def test_privacy_form_refuses_another_missions_group(world, login):
    client = login(world.moderator_a)

    set_privacy(
        client,
        world.page_a,
        restriction_type=PageViewRestriction.GROUPS,
        groups=[str(world.mission_b.editors_group_id)],
    )

    assert not PageViewRestriction.objects.filter(groups=world.mission_b.editors_group).exists()


def test_privacy_form_accepts_own_missions_group(world, login):
    client = login(world.moderator_a)

    set_privacy(
        client,
        world.page_a,
        restriction_type=PageViewRestriction.GROUPS,
        groups=[str(world.mission_a.moderators_group_id)],
    )

    restriction = world.page_a.view_restrictions.get()
    assert list(restriction.groups.all()) == [world.mission_a.moderators_group]


def test_privacy_form_of_the_secretariat_offers_every_group(world, login):
    html = _privacy_form(login(world.superuser), world.page_a)

    for group in [*world.mission_a.groups, *world.mission_b.groups]:
        assert group.name in html


# --- 5. Listings, filters, choosers and counts ----------------------------------------

# Each surface: (who looks, the URL, a text of A's that must be there).
LISTINGS = {
    "task chooser": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_workflows:task_chooser"),
        f"{A_MARK} moderators approve",
    ),
    "task chooser results": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_workflows:task_chooser_results"),
        f"{A_MARK} moderators approve",
    ),
    "task chooser search": (
        "moderator_a",
        lambda w: reverse("wagtailadmin_workflows:task_chooser_results") + "?q=moderators",
        f"{A_MARK} moderators approve",
    ),
    "explorer of A's home": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_explore", args=[w.home_a.pk]),
        f"{A_MARK} mission home",
    ),
    "explorer of A's news": (
        "moderator_a",
        lambda w: reverse("wagtailadmin_explore", args=[w.news_index_a.pk]),
        f"{A_MARK} briefing",
    ),
    "explorer results": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_explore_results", args=[w.news_index_a.pk]),
        f"{A_MARK} briefing",
    ),
    "explorer root": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_explore_root"),
        f"{A_MARK} mission home",
    ),
    "explorer filtered by owner": (
        "webmaster_a",
        lambda w: (
            reverse("wagtailadmin_explore", args=[w.news_index_a.pk])
            + f"?owner={w.webmaster_a.pk}&search_all=1"
        ),
        f"{A_MARK} briefing",
    ),
    "page type usage": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_pages:type_use", args=["missions", "newsitempage"]),
        f"{A_MARK} briefing",
    ),
    "page type usage results": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_pages:type_use_results", args=["missions", "newsitempage"]),
        f"{A_MARK} briefing",
    ),
    "admin search": (
        "webmaster_a",
        lambda w: reverse("wagtailadmin_pages:search") + "?q=briefing",
        f"{A_MARK} briefing",
    ),
    "image library": ("webmaster_a", lambda w: reverse("wagtailimages:index"), f"{A_MARK} flags"),
    "image library results": (
        "webmaster_a",
        lambda w: reverse("wagtailimages:index_results"),
        f"{A_MARK} flag",
    ),
    "image library search": (
        "webmaster_a",
        lambda w: reverse("wagtailimages:index") + "?q=flag",
        f"{A_MARK} flags",
    ),
    "image chooser": (
        "webmaster_a",
        lambda w: reverse("wagtailimages_chooser:choose"),
        f"{A_MARK} flags",
    ),
    "image chooser results": (
        "webmaster_a",
        lambda w: reverse("wagtailimages_chooser:choose_results") + "?q=flag",
        f"{A_MARK} flag",
    ),
    "document library": (
        "webmaster_a",
        lambda w: reverse("wagtaildocs:index"),
        f"{A_MARK} budgets",
    ),
    "document library results": (
        "webmaster_a",
        lambda w: reverse("wagtaildocs:index_results"),
        f"{A_MARK} budget",
    ),
    "document chooser": (
        "webmaster_a",
        lambda w: reverse("wagtaildocs_chooser:choose"),
        f"{A_MARK} budget",
    ),
    "dashboard": ("moderator_a", lambda w: reverse("wagtailadmin_home"), "Pages"),
}


@pytest.mark.parametrize("surface", list(LISTINGS))
def test_listing_and_its_filters_show_nothing_of_another_mission(world, login, surface):
    who, build_url, own_text = LISTINGS[surface]
    client = login(getattr(world, who))

    response = client.get(build_url(world))

    content = response.content.decode()
    assert response.status_code == 200
    assert own_text in content
    assert B_MARK not in content


def test_forms_listing_is_gone_with_its_app(world, login):
    """The "Forms" listing (wagtail.contrib.forms, which no page type used) is no longer
    admin surface to guard: nothing answers at its address."""
    client = login(world.webmaster_a)

    response = client.get("/admin/forms/", follow=True)

    assert response.status_code == 404
    assert not apps.is_installed("wagtail.contrib.forms")
    with pytest.raises(NoReverseMatch):
        reverse("wagtailforms:index")


def test_simple_translation_is_gone_with_its_app():
    """wagtail-localize translates pages; wagtail.contrib.simple_translation's "Translate"
    (which offered every locale of the install) is no longer admin surface to guard."""
    assert not apps.is_installed("wagtail.contrib.simple_translation")
    with pytest.raises(NoReverseMatch):
        reverse("simple_translation:submit_page_translation", args=[1])


def test_task_chooser_does_not_choose_another_missions_task(world, login):
    task_b = Task.objects.get(workflow_tasks__workflow=world.mission_b.workflow)
    client = login(world.webmaster_a)

    response = client.get(
        reverse("wagtailadmin_workflows:task_chosen", args=[task_b.pk]), follow=True
    )

    assert_refused(response)


def test_owner_filter_offers_own_missions_users(world, login):
    client = login(world.moderator_a)

    response = client.get(reverse("wagtailadmin_explore", args=[world.news_index_a.pk]))

    owners = re.findall(r'name="owner" value="(\d+)"', response.content.decode())
    assert str(world.webmaster_a.pk) in owners
    assert str(world.editor_b.pk) not in owners
    assert str(world.webmaster_b.pk) not in owners


def test_owner_filter_of_the_secretariat_offers_every_owner(world, login):
    client = login(world.superuser)

    response = client.get(reverse("wagtailadmin_explore", args=[world.news_index_a.pk]))

    owners = re.findall(r'name="owner" value="(\d+)"', response.content.decode())
    assert {str(world.webmaster_a.pk), str(world.editor_b.pk)} <= set(owners)


def _dashboard_counts(client):
    """{"Pages": n, "Images": n, "Documents": n} as the dashboard's site summary says."""
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    found = re.findall(r"(\d[\d,]*)\s+(Pages?|Images?|Documents?)\b", html)
    return {kind.rstrip("s") + "s": int(number.replace(",", "")) for number, kind in found}


def _pages_of(mission):
    homes = mission.site.root_page.get_translations(inclusive=True)
    return Page.objects.filter(path__regex="^(" + "|".join(h.path for h in homes) + ")")


def test_dashboard_counts_only_own_missions_pages(world, login):
    client = login(world.moderator_a)

    counts = _dashboard_counts(client)

    assert counts["Pages"] == _pages_of(world.mission_a).count()
    assert counts["Images"] == 1
    assert counts["Documents"] == 1


def test_dashboard_count_does_not_move_when_another_mission_adds_a_draft(world, login):
    client = login(world.webmaster_a)
    before = _dashboard_counts(client)

    NewsItemPageFactory(parent=world.news_index_b, title=f"{B_MARK} new draft", live=False)

    assert _dashboard_counts(client) == before


def test_dashboard_of_the_secretariat_counts_every_mission(world, login):
    counts = _dashboard_counts(login(world.superuser))

    assert counts["Pages"] >= sum(_pages_of(m).count() for m in Mission.objects.all())


# --- 5e. Private translations are not advertised -------------------------------------


def _head_and_switcher_links(client, path):
    html = client.get(path, HTTP_HOST=FRANCE).content.decode()
    hreflang = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
    switcher = re.findall(r'<a href="([^"]+)" lang="[^"]+" hreflang="[^"]+"', html)
    return hreflang, switcher


@pytest.mark.parametrize(
    "restriction",
    [
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "secret"},
        {"restriction_type": PageViewRestriction.LOGIN},
        {"restriction_type": PageViewRestriction.GROUPS},
    ],
    ids=["password", "login", "groups"],
)
def test_private_translation_is_not_advertised_by_its_siblings(client, db, world, restriction):
    # A fresh copy: the world's own is shared by every test of the module.
    english_news = Page.objects.get(pk=world.news_index_a_en.pk).specific
    english_news.save_revision().publish()
    english_path = public_path(english_news)
    hreflang, switcher = _head_and_switcher_links(client, public_path(world.news_index_a))
    assert any(url.endswith(english_path) for _code, url in hreflang)
    assert english_path in switcher
    restriction_row = PageViewRestriction.objects.create(page=english_news, **restriction)
    if restriction["restriction_type"] == PageViewRestriction.GROUPS:
        restriction_row.groups.set(Group.objects.filter(pk=world.mission_a.moderators_group_id))

    hreflang, switcher = _head_and_switcher_links(client, public_path(world.news_index_a))

    assert not any(url.endswith(english_path) for _code, url in hreflang)
    assert english_path not in switcher


def test_private_translation_is_not_in_the_sitemap(client, db, world):
    Page.objects.get(pk=world.news_index_a_en.pk).specific.save_revision().publish()
    PageViewRestriction.objects.create(
        page=world.news_index_a_en, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    english_path = public_path(world.news_index_a_en)

    xml = client.get("/sitemap.xml", HTTP_HOST=FRANCE).content
    locations = [
        element.get("href") or element.text
        for element in ET.fromstring(xml).iter()
        if element.tag.endswith(("loc", "link"))
    ]

    assert any(location.endswith(public_path(world.news_index_a)) for location in locations)
    assert not any(location.endswith(english_path) for location in locations)

"""Bulk actions: ids in the query string are checked like ids in the path.

A bulk action's confirmation page (``/admin/bulk/<app>/<model>/<action>/?id=...``) lists
the objects it is asked about by title, including those the user may not act on. Mission
A's webmaster and moderator ask about mission B's pages, drafts, images and documents
by id, by ``id=all`` under B's section and by search; nothing of B may be listed, and
nothing of B may change.
"""

import pytest
from django.urls import reverse

from tests.missions.isolation.test_isolation import (  # noqa: F401 (fixtures)
    A_MARK,
    ATTACKERS,
    B_MARK,
    assert_refused,
    fingerprint_of_b,
    login,
    world,
)


def bulk(app, model, action, query):
    return reverse("wagtail_bulk_action", args=[app, model, action]) + "?" + query


B_BULK_URLS = {
    "pages under B's news": lambda w: bulk(
        "wagtailcore", "page", "delete", f"id=all&childOf={w.news_index_b.pk}"
    ),
    "search under B's news": lambda w: bulk(
        "wagtailcore", "page", "delete", f"id=all&childOf={w.news_index_b.pk}&q=Bravo"
    ),
    "B's draft by id": lambda w: bulk("wagtailcore", "page", "delete", f"id={w.pending_b.pk}"),
    "B's draft among A's": lambda w: bulk(
        "wagtailcore", "page", "unpublish", f"id={w.page_a.pk}&id={w.pending_b.pk}"
    ),
    "B's image by id": lambda w: bulk("wagtailimages", "image", "delete", f"id={w.image_b.pk}"),
    "B's document by id": lambda w: bulk(
        "wagtaildocs", "document", "delete", f"id={w.document_b.pk}"
    ),
}

EVERY_OBJECT_URLS = {
    "every page, searched": lambda w: bulk("wagtailcore", "page", "delete", "id=all&q=Bravo"),
    "every image": lambda w: bulk("wagtailimages", "image", "delete", "id=all"),
    "every document": lambda w: bulk("wagtaildocs", "document", "delete", "id=all"),
    "every image, searched": lambda w: bulk("wagtailimages", "image", "delete", "id=all&q=Bravo"),
}


@pytest.mark.parametrize("attacker", ATTACKERS)
@pytest.mark.parametrize("surface", list(B_BULK_URLS))
def test_bulk_action_on_another_missions_objects_lists_nothing_of_them(
    world, login, attacker, surface
):
    client = login(getattr(world, attacker))

    response = client.get(B_BULK_URLS[surface](world))

    assert_refused(response)


@pytest.mark.parametrize("attacker", ATTACKERS)
@pytest.mark.parametrize("surface", list(B_BULK_URLS))
def test_bulk_action_on_another_missions_objects_changes_nothing(world, login, attacker, surface):
    client = login(getattr(world, attacker))
    before = fingerprint_of_b(world)

    client.post(B_BULK_URLS[surface](world), {"include_descendants": "on", "tags": "hijacked"})

    assert fingerprint_of_b(world) == before


@pytest.mark.parametrize("surface", list(EVERY_OBJECT_URLS))
def test_bulk_action_on_every_object_lists_only_the_users_own(world, login, surface):
    client = login(world.moderator_a)

    response = client.get(EVERY_OBJECT_URLS[surface](world))

    # 200 with the user's own, or "not found" when nothing of theirs matches.
    assert response.status_code in (200, 302, 404)
    assert B_MARK not in response.content.decode()


def test_bulk_action_on_own_objects_lists_them(world, login):
    client = login(world.moderator_a)
    query = f"id={world.page_a.pk}&id={world.pending_a.pk}"

    response = client.get(bulk("wagtailcore", "page", "unpublish", query))

    assert response.status_code == 200
    assert A_MARK in response.content.decode()


def test_secretariat_bulk_action_lists_every_mission(world, login):
    client = login(world.superuser)

    response = client.get(bulk("wagtailimages", "image", "delete", "id=all"))

    assert B_MARK in response.content.decode()
    assert A_MARK in response.content.decode()

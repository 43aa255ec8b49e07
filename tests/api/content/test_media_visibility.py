"""The images and documents endpoints serve only what public content shows: an image or
a document used by the live content of a page the caller may read, or a mission's logo;
never one used only by a draft, an unpublished or restricted page, never a document in
a restricted collection."""

import pytest
from wagtail.models import Collection, CollectionViewRestriction

from missions.models import MissionSettings
from tests.api.content.conftest import (
    image_block,
    make_document,
    make_image,
    news_with,
    restrict_to_signed_in_users,
)
from tests.factories import NewsItemPageFactory, StatementPageFactory, UserFactory, section


def served(api, kind, item):
    """Whether ``item`` is in the ``kind`` listing and found by its id (both or neither)."""
    listed = {each["id"] for each in api.get(f"/api/v2/{kind}/", {"limit": 100}).json()["items"]}
    detail = api.get(f"/api/v2/{kind}/{item.pk}/").status_code
    assert (item.pk in listed) == (detail == 200), (listed, detail)
    assert detail in (200, 404)
    return detail == 200


def test_an_image_nothing_uses_is_not_served(api, image):
    assert not served(api, "images", image)


def test_an_image_used_by_a_live_page_is_served(api, mission_a, image):
    news_with(mission_a, image_block(image))

    assert served(api, "images", image)


def test_an_image_used_only_in_a_never_published_page_is_not_served(api, mission_a, image):
    draft = NewsItemPageFactory(parent=section(mission_a, "news"), live=False)
    draft.body = [image_block(image)]
    draft.save_revision()

    assert not served(api, "images", image)


def test_an_image_a_draft_adds_to_a_live_page_is_served_only_once_published(api, mission_a, image):
    page = news_with(mission_a, ("paragraph", "<p>Words.</p>"))
    page.body = [image_block(image)]
    revision = page.save_revision()

    assert not served(api, "images", image)

    revision.publish()

    assert served(api, "images", image)


def test_an_image_removed_by_a_published_change_is_no_longer_served(api, mission_a, image):
    page = news_with(mission_a, image_block(image))
    page.body = [("paragraph", "<p>Words.</p>")]
    page.save_revision().publish()

    assert not served(api, "images", image)


def test_the_image_of_an_unpublished_page_is_no_longer_served(api, mission_a, image):
    page = news_with(mission_a, image_block(image))
    page.unpublish()

    assert not served(api, "images", image)


def test_the_image_of_another_missions_unpublished_page_is_not_served(api, mission_b):
    image = make_image(mission_b)
    page = news_with(mission_b, image_block(image))
    page.unpublish()

    assert not served(api, "images", image)


def test_the_image_of_a_restricted_page_is_not_served(api, mission_a, image):
    page = news_with(mission_a, image_block(image))
    restrict_to_signed_in_users(page)

    assert not served(api, "images", image)


def test_the_image_of_a_restricted_page_is_served_to_a_caller_the_page_lets_in(
    api, mission_a, image
):
    page = news_with(mission_a, image_block(image))
    restrict_to_signed_in_users(page)
    api.force_authenticate(UserFactory())

    assert served(api, "images", image)


def test_a_deleted_pages_image_is_no_longer_served(api, mission_a, image):
    page = news_with(mission_a, image_block(image))
    page.delete()

    assert not served(api, "images", image)


def test_a_missions_logo_is_served(api, mission_a, image):
    settings = MissionSettings.objects.get(site=mission_a.site)
    settings.logo = image
    settings.save()

    assert served(api, "images", image)


def test_the_logo_of_a_mission_whose_site_is_unpublished_is_not_served(api, mission_a, image):
    settings = MissionSettings.objects.get(site=mission_a.site)
    settings.logo = image
    settings.save()
    for home in mission_a.site.root_page.get_translations(inclusive=True):
        home.unpublish()

    assert not served(api, "images", image)


@pytest.fixture
def statement_document(mission_a):
    document = make_document(mission_a)
    StatementPageFactory(parent=section(mission_a, "statements"), delivered_document=document)
    return document


def test_a_document_a_live_statement_delivers_is_served(api, statement_document):
    assert served(api, "documents", statement_document)


def test_a_document_nothing_uses_is_not_served(api, mission_a):
    assert not served(api, "documents", make_document(mission_a))


def test_a_document_linked_from_a_live_body_is_served(api, mission_a):
    document = make_document(mission_a)
    link = f'<a linktype="document" id="{document.pk}">the text</a>'
    news_with(mission_a, ("paragraph", f"<p>{link}</p>"))

    assert served(api, "documents", document)


def test_a_document_in_a_restricted_collection_is_never_served(api, mission_a):
    private = mission_a.collection.add_child(instance=Collection(name="Internal"))
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = make_document(mission_a, collection=private)
    news_with(mission_a, ("documents", {"title": "", "documents": [document]}))
    api.force_authenticate(UserFactory())

    assert not served(api, "documents", document)

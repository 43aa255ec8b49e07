"""Fixtures of the content tests: images, documents and pages that use them."""

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Locale, PageViewRestriction

from tests.factories import NewsItemPageFactory, section


def make_image(mission, width=2400, height=1600, title="Assembly hall", filename="hall.jpg", **kw):
    """A photograph (a JPEG, or a PNG when ``filename`` says so) in the mission's collection."""
    return wagtail_factories.ImageFactory(
        title=title,
        collection=mission.collection,
        file__width=width,
        file__height=height,
        file__format="PNG" if filename.endswith(".png") else "JPEG",
        file__filename=filename,
        **kw,
    )


def make_document(mission, title="Statement as delivered", collection=None):
    return Document.objects.create(
        title=title,
        file=ContentFile(b"%PDF-1.4\n" + b"0" * 2048, name="statement.pdf"),
        collection=collection or mission.collection,
    )


def image_block(image, alt_text="", caption=""):
    return ("image", {"image": image, "alt_text": alt_text, "caption": caption})


def news_with(mission, *blocks, **kwargs):
    """A live news item of ``mission`` whose body is ``blocks`` (name, value) pairs."""
    return NewsItemPageFactory(parent=section(mission, "news"), body=list(blocks), **kwargs)


def body_of(api, page, **params):
    response = api.get(f"/api/v2/pages/{page.pk}/", params)
    assert response.status_code == 200, response.content
    return response.json()["body"]


@pytest.fixture
def image(mission_a):
    return make_image(mission_a)


def translate(page, language_code, publish=True, **fields):
    """``page``'s copy in another language of its site, published unless told not to."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(copy, name, value)
    revision = copy.save_revision()
    if publish:
        revision.publish()
        copy.refresh_from_db()
    return copy


def restrict_to_signed_in_users(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

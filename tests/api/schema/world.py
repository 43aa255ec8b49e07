"""The content the schema and bad-input tests read (their conftest.py bind the
fixture): one of everything the API can show, on mission A
(a news item with an image and documents in its body, a statement with its delivered
document, an event, the Permanent Representative's page with a photo), and a news
item on mission B, all published."""

import datetime

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from tests.factories import (
    EventPageFactory,
    NewsItemPageFactory,
    RepresentativePageFactory,
    StatementPageFactory,
    section,
)


def _image(mission, title):
    return wagtail_factories.ImageFactory(
        title=title,
        collection=mission.collection,
        file__width=1200,
        file__height=800,
        file__filename=f"{title.lower().replace(' ', '-')}.jpg",
    )


def _document(mission, title):
    return Document.objects.create(
        title=title,
        file=ContentFile(b"%PDF-1.4\n" + b"0" * 512, name="statement.pdf"),
        collection=mission.collection,
    )


@pytest.fixture
def content(mission_a, mission_b):
    image = _image(mission_a, "Assembly hall")
    document = _document(mission_a, "Statement as delivered")
    body = [
        ("heading", {"text": "At the Assembly", "level": "h2"}),
        ("paragraph", f'<p>See <a linktype="document" id="{document.pk}">the text</a>.</p>'),
        ("image", {"image": image, "alt_text": "The Ambassador speaks", "caption": "Hall"}),
        ("documents", {"title": "Read", "documents": [document]}),
        ("quote", {"quote": "Peace.", "attribution": "The Ambassador"}),
    ]
    home = mission_a.site.root_page
    return {
        "mission": mission_a,
        "image": image,
        "document": document,
        "news": NewsItemPageFactory(
            parent=section(mission_a, "news"), title="Students visit", body=body
        ),
        "news_b": NewsItemPageFactory(parent=section(mission_b, "news"), title="Habari"),
        "statement": StatementPageFactory(
            parent=section(mission_a, "statements"), delivered_document=document, body=body
        ),
        "event": EventPageFactory(
            parent=section(mission_a, "events"),
            ends_at=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC),
            registration_url="https://example.org/register",
        ),
        "representative": RepresentativePageFactory(
            parent=home, slug="ambassador", photo=_image(mission_a, "Portrait")
        ),
    }

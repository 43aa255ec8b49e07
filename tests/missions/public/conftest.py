"""Fixtures of the public website tests: content of every kind, and a world with traps.

``adversarial_pages`` puts, beside the live pages of mission A, the three pages a public
listing must never show: a draft, a private page and a page of mission B. Their titles
share the word "Ocean" with the live page so a search for it would find all four.
"""

import datetime

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction

from missions.models import MissionSettings
from tests.conftest import missions_provisioned_once_per_package
from tests.factories import (
    EventPageFactory,
    NewsItemPageFactory,
    RepresentativePageFactory,
    StandardPageFactory,
    StatementPageFactory,
    section,
)

FRANCE = "france.localhost"
KENYA = "kenya.localhost"


_missions_of_the_package, mission_a, mission_b = missions_provisioned_once_per_package()


def parse(response):
    return BeautifulSoup(response.content, "html.parser")


def make_image(mission):
    return wagtail_factories.ImageFactory(
        title="Assembly hall", collection=mission.collection, file__width=640, file__height=400
    )


def make_document(mission):
    return Document.objects.create(
        title="Statement as delivered",
        file=ContentFile(b"%PDF-1.4\n" + b"0" * 2048, name="statement.pdf"),
        collection=mission.collection,
    )


@pytest.fixture
def image(mission_a):
    return make_image(mission_a)


@pytest.fixture
def document(mission_a):
    return make_document(mission_a)


@pytest.fixture
def branded_a(mission_a, image):
    """Mission A's settings (and its home page's site texts) filled in as a webmaster would."""
    return brand(mission_a, image)


def brand(mission_a, image):
    home = mission_a.site.root_page.specific
    home.display_name = "Mission permanente de la France"
    home.footer_text = "Représentation permanente de la France."
    home.save_revision().publish()
    settings = MissionSettings.objects.get(site=mission_a.site)
    settings.address = "245 East 47th Street\nNew York, NY 10017"
    settings.phone = "+1 212 702 4900"
    settings.email = "contact@france.example"
    settings.x_url = "https://x.com/franceonu"
    settings.logo = image
    settings.brand_colour = "#002395"
    settings.save()
    return settings


def image_body(image, alt_text="The Ambassador addresses the General Assembly"):
    return [
        ("heading", {"text": "Background", "level": "h2"}),
        ("paragraph", "<p>Some <b>text</b>.</p>"),
        ("image", {"image": image, "alt_text": alt_text, "caption": "New York"}),
        ("quote", {"quote": "Peace is our priority.", "attribution": "The Ambassador"}),
    ]


@pytest.fixture
def every_page_type(mission_a, branded_a, image, document):
    """One live page of each type on mission A, with images and blocks: name -> URL."""
    return make_every_page_type(mission_a, image, document)


def make_every_page_type(mission_a, image, document):
    home = mission_a.site.root_page
    news_item = NewsItemPageFactory(parent=section(mission_a, "news"), body=image_body(image))
    news_item.tags.add("climate")
    news_item.save()
    statement = StatementPageFactory(
        parent=section(mission_a, "statements"),
        delivered_document=document,
        body=[
            ("paragraph", "<p>Mr. President,</p>"),
            ("documents", {"title": "Downloads", "documents": [document]}),
            (
                "table",
                {
                    "data": [["Country", "Vote"], ["France", "Yes"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Votes",
                },
            ),
            (
                "call_to_action",
                {"text": "Read more", "button_label": "News", "page": home, "url": ""},
            ),
        ],
    )
    event = EventPageFactory(
        parent=section(mission_a, "events"),
        ends_at=timezone.now() + datetime.timedelta(days=7, hours=2),
        registration_url="https://example.org/register",
    )
    representative = RepresentativePageFactory(
        parent=home, photo=image, credentials_presented_on=datetime.date(2025, 9, 1)
    )
    standard = section(mission_a, "about")
    StandardPageFactory(parent=standard, title="History of the mission")
    contact = section(mission_a, "contact")
    contact.opening_hours = "Monday to Friday, 9:30 to 17:30"
    contact.save()
    return {
        "home": "/fr/",
        "standard": standard.url,
        "news_index": "/fr/news/",
        "news_item": news_item.url,
        "statement_index": "/fr/statements/",
        "statement": statement.url,
        "event_index": "/fr/events/",
        "event": event.url,
        "representative": representative.url,
        "contact": contact.url,
    }


@pytest.fixture
def adversarial_pages(mission_a, mission_b):
    """Live, draft, private and other-site news items, all titled with "Ocean"."""
    news_a = section(mission_a, "news")
    live = NewsItemPageFactory(parent=news_a, title="Ocean conference opens")
    draft = NewsItemPageFactory(parent=news_a, title="Ocean draft communique", live=False)
    private = NewsItemPageFactory(parent=news_a, title="Ocean private briefing")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    other_site = NewsItemPageFactory(
        parent=section(mission_b, "news"), title="Ocean day in Nairobi"
    )
    return {"live": live, "draft": draft, "private": private, "other_site": other_site}

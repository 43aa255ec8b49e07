"""Factories for the mission sites: users, missions and every mission page type."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone

from missions.models import (
    EventPage,
    NewsItemPage,
    RepresentativePage,
    StandardPage,
    StatementPage,
)
from missions.provisioning import provision_mission

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A staff-less user; pass ``groups=[...]`` to make them a mission webmaster."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)
        self.save()


def make_mission(iso3, hostname, languages=("en",), port=80):
    """Provision a mission with the real provisioning code and return its record."""
    return provision_mission(iso3, hostname=hostname, port=port, languages=languages).mission


def section(mission, slug):
    """The starter section page ('news', 'statements', ...) of a mission, specific."""
    return mission.site.root_page.get_children().get(slug=slug).specific


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "A page about the mission."


class NewsItemPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsItemPage

    title = factory.Sequence(lambda n: f"Press release {n}")
    introduction = "The Permanent Representative met the Secretary-General."
    publication_date = factory.Sequence(
        lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n % 300)
    )


class StatementPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StatementPage

    title = factory.Sequence(lambda n: f"Statement {n}")
    introduction = "Statement on the promotion of sustainable development."
    un_body = "GA"
    session = "81st session"
    agenda_item = "Item 18: Sustainable development"
    meeting_date = datetime.date(2026, 10, 5)
    speaker = "H.E. the Permanent Representative"


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Side event {n}")
    introduction = "A side event on water and sanitation."
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    location = "Conference Room 4, UN Headquarters"


class RepresentativePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = RepresentativePage

    title = "The Permanent Representative"
    slug = "permanent-representative"
    representative_name = "H.E. Ms. Amina Diallo"

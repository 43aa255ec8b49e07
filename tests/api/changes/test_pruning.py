"""The journal of changes is pruned (``manage.py prune_api_changes``): what is older than
the days it keeps goes, with its webhook deliveries, and a consumer whose cursor is from
before what went is told so (410, naming ``since``), never served the journal as if
nothing had happened in between."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from api.changes import cursor
from api.models import ChangeEvent, WebhookDelivery, WebhookSubscription
from tests.api.changes.helpers import changes_since, cursor_now, feed, published_news

pytestmark = pytest.mark.django_db


def happened_days_ago(days, *events):
    ChangeEvent.objects.filter(pk__in=[event.pk for event in events]).update(
        occurred_at=timezone.now() - timedelta(days=days)
    )


@pytest.fixture
def old_and_new(mission_a):
    """Publishes 400 days ago (the mission's provisioning, two news), then one today:
    [old events], the new event."""
    published_news(mission_a, slug="old-1")
    published_news(mission_a, slug="old-2")
    published_news(mission_a, slug="new")
    *old, new = ChangeEvent.objects.order_by("pk")
    happened_days_ago(400, *old)
    return old, new


def test_what_is_older_than_the_days_kept_goes_with_its_deliveries(old_and_new, settings):
    old, new = old_and_new
    subscription = WebhookSubscription.objects.create(name="Portal", url="http://127.0.0.1:9/")
    for event in (*old, new):
        WebhookDelivery.objects.create(subscription=subscription, event=event)

    call_command("prune_api_changes", days=365, stdout=StringIO())

    assert list(ChangeEvent.objects.all()) == [new]
    assert [delivery.event_id for delivery in WebhookDelivery.objects.all()] == [new.pk]


def test_a_cursor_from_before_what_went_is_refused_not_silently_skipped(old_and_new):
    old, _new = old_and_new
    held = cursor.encode(old[0].pk)  # the consumer had read the first old publish only

    call_command("prune_api_changes", days=365, stdout=StringIO())
    response = feed(held)

    assert response.status_code == 410
    assert response.json()["parameter"] == "since"
    assert "read the listings again" in response.json()["message"]


def test_a_cursor_after_what_went_resumes_exactly(old_and_new, mission_a):
    old, new = old_and_new
    held = cursor.encode(old[-1].pk)  # the consumer had read every old publish
    call_command("prune_api_changes", days=365, stdout=StringIO())
    later = published_news(mission_a, slug="later")

    assert changes_since(held) == [
        ("page.published", new.page_id),
        ("page.published", later.pk),
    ]
    assert feed(cursor_now()).status_code == 200


def test_a_consumer_starting_afresh_reads_what_is_kept(old_and_new):
    _old, new = old_and_new
    call_command("prune_api_changes", days=365, stdout=StringIO())

    assert changes_since(None) == [("page.published", new.page_id)]


def test_pruning_again_never_moves_the_horizon_back(old_and_new):
    old, _new = old_and_new
    call_command("prune_api_changes", days=365, stdout=StringIO())
    call_command("prune_api_changes", days=365, stdout=StringIO())

    assert feed(cursor.encode(old[0].pk)).status_code == 410


@pytest.mark.parametrize("days", [0, -3])
def test_keeping_no_day_is_refused(old_and_new, days):
    before = ChangeEvent.objects.count()

    with pytest.raises(CommandError, match="--days must be 1 or more"):
        call_command("prune_api_changes", days=days)

    assert ChangeEvent.objects.count() == before

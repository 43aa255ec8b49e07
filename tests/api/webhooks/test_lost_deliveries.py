"""A webhook delivery whose task was lost is sent all the same (``manage.py
send_due_webhooks``, api.webhooks.sweep): once overdue, it is queued again, unless a
task is already waiting to send it."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from api.models import DeliveryStatus, WebhookDelivery
from tests.api.changes.helpers import published_news
from tests.api.webhooks.helpers import subscribe

pytestmark = pytest.mark.django_db


def sweep():
    out = StringIO()
    call_command("send_due_webhooks", stdout=out)
    return out.getvalue()


def created_minutes_ago(minutes):
    WebhookDelivery.objects.update(created_at=timezone.now() - timedelta(minutes=minutes))


def test_a_delivery_whose_task_was_lost_is_queued_again_and_sent(
    mission_a, receiver, database_tasks, run_worker
):
    subscription = subscribe(receiver.url)
    published_news(mission_a)
    DBTaskResult.objects.all().delete()  # the task is lost
    created_minutes_ago(30)

    assert "Queued 1 " in sweep()
    run_worker()

    assert len(receiver.received) == 1
    assert subscription.deliveries.get().status == DeliveryStatus.SUCCEEDED


def test_a_delivery_a_task_is_waiting_for_is_not_queued_twice(mission_a, receiver, database_tasks):
    subscribe(receiver.url)
    published_news(mission_a)
    created_minutes_ago(30)  # overdue: the worker is down, but its task is there

    assert "Queued 0 " in sweep()
    assert DBTaskResult.objects.count() == 1


def test_a_delivery_whose_worker_was_killed_mid_attempt_is_queued_again(
    mission_a, receiver, database_tasks, run_worker
):
    subscription = subscribe(receiver.url)
    published_news(mission_a)
    # The worker took the task, then was killed: the row says "running" for ever.
    DBTaskResult.objects.update(status="RUNNING", started_at=timezone.now() - timedelta(minutes=30))
    created_minutes_ago(30)

    assert "Queued 1 " in sweep()
    run_worker()

    assert len(receiver.received) == 1
    assert subscription.deliveries.get().status == DeliveryStatus.SUCCEEDED


def test_a_recent_delivery_is_left_to_its_task(mission_a, receiver, database_tasks):
    subscribe(receiver.url)
    published_news(mission_a)
    DBTaskResult.objects.all().delete()

    assert "Queued 0 " in sweep()


def test_an_overdue_retry_is_attempted_again(mission_a, receiver):
    # The immediate task backend cannot wait for a retry: the sweep is what sends it.
    receiver.status = 500
    subscription = subscribe(receiver.url)
    published_news(mission_a)
    WebhookDelivery.objects.update(next_attempt_at=timezone.now() - timedelta(minutes=30))
    receiver.status = 204

    assert "Queued 1 " in sweep()

    assert len(receiver.received) == 2
    delivery = subscription.deliveries.get()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.SUCCEEDED, 2)


def test_settled_deliveries_are_left_alone(mission_a, receiver):
    subscribe(receiver.url)
    published_news(mission_a)
    created_minutes_ago(30)

    assert "Queued 0 " in sweep()
    assert len(receiver.received) == 1

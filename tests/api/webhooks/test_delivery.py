"""Webhooks: a publish reaches a real receiver on 127.0.0.1, signed per Standard Webhooks;
a receiver that is down, slow, failing or redirecting is logged and retried with
backoff, and never holds up the editor who published."""

import json
import time
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from standardwebhooks.webhooks import Webhook
from wagtail.models import PageViewRestriction

from api.models import DeliveryStatus, WebhookDelivery, WebhookSubscription
from api.webhooks.tasks import deliver_webhook
from tests.api.changes.helpers import draft_news, publish, published_news
from tests.api.webhooks.helpers import subscribe
from tests.api.webhooks.receiver import closed_port_url
from tests.conftest import as_if_committed

pytestmark = pytest.mark.django_db

TASK_PATH = "api.webhooks.tasks.deliver_webhook"


def test_a_publish_sends_a_webhook_the_receiver_verifies_with_its_secret(mission_a, receiver):
    subscription = subscribe(receiver.url)

    page = published_news(mission_a, slug="signed")

    (request,) = receiver.received
    payload = Webhook(subscription.secret).verify(request.body, request.headers)
    assert payload["type"] == "page.published"
    assert payload["data"]["page"]["id"] == page.pk
    assert payload["data"]["page"]["html_url"] == "http://france.localhost/fr/news/signed/"
    assert request.headers["webhook-id"] == payload["data"]["id"]
    assert request.headers["content-type"] == "application/json"


def test_a_body_signed_with_another_secret_is_refused_by_the_receiver(mission_a, receiver):
    subscribe(receiver.url)
    published_news(mission_a)
    other = WebhookSubscription(name="x", url=receiver.url)  # a fresh secret

    (request,) = receiver.received
    with pytest.raises(Exception, match="No matching signature"):
        Webhook(other.secret).verify(request.body, request.headers)


def test_a_successful_delivery_is_logged_with_its_response_code(mission_a, receiver):
    subscription = subscribe(receiver.url)

    published_news(mission_a)

    delivery = subscription.deliveries.get()
    assert delivery.status == DeliveryStatus.SUCCEEDED
    assert delivery.last_response_code == 204
    assert delivery.attempts == 1
    assert delivery.next_attempt_at is None


def _assert_retrying_with_backoff(delivery, response_code, before):
    assert delivery.status == DeliveryStatus.RETRYING
    assert delivery.attempts == 1
    assert delivery.last_response_code == response_code
    assert delivery.last_error
    # 30 seconds after the first failure (WEBHOOK_RETRY_BASE_SECONDS).
    assert before + timedelta(seconds=30) <= delivery.next_attempt_at
    assert delivery.next_attempt_at <= timezone.now() + timedelta(seconds=30)


def test_a_receiver_that_is_down_is_logged_and_retried_later(mission_a):
    subscription = subscribe(closed_port_url())
    before = timezone.now()

    published_news(mission_a)

    delivery = subscription.deliveries.get()
    _assert_retrying_with_backoff(delivery, None, before)
    assert "refused" in delivery.last_error.lower()


def test_a_receiver_answering_500_is_logged_and_retried_later(mission_a, receiver):
    receiver.status = 500
    subscription = subscribe(receiver.url)
    before = timezone.now()

    published_news(mission_a)

    _assert_retrying_with_backoff(subscription.deliveries.get(), 500, before)


def test_a_redirect_is_not_followed_but_logged_and_retried(mission_a, receiver):
    receiver.status = 302
    receiver.location = receiver.url + "/elsewhere"
    subscription = subscribe(receiver.url)
    before = timezone.now()

    published_news(mission_a)

    assert [request.path for request in receiver.received] == ["/hooks/cms"]
    _assert_retrying_with_backoff(subscription.deliveries.get(), 302, before)


def test_a_receiver_slower_than_the_deadline_is_given_up_on_and_retried(
    mission_a, receiver, settings
):
    settings.WEBHOOK_TIMEOUT_SECONDS = 0.5
    receiver.delay = 10
    subscription = subscribe(receiver.url)
    page = draft_news(mission_a)
    before = timezone.now()

    started = time.monotonic()
    publish(page)
    elapsed = time.monotonic() - started

    assert elapsed < 8  # the attempt stopped at the deadline, not at the answer
    delivery = subscription.deliveries.get()
    _assert_retrying_with_backoff(delivery, None, before)
    assert "timed out" in delivery.last_error


def test_the_last_attempt_failing_marks_the_delivery_failed(mission_a, receiver, settings):
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    receiver.status = 503
    subscription = subscribe(receiver.url)
    published_news(mission_a)
    delivery = subscription.deliveries.get()

    deliver_webhook.call(delivery.pk)  # the retry, when its time has come

    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.attempts == 2
    assert delivery.last_response_code == 503
    assert delivery.next_attempt_at is None


def test_a_retry_reaching_a_receiver_that_recovered_succeeds(mission_a, receiver):
    receiver.status = 500
    subscription = subscribe(receiver.url)
    published_news(mission_a)
    delivery = subscription.deliveries.get()
    receiver.status = 200

    deliver_webhook.call(delivery.pk)

    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_response_code) == (
        DeliveryStatus.SUCCEEDED,
        2,
        200,
    )
    first, second = receiver.received
    assert first.headers["webhook-id"] == second.headers["webhook-id"]  # the same message


# --- Through the database queue and its worker, as in production ------------------------


def test_publishing_queues_the_delivery_and_makes_no_request(mission_a, receiver, database_tasks):
    receiver.delay = 10  # would hold the publish for ten seconds if it waited for it
    subscribe(receiver.url)
    page = draft_news(mission_a)

    started = time.monotonic()
    publish(page)
    elapsed = time.monotonic() - started

    assert receiver.received == []
    assert elapsed < 8
    queued = DBTaskResult.objects.get(task_path=TASK_PATH)
    assert queued.status == "READY"


def test_the_worker_delivers_what_a_publish_queued(mission_a, receiver, database_tasks, run_worker):
    subscription = subscribe(receiver.url)
    page = published_news(mission_a)

    run_worker()

    (request,) = receiver.received
    payload = Webhook(subscription.secret).verify(request.body, request.headers)
    assert payload["data"]["page"]["id"] == page.pk
    assert subscription.deliveries.get().status == DeliveryStatus.SUCCEEDED
    assert DBTaskResult.objects.get(task_path=TASK_PATH).status == "SUCCESSFUL"


def test_a_failed_attempt_queues_the_next_after_the_backoff(
    mission_a, receiver, database_tasks, run_worker
):
    receiver.status = 500
    subscription = subscribe(receiver.url)
    published_news(mission_a)

    run_worker()
    run_worker()  # the retry is not due yet: nothing more is sent

    delivery = subscription.deliveries.get()
    assert delivery.status == DeliveryStatus.RETRYING
    assert len(receiver.received) == 1
    retry = DBTaskResult.objects.get(task_path=TASK_PATH, status="READY")
    assert retry.args_kwargs["args"] == [delivery.pk]
    assert retry.run_after == delivery.next_attempt_at
    assert delivery.next_attempt_at > timezone.now() + timedelta(seconds=25)


def test_backoff_grows_fourfold_with_each_failure(mission_a, receiver, database_tasks):
    receiver.status = 500
    subscription = subscribe(receiver.url)
    published_news(mission_a)
    delivery = subscription.deliveries.get()

    delays = []
    for _attempt in range(3):
        before = timezone.now()
        deliver_webhook.call(delivery.pk)
        delivery.refresh_from_db()
        delays.append(round((delivery.next_attempt_at - before).total_seconds() / 30))

    assert delays == [1, 4, 16]  # 30 s, 2 min, 8 min


# --- What each subscription asked for ---------------------------------------------------


def test_a_subscription_to_other_sites_gets_nothing_of_this_one(mission_a, mission_b, receiver):
    subscribe(receiver.url, sites=[mission_b.site])

    published_news(mission_a)

    assert receiver.received == []
    assert not WebhookDelivery.objects.exists()


def test_a_subscription_to_its_site_gets_its_changes(mission_a, mission_b, receiver):
    subscribe(receiver.url, sites=[mission_a.site])

    published_news(mission_a)

    assert len(receiver.received) == 1


def test_a_subscription_gets_only_the_event_types_it_asked_for(mission_a, receiver):
    subscribe(receiver.url, event_types=["page.deleted"])

    page = published_news(mission_a)
    with as_if_committed():
        page.delete()

    (request,) = receiver.received
    assert json.loads(request.body)["type"] == "page.deleted"


def test_a_subscription_switched_off_gets_nothing(mission_a, receiver):
    subscribe(receiver.url, active=False)

    published_news(mission_a)

    assert receiver.received == []


def test_a_restricted_page_publish_sends_no_webhook(mission_a, receiver):
    subscribe(receiver.url)
    page = draft_news(mission_a)
    with as_if_committed():
        PageViewRestriction.objects.create(page=page, restriction_type="login")

    publish(page)

    assert receiver.received == []

"""The background task that delivers webhooks (django-tasks), and its retries.

It runs on the ``WEBHOOK_TASK_BACKEND`` backend: django-tasks-db's database backend in
production and in ``make demo`` (its worker, ``manage.py db_worker --backend webhooks``,
makes the HTTP requests), the immediate backend in the tests. A failed attempt queues the
next one as a new task with ``run_after`` set to the delivery's ``next_attempt_at``
(exponential backoff, ``api.webhooks.delivery``). A backend that cannot defer a task
(the immediate one) leaves the delivery "retrying" with its next attempt due: running the
retry at once would spend every attempt within a second.
"""

import logging

from django.conf import settings
from django_tasks import task

from api.models import DeliveryStatus
from api.webhooks import delivery as deliveries

logger = logging.getLogger(__name__)


@task(backend=settings.WEBHOOK_TASK_BACKEND)
def deliver_webhook(delivery_id):
    """Attempt the delivery; on a failure with attempts left, queue the next attempt."""
    delivery = deliveries.attempt(delivery_id)
    if delivery is None:
        return None
    if delivery.status == DeliveryStatus.RETRYING:
        schedule_retry(delivery)
    return delivery.status


def enqueue_delivery(delivery_id, run_after=None):
    """Queue an attempt of the delivery, now or not before ``run_after``."""
    queued = deliver_webhook
    if run_after is not None:
        queued = queued.using(run_after=run_after)
    return queued.enqueue(delivery_id)


def schedule_retry(delivery):
    if not deliver_webhook.get_backend().supports_defer:
        logger.info(
            "Webhook delivery %s is due again at %s; this task backend cannot wait for it.",
            delivery.pk,
            delivery.next_attempt_at,
        )
        return None
    return enqueue_delivery(delivery.pk, run_after=delivery.next_attempt_at)

"""Deliveries whose task was lost, queued again (``manage.py send_due_webhooks``).

A delivery is queued once its change commits, and each failed attempt queues the next;
if a queueing fails (the task database unreachable at that moment: ``on_commit`` is
robust, so the editor's publish is not failed for it), or a task is lost (its row
deleted, a backend that cannot wait for a retry), the delivery would stay pending or
retrying for ever. The sweep queues an attempt for every unsettled delivery overdue by
more than ``GRACE`` that no queued or running task is about to send. A delivery sent
twice (a task thought lost that was only slow) is harmless: the body and its
``webhook-id`` are the same, and receivers drop duplicates by that id (Standard
Webhooks), and an attempt of a delivery already settled does nothing.
"""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from api.models import DeliveryStatus, WebhookDelivery
from api.webhooks.tasks import deliver_webhook, enqueue_delivery

# How late an attempt may be before its task counts as lost: a busy worker is late too.
GRACE = timedelta(minutes=10)


def _waiting_delivery_ids(late):
    """The deliveries a queued task, or one running since ``late``, is about to attempt
    (django-tasks-db's rows; a backend that keeps no queue has none waiting). A task
    running for longer than that (an attempt takes ``WEBHOOK_TIMEOUT_SECONDS``) is one
    whose worker was killed: it stays "running" for ever, and sends nothing."""
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(deliver_webhook.get_backend(), DatabaseBackend):
        return set()
    queued = DBTaskResult.objects.filter(
        Q(status="READY") | Q(status="RUNNING", started_at__gte=late),
        task_path=deliver_webhook.module_path,
    ).values_list("args_kwargs", flat=True)
    return {args_kwargs["args"][0] for args_kwargs in queued if args_kwargs.get("args")}


def send_due_webhooks():
    """Queue an attempt of every lost delivery (see above); how many were queued."""
    late = timezone.now() - GRACE
    overdue = WebhookDelivery.objects.filter(
        Q(status=DeliveryStatus.PENDING, created_at__lt=late)
        | Q(status=DeliveryStatus.RETRYING, next_attempt_at__lt=late)
    ).values_list("pk", flat=True)
    lost = sorted(set(overdue) - _waiting_delivery_ids(late))
    for delivery_id in lost:
        enqueue_delivery(delivery_id)
    return len(lost)

"""From recorded changes to deliveries: which subscription wants which event.

Called inside the transaction that writes the events (``api.changes.recording.write``),
so an event and its deliveries are stored together; the tasks that send them are queued
once that transaction has committed, so a worker never looks for a delivery that is not
there yet, and no HTTP request is ever made while an editor's change is being saved.
"""

from functools import partial

from django.db import transaction

from api.models import WebhookDelivery, WebhookSubscription


def wants(subscription, event):
    """True when ``subscription`` asked for ``event``: its sites and kinds, none = all."""
    site_ids = {site.pk for site in subscription.sites.all()}
    if site_ids and event.site_id not in site_ids:
        return False
    return not subscription.event_types or event.type in subscription.event_types


def fan_out(events):
    """A pending delivery per event and subscription that wants it, each queued on commit."""
    subscriptions = list(WebhookSubscription.objects.filter(active=True).prefetch_related("sites"))
    if not subscriptions:
        return []
    deliveries = WebhookDelivery.objects.bulk_create(
        [
            WebhookDelivery(subscription=subscription, event=event)
            for event in events
            for subscription in subscriptions
            if wants(subscription, event)
        ]
    )
    # Imported here: the task module names the task backend, read once settings are.
    from api.webhooks.tasks import enqueue_delivery

    for delivery in deliveries:
        transaction.on_commit(partial(enqueue_delivery, delivery.pk), robust=True)
    return deliveries

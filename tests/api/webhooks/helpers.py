"""What the webhook tests share."""

from api.models import WebhookSubscription


def subscribe(url, sites=(), event_types=(), active=True):
    subscription = WebhookSubscription.objects.create(
        name="Member State portal", url=url, event_types=list(event_types), active=active
    )
    subscription.sites.set(sites)
    return subscription

"""Admin hooks of the read API: the Secretariat's webhooks and their delivery log."""

from wagtail import hooks

from api.webhooks.admin import WebhookDeliveryViewSet, WebhookSubscriptionViewSet


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [WebhookSubscriptionViewSet(), WebhookDeliveryViewSet()]

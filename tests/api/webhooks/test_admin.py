"""The webhooks in the admin: the Secretariat's alone, the delivery log read-only."""

import pytest
from django.urls import reverse

from api.models import ChangeEvent, DeliveryStatus, WebhookDelivery, WebhookSubscription
from api.webhooks.admin import WebhookDeliveryViewSet, WebhookSubscriptionViewSet

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscription(db):
    return WebhookSubscription.objects.create(
        name="Member State portal", url="https://portal.example/hooks"
    )


@pytest.fixture
def delivery(subscription, mission_a):
    event = ChangeEvent.objects.create(
        type="page.published",
        occurred_at="2026-12-01T12:00:00Z",
        page_id=mission_a.site.root_page_id,
        page_type="missions.MissionHomePage",
        locale="fr",
        translation_key=mission_a.site.root_page.translation_key,
        html_url="http://france.localhost/fr/",
        site_id=mission_a.site.pk,
        site_hostname="france.localhost",
        mission_iso3="FRA",
    )
    return WebhookDelivery.objects.create(
        subscription=subscription,
        event=event,
        status=DeliveryStatus.RETRYING,
        attempts=1,
        last_response_code=502,
        last_error="HTTP 502 Bad Gateway",
    )


def every_url(viewset, obj):
    """Every URL of the viewset, naming ``obj`` where the URL names an object."""
    urls = []
    for pattern in viewset.get_urlpatterns():
        arguments = pattern.pattern.regex.groupindex
        kwargs = dict.fromkeys(arguments, obj.pk)
        urls.append(reverse(f"{viewset.name}:{pattern.name}", kwargs=kwargs))
    return urls


def test_the_secretariat_lists_webhooks(client, superuser, subscription):
    client.force_login(superuser)

    response = client.get(reverse("webhooks:index"))

    assert response.status_code == 200
    assert "Member State portal" in response.content.decode()


def test_the_secretariat_adds_a_webhook_with_a_generated_secret(client, superuser, mission_a):
    client.force_login(superuser)

    response = client.post(
        reverse("webhooks:add"),
        {
            "name": "Ministry site",
            "url": "https://ministry.example/cms-events",
            "active": "on",
            "sites": [mission_a.site.pk],
            "event_types": ["page.published", "page.deleted"],
        },
    )

    assert response.status_code == 302
    created = WebhookSubscription.objects.get(name="Ministry site")
    assert created.secret.startswith("whsec_")
    assert list(created.sites.all()) == [mission_a.site]
    assert created.event_types == ["page.published", "page.deleted"]


def test_the_secret_is_shown_to_the_secretariat_in_the_edit_form(client, superuser, subscription):
    client.force_login(superuser)

    response = client.get(reverse("webhooks:edit", args=[subscription.pk]))

    assert subscription.secret in response.content.decode()


def test_the_secretariat_replaces_a_secret(client, superuser, subscription):
    client.force_login(superuser)
    old_secret = subscription.secret

    client.post(
        reverse("webhooks:edit", args=[subscription.pk]),
        {"name": subscription.name, "url": subscription.url, "replace_secret": "on"},
    )

    subscription.refresh_from_db()
    assert subscription.secret != old_secret
    assert subscription.secret.startswith("whsec_")


def test_the_delivery_log_shows_status_and_response_code(client, superuser, delivery):
    client.force_login(superuser)

    response = client.get(reverse("webhook_deliveries:index"))

    content = response.content.decode()
    assert response.status_code == 200
    assert "Retrying" in content
    assert "502" in content


def test_the_delivery_log_cannot_be_written_even_by_the_secretariat(client, superuser, delivery):
    client.force_login(superuser)

    for url in (
        reverse("webhook_deliveries:add"),
        reverse("webhook_deliveries:edit", args=[delivery.pk]),
        reverse("webhook_deliveries:delete", args=[delivery.pk]),
    ):
        response = client.post(url, {})
        assert response.status_code in (302, 403), url
        assert response.status_code == 403 or response["Location"] == "/admin/", url

    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.RETRYING


def test_a_mission_webmaster_is_refused_every_url_of_the_webhooks(
    client, webmaster_a, subscription, delivery
):
    client.force_login(webmaster_a)
    secret = subscription.secret
    urls = every_url(WebhookSubscriptionViewSet(), subscription) + every_url(
        WebhookDeliveryViewSet(), delivery
    )
    assert len(urls) >= 10

    for url in urls:
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code in (302, 403, 404, 405), (url, response.status_code)
            assert secret not in response.content.decode()
            if response.status_code == 302:
                assert "webhook" not in response["Location"]

    subscription.refresh_from_db()
    assert subscription.secret == secret
    assert WebhookDelivery.objects.filter(pk=delivery.pk).exists()


def test_a_mission_webmaster_does_not_see_the_menu_items(client, webmaster_a):
    client.force_login(webmaster_a)

    response = client.get(reverse("wagtailadmin_home"))

    assert reverse("webhooks:index") not in response.content.decode()
    assert reverse("webhook_deliveries:index") not in response.content.decode()

"""Webhooks reach public internet addresses only (api.webhooks.addresses): whoever edits
webhooks cannot make this server send requests into its own network, neither by an
address typed in the form nor by a name that resolves elsewhere at delivery time.

The tests' receivers listen on 127.0.0.1, which the test settings allow; these tests
turn that off. Names are resolved by a stand-in for DNS (``resolving``): no test asks
the network.
"""

import socket

import pytest
from django.urls import reverse

from api.models import DeliveryStatus, WebhookDelivery, WebhookSubscription
from api.webhooks.addresses import check_receiver, vetted_addresses
from tests.api.changes.helpers import published_news

pytestmark = pytest.mark.django_db

REFUSED = "private or reserved network"


@pytest.fixture
def public_only(settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False


@pytest.fixture
def resolving(monkeypatch):
    """``resolving({"name": "address"})``: what the stand-in DNS answers for each name;
    addresses resolve to themselves; any other name does not resolve."""
    real = socket.getaddrinfo
    answers = {}

    def getaddrinfo(host, port, *args, **kwargs):
        return real(answers.get(host, host), port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return answers.update


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",  # a cloud's metadata service
        "0.0.0.0",  # noqa: S104 (an address refused, not one listened on)
        "100.64.0.1",  # carrier-grade NAT
        "::1",
        "fd00::1",
        "fe80::1",
        "::ffff:127.0.0.1",  # IPv4 written as IPv6
    ],
)
def test_an_address_on_a_private_or_reserved_network_is_refused(public_only, address):
    with pytest.raises(OSError, match=REFUSED):
        vetted_addresses(address, 80)


@pytest.mark.parametrize("address", ["8.8.8.8", "2001:4860:4860::8888"])
def test_a_public_address_is_allowed(public_only, address):
    assert vetted_addresses(address, 443)


def test_a_delivery_to_this_machine_is_refused_and_nothing_is_sent(
    public_only, mission_a, receiver
):
    WebhookSubscription.objects.create(name="Probe", url=receiver.url)

    published_news(mission_a)

    delivery = WebhookDelivery.objects.get()
    assert receiver.received == []
    assert delivery.status == DeliveryStatus.RETRYING
    assert delivery.last_response_code is None
    assert REFUSED in delivery.last_error
    assert "127.0.0.1" in delivery.last_error


def test_a_name_that_resolves_elsewhere_at_delivery_is_refused_there(
    public_only, mission_a, receiver, resolving
):
    # Public when the webhook is saved, this machine when a delivery is sent (DNS
    # rebinding): the connection goes to the address checked, never to a later one.
    resolving({"portal.example": "8.8.8.8"})
    url = receiver.url.replace("127.0.0.1", "portal.example")
    assert check_receiver(url) is None
    WebhookSubscription.objects.create(name="Portal", url=url)
    resolving({"portal.example": "127.0.0.1"})

    published_news(mission_a)

    assert receiver.received == []
    assert REFUSED in WebhookDelivery.objects.get().last_error


def test_allowed_private_addresses_are_reached(mission_a, receiver):
    # The test settings allow them (as development and the demo do).
    WebhookSubscription.objects.create(name="Local", url=receiver.url)

    published_news(mission_a)

    assert len(receiver.received) == 1
    assert WebhookDelivery.objects.get().status == DeliveryStatus.SUCCEEDED


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:6379/",
        "http://169.254.169.254/latest/meta-data/",
        "http://intranet.example/",
    ],
)
def test_the_form_refuses_an_address_inside_the_network(
    public_only, client, superuser, resolving, url
):
    resolving({"intranet.example": "10.0.0.7"})
    client.force_login(superuser)

    response = client.post(reverse("webhooks:add"), {"name": "Probe", "url": url, "active": "on"})

    assert response.status_code == 200
    assert REFUSED in response.context["form"].errors["url"][0]
    assert not WebhookSubscription.objects.exists()


def test_the_form_takes_a_public_address(public_only, client, superuser, resolving):
    resolving({"portal.example": "8.8.8.8"})
    client.force_login(superuser)

    response = client.post(
        reverse("webhooks:add"),
        {"name": "Portal", "url": "https://portal.example/events", "active": "on"},
    )

    assert response.status_code == 302
    assert WebhookSubscription.objects.get().url == "https://portal.example/events"

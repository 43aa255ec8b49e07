"""One attempt to deliver one event to one receiver, and what is recorded of it.

The body is the event as the change feed shows it, in the Standard Webhooks envelope
(``{"type", "timestamp", "data"}``), signed (``api.webhooks.signing``) with the event's
id as ``webhook-id`` (the same on every retry, so a receiver can drop duplicates and
match it with the feed). Anything but a 2xx answer within ``WEBHOOK_TIMEOUT_SECONDS`` is
a failure: a refused connection, a timeout, a 5xx, and a redirect, which is not followed
(the receiver's address is the one the Secretariat gave). A failure is retried after
``WEBHOOK_RETRY_BASE_SECONDS`` x 4^(n-1) (30 s, 2 min, 8 min... by default), until
``WEBHOOK_MAX_ATTEMPTS``; then the delivery is marked failed.

The standard library's urllib makes the request: no HTTP client library is installed,
and one POST with a timeout and no redirects needs nothing more (it also honours the
usual proxy variables, for an install whose outgoing traffic goes through one). Its
connections go only to public internet addresses unless allowed
(``api.webhooks.addresses``).
"""

import http.client
import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import timedelta
from http.client import HTTPException

from django.conf import settings
from django.utils import timezone

from api.changes.serializers import ChangeEventSerializer
from api.models import DeliveryStatus, WebhookDelivery
from api.webhooks.addresses import GuardedHTTPConnection, GuardedHTTPSConnection
from api.webhooks.signing import signed_headers

logger = logging.getLogger(__name__)

USER_AGENT = "UN-Missions-Webhooks/1.0"
# Only so much of an error is kept in the log (the receiver writes what it likes).
ERROR_LENGTH = 500


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    """A 3xx answer stays an answer (an HTTPError with its code), not a second request."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def _through_proxy(request):
    # An http:// request through a proxy names the whole URL; an https:// one tunnels.
    return request.has_proxy() or getattr(request, "_tunnel_host", None)


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        direct = not _through_proxy(req)
        return self.do_open(GuardedHTTPConnection if direct else http.client.HTTPConnection, req)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        direct = not _through_proxy(req)
        return self.do_open(
            GuardedHTTPSConnection if direct else http.client.HTTPSConnection,
            req,
            context=self._context,
        )


_opener = urllib.request.build_opener(_RefuseRedirects, _GuardedHTTPHandler, _GuardedHTTPSHandler)


@dataclass(frozen=True)
class Outcome:
    response_code: int | None
    error: str = ""

    @property
    def succeeded(self):
        return self.response_code is not None and 200 <= self.response_code < 300


def post(url, body, headers, timeout):
    """POST ``body`` (bytes) to ``url``; the outcome, never an exception."""
    if not url.lower().startswith(("http://", "https://")):
        return Outcome(None, "Not an http:// or https:// address.")
    # S310: the scheme is checked just above (urllib would also open file: addresses).
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310
    try:
        with _opener.open(request, timeout=timeout) as response:
            return Outcome(response.status)
    except urllib.error.HTTPError as error:
        error.close()
        return Outcome(error.code, f"HTTP {error.code} {error.reason}")
    except urllib.error.URLError as error:
        return Outcome(None, str(error.reason))
    except (TimeoutError, OSError, HTTPException, ValueError) as error:
        return Outcome(None, f"{type(error).__name__}: {error}".rstrip(": "))


def webhook_body(event):
    """The JSON text sent for ``event`` (compact: its exact bytes are signed)."""
    data = ChangeEventSerializer(event).data
    envelope = {"type": event.type, "timestamp": data["occurred_at"], "data": data}
    return json.dumps(envelope, separators=(",", ":"), ensure_ascii=False)


def retry_delay(attempts):
    """How long to wait after the ``attempts``-th failed attempt."""
    return timedelta(seconds=settings.WEBHOOK_RETRY_BASE_SECONDS * 4 ** (attempts - 1))


def attempt(delivery_id):
    """Send the delivery once and record the outcome; returns the delivery (None if gone
    or already settled).

    A retry is scheduled by the caller (``api.webhooks.tasks``) from ``next_attempt_at``.
    No transaction or lock is held while the receiver answers: on SQLite that would stop
    every editor's save for up to the timeout.
    """
    delivery = (
        WebhookDelivery.objects.select_related("subscription", "event")
        .filter(pk=delivery_id)
        .first()
    )
    if delivery is None or delivery.status in (DeliveryStatus.SUCCEEDED, DeliveryStatus.FAILED):
        return None  # deleted with its webhook, or already settled by an earlier run
    subscription, event = delivery.subscription, delivery.event
    if not subscription.active:
        delivery.status = DeliveryStatus.FAILED
        delivery.last_error = "The webhook was switched off."
        delivery.next_attempt_at = None
        delivery.save()
        return delivery

    body = webhook_body(event)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        **signed_headers(subscription.secret, event.public_id, body),
    }
    outcome = post(subscription.url, body.encode(), headers, settings.WEBHOOK_TIMEOUT_SECONDS)

    delivery.attempts += 1
    delivery.last_response_code = outcome.response_code
    delivery.last_error = outcome.error[:ERROR_LENGTH]
    if outcome.succeeded:
        delivery.status = DeliveryStatus.SUCCEEDED
        delivery.next_attempt_at = None
    elif delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.FAILED
        delivery.next_attempt_at = None
    else:
        delivery.status = DeliveryStatus.RETRYING
        delivery.next_attempt_at = timezone.now() + retry_delay(delivery.attempts)
    delivery.save()
    if not outcome.succeeded:
        logger.warning(
            "Webhook delivery %s to %s failed (attempt %s): %s",
            delivery.pk,
            subscription.url,
            delivery.attempts,
            outcome.error,
        )
    return delivery

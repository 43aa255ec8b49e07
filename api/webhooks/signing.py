"""Secrets and signatures per the Standard Webhooks specification (standardwebhooks).

A receiver checks a delivery with ``standardwebhooks.Webhook(secret).verify(body,
headers)``: the signature covers the message id, the timestamp and the exact body, so a
replayed or altered message is refused.
"""

import base64
import math
import secrets
from datetime import UTC, datetime

from standardwebhooks.webhooks import Webhook

SECRET_PREFIX = "whsec_"  # noqa: S105 (the specification's prefix, not a secret)


def generate_secret():
    """A new secret in the specification's form: ``whsec_`` and 24 random bytes in base64."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def signed_headers(secret, message_id, body, at=None):
    """The ``webhook-id``, ``webhook-timestamp`` and ``webhook-signature`` headers for
    ``body`` (the exact text sent)."""
    # In UTC: Webhook.sign() replaces the timezone rather than converting (1.1.0).
    at = (at or datetime.now(UTC)).astimezone(UTC)
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(math.floor(at.timestamp())),
        "webhook-signature": Webhook(secret).sign(message_id, at, body),
    }

"""The feed's cursor: an opaque token for a position in the journal of changes.

It is the position (a ``ChangeEvent`` id) signed with the project's secret key, in
URL-safe base64: a consumer cannot forge one, a garbled or forged one is refused (the
feed answers 400) rather than read as some other position, and the format may change
without consumers noticing.
"""

import base64
import binascii

from django.core import signing

_SIGNER = signing.Signer(salt="api.changes.cursor")


class BadCursor(ValueError):
    """The token is not a cursor this feed gave out."""


def encode(position):
    signed = _SIGNER.sign(str(position))
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def decode(token):
    """The position ``token`` stands for; BadCursor when it is not one of ours."""
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        value = _SIGNER.unsign(signed)
    except (binascii.Error, UnicodeDecodeError, ValueError, signing.BadSignature):
        raise BadCursor(token) from None
    if not (value.isascii() and value.isdigit()):
        raise BadCursor(token)
    return int(value)

"""Which receivers a webhook may reach: public internet addresses only, unless allowed.

A webhook makes this server send requests to an address typed in the admin. Aimed at
the server's own network (its database, Redis, a cloud's metadata service at
169.254.169.254, an intranet), that would let whoever edits webhooks reach what the
firewall hides, and read in the delivery log whether something answered there
(server-side request forgery). So, unless ``WEBHOOK_ALLOW_PRIVATE_ADDRESSES`` is on
(development, the demo and the tests, whose receivers listen on 127.0.0.1), a receiver
must resolve to public addresses only (``ipaddress``'s ``is_global``):

- when the webhook is saved (``check_receiver``), for a clear error in the form;
- at each delivery, where it counts: the host is resolved once, every address it
  resolves to is checked, and the connection goes to a checked address
  (``GuardedHTTPConnection``), so a name that resolves to a public address when saved
  and to a private one later (DNS rebinding) is refused before anything is sent, with
  the same error whether or not something listens there.

Through an outgoing proxy (``https_proxy``/``http_proxy``), the proxy makes the
connection and its own rules apply: the check is not made here.
"""

import http.client
import ipaddress
import socket
import urllib.parse

from django.conf import settings
from django.utils.translation import gettext as _


class RefusedAddress(OSError):
    """The receiver resolves to an address webhooks may not reach."""


def _may_reach(address):
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 scope id is no part of it
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global


def vetted_addresses(host, port):
    """``getaddrinfo``'s answers for ``host``, all of them addresses webhooks may reach;
    RefusedAddress naming the first that is not. OSError if the name does not resolve."""
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    if not settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        for *_ignored, sockaddr in found:
            if not _may_reach(sockaddr[0]):
                raise RefusedAddress(
                    _(
                        "%(host)s is on a private or reserved network (%(address)s): webhooks "
                        "only reach public internet addresses."
                    )
                    % {"host": host, "address": sockaddr[0]}
                )
    return found


def check_receiver(url):
    """The reason ``url``'s host may not receive webhooks, or None (for the admin form).

    A name that does not resolve now is let through: it may resolve later, and each
    delivery checks again.
    """
    if settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        return None  # and no name resolved for nothing
    try:
        host = urllib.parse.urlsplit(url).hostname
        if host:
            vetted_addresses(host, None)
    except RefusedAddress as refused:
        return str(refused)
    except (OSError, UnicodeError, ValueError):
        pass
    return None


def _create_connection(address, *args, **kwargs):
    """``socket.create_connection``, to a vetted address of the host only (given as an
    address, so it is not resolved again)."""
    host, port = address
    last_error = OSError(f"{host} has no address")
    for *_ignored, sockaddr in vetted_addresses(host, port):
        try:
            return socket.create_connection((sockaddr[0], port), *args, **kwargs)
        except OSError as error:
            last_error = error
    raise last_error


class GuardedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = _create_connection


class GuardedHTTPSConnection(http.client.HTTPSConnection):
    """The TLS handshake still names (and checks the certificate of) the host itself."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = _create_connection

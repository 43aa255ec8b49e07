"""The admin answers on its own hostname only: the one ``WAGTAILADMIN_BASE_URL`` names.

Every mission site is public and shows what its webmasters write. If the admin also
answered on a mission's hostname, a script that reached a public page of that site (a
pasted embed, a compromised account) would run on the same origin as an editor's admin
session there: it could read the admin's pages and post its forms with the editor's
cookies and CSRF token. With the admin on an origin of its own (and the session and CSRF
cookies host-only, see the settings), nothing a public site serves can reach it.

On any other host, ``/admin`` and everything under ``/admin/`` (the login form
included) is a plain 404, before the session is even read: no redirect, which would
tell anyone who asks where the admin lives. Hostnames are compared, not ports, so the
demo's admin at 127.0.0.1 works on any port (``make demo PORT=8001``).
"""

from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponseNotFound
from django.http.request import split_domain_port

# Where cms/urls.py mounts the Wagtail admin (a test checks that the two agree).
ADMIN_PATH = "/admin"
NOT_FOUND_BODY = "<h1>Not Found</h1><p>The requested resource was not found on this server.</p>"


@lru_cache(maxsize=4)
def admin_hostname(base_url):
    """The hostname of ``base_url`` (``WAGTAILADMIN_BASE_URL``), lower case, without its port."""
    hostname = urlsplit(base_url or "").hostname
    if not hostname:
        raise ImproperlyConfigured(
            f"WAGTAILADMIN_BASE_URL must be the admin's address, e.g. "
            f"https://admin.example.org, not {base_url!r}."
        )
    return hostname


def is_admin_path(path):
    return path == ADMIN_PATH or path.startswith(ADMIN_PATH + "/")


def is_admin_host(request):
    # get_host() checks ALLOWED_HOSTS (a 400 otherwise); split_domain_port lower-cases
    # the hostname and keeps an IPv6 address in brackets, which urlsplit drops.
    hostname = split_domain_port(request.get_host())[0].strip("[]")
    return hostname == admin_hostname(settings.WAGTAILADMIN_BASE_URL)


class AdminOriginMiddleware:
    """A 404 for the admin's URLs on any host but the admin's; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_admin_path(request.path_info) and not is_admin_host(request):
            return HttpResponseNotFound(NOT_FOUND_BODY)
        return self.get_response(request)

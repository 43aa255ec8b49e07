"""The admin answers on its own hostname only (cms.admin_origin), with host-only cookies.

The test settings put the admin on http://testserver, the test client's default host;
mission A's public site is france.localhost.
"""

import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import reverse

from cms.admin_origin import ADMIN_PATH
from tests.cms.test_settings import BASE_ENV, PRODUCTION_ENV, ROOT
from tests.factories import PASSWORD

FRANCE = "france.localhost"
ADMIN_URLS = ["/admin/", "/admin", "/admin/login/", "/admin/pages/", "/admin/no-such-view/"]

pytestmark = pytest.mark.django_db


def test_the_middleware_guards_the_path_where_the_admin_is_mounted():
    assert reverse("wagtailadmin_home") == ADMIN_PATH + "/"


@pytest.mark.parametrize("path", ADMIN_URLS)
def test_the_admin_is_not_found_on_a_mission_host(client, mission_a, path):
    response = client.get(path, HTTP_HOST=FRANCE)

    assert response.status_code == 404
    # A plain 404: nothing that points at the admin's own host.
    assert "Location" not in response
    assert b"testserver" not in response.content


def test_the_admin_host_shows_the_login_form_to_an_anonymous_visitor(client, mission_a):
    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0].startswith("/admin/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<form" in html
    assert 'name="username"' in html
    assert 'name="password"' in html


def test_the_admin_hostname_is_compared_without_its_port(client, mission_a):
    # The demo's admin is http://127.0.0.1:8000; `make demo PORT=8001` must still reach it.
    response = client.get("/admin/login/", HTTP_HOST="testserver:8001")

    assert response.status_code == 200


def test_signing_in_on_a_mission_host_is_refused_and_sets_no_cookie(client, superuser):
    response = client.post(
        "/admin/login/",
        {"username": superuser.username, "password": PASSWORD},
        HTTP_HOST=FRANCE,
    )

    assert response.status_code == 404
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert settings.CSRF_COOKIE_NAME not in response.cookies
    assert SESSION_KEY not in client.session


def test_a_signed_in_editors_session_does_not_open_the_admin_on_a_mission_host(
    mission_a, superuser, django_assert_num_queries
):
    client = Client()
    client.force_login(superuser)
    assert client.get("/admin/").status_code == 200  # the session is good on the admin host

    # Refused before the session is read: not even the session's own query.
    with django_assert_num_queries(0):
        response = client.get("/admin/", HTTP_HOST=FRANCE)
    assert response.status_code == 404
    assert client.get("/admin/pages/", HTTP_HOST=FRANCE).status_code == 404


def test_the_cookies_the_admin_sets_are_host_only(client, superuser):
    login_page = client.get("/admin/login/")
    response = client.post("/admin/login/", {"username": superuser.username, "password": PASSWORD})

    assert response.status_code == 302
    csrf_cookie = login_page.cookies[settings.CSRF_COOKIE_NAME]
    session_cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert (csrf_cookie["domain"], session_cookie["domain"]) == ("", "")
    assert "domain=" not in (csrf_cookie.output() + session_cookie.output()).lower()
    assert (settings.SESSION_COOKIE_DOMAIN, settings.CSRF_COOKIE_DOMAIN) == (None, None)


# --- Production settings -------------------------------------------------------------

PRINT_ADMIN_SETTINGS = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.WAGTAILADMIN_BASE_URL, s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, "
    "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_DOMAIN, "
    "s.CSRF_COOKIE_DOMAIN, s.SESSION_COOKIE_PATH, s.CSRF_COOKIE_PATH)"
)


def production_python(env):
    return subprocess.run(
        [sys.executable, "-c", PRINT_ADMIN_SETTINGS],
        cwd=ROOT,
        env={**BASE_ENV, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def without_admin_url(**changes):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "WAGTAILADMIN_BASE_URL"}
    return {**env, **changes}


def test_production_refuses_to_start_without_the_admins_address():
    result = production_python(without_admin_url())

    assert result.returncode != 0
    assert "ImproperlyConfigured: WAGTAILADMIN_BASE_URL must be set" in result.stderr


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("http://admin.example.org", "WAGTAILADMIN_BASE_URL must be set"),
        ("https://elsewhere.example.net", "ALLOWED_HOSTS must include the admin's hostname"),
    ],
)
def test_production_refuses_an_admin_address_it_could_not_serve(value, message):
    result = production_python(without_admin_url(WAGTAILADMIN_BASE_URL=value))

    assert result.returncode != 0
    assert message in result.stderr


def test_production_cookies_are_host_prefixed_secure_and_host_only():
    result = production_python(
        {**PRODUCTION_ENV, "WAGTAILADMIN_BASE_URL": "https://admin.example.org"}
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "https://admin.example.org",
        "__Host-sessionid",
        "__Host-csrftoken",
        "True",
        "True",
        "None",
        "None",
        "/",
        "/",
    ]

"""Sign-in throttling: guessing passwords at the admin's login and flooding its password
reset form are stopped after a few tries, per account and per client address, and the
Secretariat can lift a lockout from the admin.

Everything goes through the real login and password reset URLs with django-axes active,
as in production.
"""

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
import time_machine
from axes.models import AccessAttempt
from django.contrib.auth.models import AbstractBaseUser, Permission
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse

from cms.login_throttling import client_ip_address
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = reverse("wagtailadmin_login")
PASSWORD_RESET = reverse("wagtailadmin_password_reset")
LOCKOUT_MESSAGE = "Too many failed sign-in attempts"
RESET_THROTTLED_MESSAGE = "Too many password reset requests"
# Today at noon: time stands still there, so that no test crosses the end of a password
# reset window halfway through, and sessions opened then are still valid afterwards.
NOON = datetime.datetime.now(datetime.UTC).replace(hour=12, minute=0, second=0, microsecond=0)


@pytest.fixture
def limit(settings):
    return settings.AXES_FAILURE_LIMIT


def editor(username="amina"):
    """Someone who may use the admin (``wagtailadmin.access_admin``), not a superuser."""
    user = UserFactory(username=username)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return user


def lockouts_url():
    return reverse("login_lockouts:index")


def sign_in(client, username, password, address="192.0.2.10", **headers):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def fail(client, username, times, **kwargs):
    for _ in range(times):
        response = sign_in(client, username, "not the password", **kwargs)
    return response


def signed_in(client):
    return "_auth_user_id" in client.session


def ask_for_reset(client, email, address="192.0.2.10"):
    return client.post(PASSWORD_RESET, {"email": email}, REMOTE_ADDR=address)


# --- Lockout per account ----------------------------------------------------------


def test_the_failure_after_the_limit_is_refused_without_checking_the_password(
    client, limit, monkeypatch
):
    user = editor()
    checks = []
    real_check_password = AbstractBaseUser.check_password

    def counting_check_password(self, raw_password):
        checks.append(raw_password)
        return real_check_password(self, raw_password)

    monkeypatch.setattr(AbstractBaseUser, "check_password", counting_check_password)
    fail(client, user.username, limit)
    checked_before = len(checks)

    sign_in(client, user.username, "yet another guess")

    assert (checked_before, len(checks)) == (limit, limit)


def test_the_right_password_is_refused_during_a_lockout_with_a_clear_message(client, limit):
    user = editor()
    fail(client, user.username, limit)

    response = sign_in(client, user.username, PASSWORD)

    html = response.content.decode()
    assert response.status_code == 429
    assert LOCKOUT_MESSAGE in html
    assert 'class="login-form"' in html  # the admin's own sign-in page, not a bare text
    assert not signed_in(client)


def test_the_lockout_message_says_how_long_it_lasts(client, limit, settings):
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
    user = editor()

    response = fail(client, user.username, limit)

    assert "15\xa0minutes" in response.content.decode()


def test_the_right_password_signs_in_again_after_the_cool_off(client, limit, settings):
    user = editor()
    with time_machine.travel(NOON, tick=False) as traveller:
        assert fail(client, user.username, limit).status_code == 429  # locked out
        traveller.shift(settings.AXES_COOLOFF_TIME + datetime.timedelta(seconds=1))

        response = sign_in(client, user.username, PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


def test_the_lockout_lasts_until_the_end_of_the_cool_off(client, limit, settings):
    user = editor()
    with time_machine.travel(NOON, tick=False) as traveller:
        fail(client, user.username, limit)
        traveller.shift(settings.AXES_COOLOFF_TIME - datetime.timedelta(seconds=5))

        response = sign_in(client, user.username, PASSWORD)

    assert response.status_code == 429
    assert not signed_in(client)


def test_the_lockout_follows_the_account_to_another_address(client, limit):
    user = editor()
    fail(client, user.username, limit, address="192.0.2.10")

    response = sign_in(client, user.username, PASSWORD, address="198.51.100.20")

    assert response.status_code == 429
    assert not signed_in(client)


def test_a_successful_sign_in_ends_the_run_of_failures(client, limit):
    user = editor()
    fail(client, user.username, limit - 1)
    sign_in(client, user.username, PASSWORD)
    client.logout()
    fail(client, user.username, limit - 1)

    response = sign_in(client, user.username, PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


def test_signing_in_to_ones_own_account_does_not_clear_guesses_at_another(client, limit):
    attacker, victim = editor("attacker"), editor("victim")
    for _ in range(2):
        fail(client, victim.username, limit - 1)
        sign_in(client, attacker.username, PASSWORD)
        client.logout()

    response = sign_in(client, victim.username, PASSWORD, address="198.51.100.7")

    assert response.status_code == 429
    assert not signed_in(client)


# --- Lockout per client address ------------------------------------------------------


def test_failures_from_one_address_lock_it_out_for_every_account(client, limit):
    user = editor()
    for n in range(limit):
        sign_in(client, f"guess{n}", "not the password", address="203.0.113.66")

    response = sign_in(client, user.username, PASSWORD, address="203.0.113.66")

    assert response.status_code == 429
    assert LOCKOUT_MESSAGE in response.content.decode()
    assert not signed_in(client)


def test_a_forged_x_forwarded_for_does_not_escape_an_address_lockout(client, limit, settings):
    settings.TRUSTED_PROXY_CLIENT_IP_HEADER = ""
    user = editor()
    for n in range(limit):
        sign_in(
            client,
            f"guess{n}",
            "not the password",
            address="203.0.113.66",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        )

    response = sign_in(
        client, user.username, PASSWORD, address="203.0.113.66", HTTP_X_FORWARDED_FOR="10.9.9.9"
    )

    assert response.status_code == 429
    assert not signed_in(client)


def test_behind_a_proxy_the_trusted_header_names_the_address_locked_out(client, limit, settings):
    settings.TRUSTED_PROXY_CLIENT_IP_HEADER = "X-Real-IP"
    user = editor()
    for n in range(limit):
        sign_in(client, f"guess{n}", "nope", address="10.0.0.1", HTTP_X_REAL_IP="203.0.113.66")

    response = sign_in(
        client, user.username, PASSWORD, address="10.0.0.1", HTTP_X_REAL_IP="203.0.113.66"
    )

    assert response.status_code == 429
    assert AccessAttempt.objects.filter(ip_address="203.0.113.66").exists()
    assert not AccessAttempt.objects.filter(ip_address="10.0.0.1").exists()


def test_behind_a_proxy_other_clients_of_the_same_proxy_still_sign_in(client, limit, settings):
    settings.TRUSTED_PROXY_CLIENT_IP_HEADER = "X-Real-IP"
    user = editor()
    for n in range(limit):
        locked = sign_in(
            client, f"guess{n}", "nope", address="10.0.0.1", HTTP_X_REAL_IP="203.0.113.66"
        )
    assert locked.status_code == 429  # 203.0.113.66 is locked out

    response = sign_in(
        client, user.username, PASSWORD, address="10.0.0.1", HTTP_X_REAL_IP="198.51.100.20"
    )

    assert response.status_code == 302
    assert signed_in(client)


def test_behind_a_proxy_that_appends_to_x_forwarded_for_the_client_cannot_choose_its_address(
    settings,
):
    settings.TRUSTED_PROXY_CLIENT_IP_HEADER = "X-Forwarded-For"
    # The client sent "X-Forwarded-For: 10.9.9.9"; the proxy appended the address it saw.
    request = RequestFactory().post(
        LOGIN, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.66"
    )

    assert client_ip_address(request) == "203.0.113.66"


def test_without_a_trusted_header_the_address_is_the_connections(settings):
    settings.TRUSTED_PROXY_CLIENT_IP_HEADER = ""
    request = RequestFactory().post(
        LOGIN, REMOTE_ADDR="203.0.113.66", HTTP_X_FORWARDED_FOR="10.9.9.9", HTTP_X_REAL_IP="1.2.3.4"
    )

    assert client_ip_address(request) == "203.0.113.66"


# --- Password reset ------------------------------------------------------------------


def test_password_reset_requests_for_one_email_are_throttled_and_send_nothing(client, settings):
    user = editor()
    with time_machine.travel(NOON, tick=False):
        for n in range(settings.PASSWORD_RESET_LIMIT):
            ask_for_reset(client, user.email, address=f"198.51.100.{n}")
        mail.outbox.clear()

        response = ask_for_reset(client, user.email, address="198.51.100.99")

    assert response.status_code == 429
    assert RESET_THROTTLED_MESSAGE in response.content.decode()
    assert mail.outbox == []


def test_password_reset_requests_from_one_address_are_throttled_and_send_nothing(client, settings):
    user = editor()
    with time_machine.travel(NOON, tick=False):
        for n in range(settings.PASSWORD_RESET_LIMIT):
            ask_for_reset(client, f"someone{n}@example.org", address="203.0.113.66")
        mail.outbox.clear()

        response = ask_for_reset(client, user.email, address="203.0.113.66")

    assert response.status_code == 429
    assert RESET_THROTTLED_MESSAGE in response.content.decode()
    assert mail.outbox == []


def test_password_reset_is_open_again_after_its_window(client, settings):
    user = editor()
    with time_machine.travel(NOON, tick=False) as traveller:
        for _ in range(settings.PASSWORD_RESET_LIMIT):
            ask_for_reset(client, user.email)
        mail.outbox.clear()
        traveller.shift(datetime.timedelta(minutes=settings.PASSWORD_RESET_WINDOW_MINUTES))

        response = ask_for_reset(client, user.email)

    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[user.email]]


def test_password_reset_below_the_limit_sends_the_email(client):
    user = editor()

    response = ask_for_reset(client, user.email)

    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[user.email]]


# --- The Secretariat's list of lockouts ----------------------------------------------


def test_the_secretariat_sees_who_is_locked_out_from_where(client, superuser, limit):
    user = editor()
    fail(client, user.username, limit, address="203.0.113.66")
    client.force_login(superuser)

    response = client.get(lockouts_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert user.username in html
    assert "203.0.113.66" in html


def test_the_secretariat_unlocks_an_account_and_its_owner_signs_in(client, superuser, limit):
    user = editor()
    fail(client, user.username, limit, address="203.0.113.66")
    attempt = AccessAttempt.objects.get(username=user.username)
    admin = type(client)()
    admin.force_login(superuser)

    admin.post(reverse("login_lockouts:unlock_username", args=[attempt.pk]))
    response = sign_in(client, user.username, PASSWORD, address="198.51.100.20")

    assert response.status_code == 302
    assert signed_in(client)


def test_the_secretariat_unlocks_an_address_and_it_signs_in_again(client, superuser, limit):
    user = editor()
    for n in range(limit):
        sign_in(client, f"guess{n}", "not the password", address="203.0.113.66")
    attempt = AccessAttempt.objects.filter(ip_address="203.0.113.66").first()
    admin = type(client)()
    admin.force_login(superuser)

    admin.post(reverse("login_lockouts:unlock_address", args=[attempt.pk]))
    response = sign_in(client, user.username, PASSWORD, address="203.0.113.66")

    assert response.status_code == 302
    assert signed_in(client)


def test_staff_who_are_not_the_secretariat_have_no_lockouts_menu_item(client):
    user = editor()
    user.is_staff = True
    user.save()
    client.force_login(user)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    assert lockouts_url() not in response.content.decode()


def test_the_lockouts_menu_item_is_the_secretariats(client, superuser):
    client.force_login(superuser)

    response = client.get(reverse("wagtailadmin_home"))

    assert lockouts_url() in response.content.decode()


def test_staff_who_are_not_the_secretariat_are_refused_the_lockout_list(client):
    user = editor()
    user.is_staff = True
    user.save()
    client.force_login(user)

    response = client.get(lockouts_url())

    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))


def test_staff_who_are_not_the_secretariat_cannot_unlock(client, limit):
    locked = editor("locked")
    fail(client, locked.username, limit)
    attempt = AccessAttempt.objects.get(username=locked.username)
    user = editor()
    user.is_staff = True
    user.save()
    client.force_login(user)

    response = client.post(reverse("login_lockouts:unlock_username", args=[attempt.pk]))

    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()


# --- Configuration ---------------------------------------------------------------------


def test_the_limits_come_from_the_environment():
    root = Path(__file__).resolve().parents[2]
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.AXES_FAILURE_LIMIT, int(s.AXES_COOLOFF_TIME.total_seconds()), "
        "s.PASSWORD_RESET_LIMIT, s.PASSWORD_RESET_WINDOW_MINUTES, "
        "s.TRUSTED_PROXY_CLIENT_IP_HEADER)"
    )
    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG", "TMPDIR") if k in os.environ}
    env |= {
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "LOGIN_FAILURE_LIMIT": "3",
        "LOGIN_LOCKOUT_MINUTES": "30",
        "PASSWORD_RESET_LIMIT": "2",
        "PASSWORD_RESET_WINDOW_MINUTES": "10",
        "TRUSTED_PROXY_CLIENT_IP_HEADER": "X-Real-IP",
    }

    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.split() == ["3", "1800", "2", "10", "X-Real-IP"], result.stderr


def test_by_default_five_failures_lock_out_for_fifteen_minutes(settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    # A setting, not the constant its capital name makes ruff's SIM300 take it for.
    assert settings.AXES_COOLOFF_TIME == datetime.timedelta(minutes=15)  # noqa: SIM300

"""Two-factor sign-in for the admin (cms.two_factor).

The test settings leave TWO_FACTOR_REQUIRED off, so the rest of the suite signs users
in with force_login alone; these tests switch it on (``enforced``) unless they check
what happens when it is off. Codes are computed from the device's secret exactly as an
authenticator app does (``django_otp.oath.totp``), with the clock frozen where the
timing matters.
"""

import datetime
import re
import subprocess
import sys
from base64 import b32decode
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from cms.two_factor import policy
from cms.two_factor.middleware import check_middleware_order
from tests.cms.test_settings import BASE_ENV, PRODUCTION_ENV, ROOT, manage
from tests.factories import UserFactory

ADMIN = "/admin/"
PAGES = "/admin/pages/"
ENROL = "/admin/two-factor/enrol/"
VERIFY = "/admin/two-factor/verify/"
RECOVERY_CODES = "/admin/two-factor/recovery-codes/"
MANAGE = "/admin/two-factor/"
ADMIN_API = "/admin/api/main/pages/"
# The production settings of tests/cms/test_settings.py, with the admin's own hostname.
PRODUCTION = {
    **PRODUCTION_ENV,
    "WAGTAILADMIN_BASE_URL": "https://admin.example.org",
    "ALLOWED_HOSTS": PRODUCTION_ENV["ALLOWED_HOSTS"] + ",admin.example.org",
}
# The start of a 30-second TOTP step, so that a few seconds later is still the same step.
NOON = datetime.datetime(2026, 3, 2, 12, 0, 0, tzinfo=datetime.UTC)


@pytest.fixture
def enforced(settings):
    settings.TWO_FACTOR_REQUIRED = True


def code_for(device):
    """The code an authenticator app holding ``device``'s secret shows now."""
    value = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return f"{value:0{device.digits}d}"


def wrong_code_for(device):
    return f"{(int(code_for(device)) + 500_000) % 1_000_000:06d}"


def enrolled(user):
    """``user`` with a confirmed authenticator app; returns (device, recovery codes)."""
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=False)
    codes = policy.confirm_totp_device(device)
    return device, codes


def signed_in(user, device=None):
    """A client signed in as ``user``; verified with ``device`` when one is given."""
    client = Client()
    client.force_login(user)
    if device is not None:
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client


def assert_redirected_to(response, path, next_url=None):
    assert response.status_code == 302, response
    location = urlsplit(response["Location"])
    assert location.path == path, response["Location"]
    if next_url is not None:
        assert parse_qs(location.query)["next"] == [next_url], response["Location"]


# --- Who is sent where ---------------------------------------------------------------


def test_superuser_without_a_device_is_sent_to_enrolment_from_the_dashboard(enforced, superuser):
    client = signed_in(superuser)

    response = client.get(ADMIN)

    assert_redirected_to(response, ENROL, next_url=ADMIN)


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", ADMIN_API + "?child_of=1&for_explorer=1"),  # the explorer's JSON
        ("get", "/admin/choose-page/"),  # a chooser's modal, answered in JSON
        ("post", "/admin/localize/translate/1/strings/1/edit/"),  # wagtail-localize's editor
    ],
)
def test_superuser_without_a_device_is_sent_to_enrolment_from_admin_json_endpoints(
    enforced, superuser, method, url
):
    client = signed_in(superuser)

    response = getattr(client, method)(url, HTTP_ACCEPT="application/json")

    # A fetch comes back to where it was; a POST is not repeated, the dashboard follows.
    assert_redirected_to(response, ENROL, next_url=url if method == "get" else ADMIN)


def test_sign_out_and_the_admin_sign_in_assets_stay_open_before_the_second_factor(
    enforced, superuser
):
    client = signed_in(superuser)

    assert client.get("/admin/jsi18n/").status_code == 200
    assert client.get("/admin/sprite/").status_code == 200
    response = client.post("/admin/logout/")
    assert_redirected_to(response, "/admin/login/")
    assert "_auth_user_id" not in client.session


def test_a_moderator_who_can_publish_must_enrol(enforced, moderator_a, webmaster_a):
    assert policy.must_use_two_factor(moderator_a)
    assert not policy.must_use_two_factor(webmaster_a)

    response = signed_in(moderator_a).get(PAGES)

    assert_redirected_to(response, ENROL, next_url=PAGES)


def test_a_group_that_may_publish_a_snippet_or_manage_accounts_must_enrol(enforced, mission_a):
    publisher = Group.objects.create(name="Snippet publishers")
    publisher.permissions.add(Permission.objects.get(codename="access_admin"))
    manager = Group.objects.create(name="Account managers")
    manager.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_user", content_type__app_label="auth"),
    )
    publisher.permissions.add(
        Permission.objects.create(
            codename="publish_thing",
            name="Can publish thing",
            content_type=Permission.objects.get(codename="access_admin").content_type,
        )
    )

    for group in (publisher, manager):
        user = UserFactory(groups=[group, mission_a.editors_group])
        assert policy.must_use_two_factor(user), group
        assert_redirected_to(signed_in(user).get(ADMIN), ENROL)


def test_a_plain_editor_is_not_forced_but_can_enrol(enforced, webmaster_a):
    client = signed_in(webmaster_a)
    assert client.get(PAGES).status_code == 200

    account = client.get(reverse("wagtailadmin_account"))
    assert MANAGE.encode() in account.content
    assert client.get(MANAGE).status_code == 200

    client.get(ENROL)
    device = TOTPDevice.objects.get(user=webmaster_a, confirmed=False)
    response = client.post(ENROL, {"code": code_for(device)})
    assert_redirected_to(response, RECOVERY_CODES)
    assert client.get(RECOVERY_CODES).status_code == 200
    assert client.get(PAGES).status_code == 200

    # From now on, this editor's sign-ins ask for a code too.
    assert_redirected_to(signed_in(webmaster_a).get(PAGES), VERIFY, next_url=PAGES)


def test_an_editor_who_chose_it_can_turn_it_off_and_a_moderator_cannot(
    enforced, webmaster_a, moderator_a
):
    editor_device, _ = enrolled(webmaster_a)
    editor = signed_in(webmaster_a, editor_device)

    response = editor.post(MANAGE, {"action": "turn-off"})

    assert_redirected_to(response, MANAGE)
    assert not policy.has_two_factor(webmaster_a)
    assert signed_in(webmaster_a).get(PAGES).status_code == 200

    moderator_device, _ = enrolled(moderator_a)
    moderator = signed_in(moderator_a, moderator_device)
    # Refused as Wagtail refuses: back to the dashboard, with a message.
    assert_redirected_to(moderator.post(MANAGE, {"action": "turn-off"}), ADMIN)
    assert policy.has_two_factor(moderator_a)


def test_when_not_required_nobody_is_asked_for_a_code(settings, superuser, moderator_a):
    settings.TWO_FACTOR_REQUIRED = False
    enrolled(moderator_a)

    for user in (superuser, moderator_a):
        client = signed_in(user)
        assert client.get(ADMIN).status_code == 200, user
        assert client.get(PAGES).status_code == 200, user
        response = client.get(ADMIN_API + "?child_of=1&for_explorer=1")
        assert response.status_code == 200, user
        assert response["Content-Type"] == "application/json"


# --- Enrolment -----------------------------------------------------------------------


def test_enrolment_shows_a_qr_code_and_the_secret_and_refuses_a_wrong_code(enforced, superuser):
    client = signed_in(superuser)

    page = client.get(ENROL)

    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=superuser, confirmed=False)
    html = page.content.decode()
    assert "<svg" in html
    secret = re.search(r'data-secret="([A-Z2-7]+)"', html).group(1)
    assert b32decode(secret + "=" * (-len(secret) % 8)) == device.bin_key
    # Reloading the page keeps the secret the user may already have scanned.
    assert secret in client.get(ENROL).content.decode()

    response = client.post(ENROL, {"code": wrong_code_for(device)})

    assert response.status_code == 200
    assert "This code is not valid" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert not StaticDevice.objects.filter(user=superuser).exists()
    assert_redirected_to(client.get(ADMIN), ENROL)


def test_enrolment_with_the_right_code_shows_ten_recovery_codes_once(enforced, superuser):
    client = signed_in(superuser)
    client.get(ENROL + "?next=/admin/pages/")
    device = TOTPDevice.objects.get(user=superuser, confirmed=False)

    response = client.post(ENROL, {"code": code_for(device), "next": PAGES})

    assert_redirected_to(response, RECOVERY_CODES, next_url=PAGES)
    device.refresh_from_db()
    assert device.confirmed
    page = client.get(response.url)
    assert page.status_code == 200
    shown = page.context["codes"]
    assert len(shown) == 10
    stored = set(StaticToken.objects.filter(device__user=superuser).values_list("token", flat=True))
    assert {code.replace("-", "") for code in shown} == stored
    for code in shown:
        assert code in page.content.decode()
    assert f'href="{PAGES}"' in page.content.decode()
    # Shown once: the codes are no longer anywhere but in the user's hands.
    assert_redirected_to(client.get(RECOVERY_CODES), MANAGE)
    # Enrolment verified this session: the admin is open.
    assert client.get(PAGES).status_code == 200
    assert ModelLogEntry.objects.filter(action="two_factor.enrol").count() == 1


# --- Signing in with a code ----------------------------------------------------------


def test_a_user_with_a_device_must_verify_before_reaching_the_pages(enforced, superuser):
    device, _ = enrolled(superuser)
    client = signed_in(superuser)

    assert_redirected_to(client.get(PAGES), VERIFY, next_url=PAGES)
    prompt = client.get(VERIFY + "?next=" + PAGES)
    assert prompt.status_code == 200
    assert b'name="code"' in prompt.content
    # Enrolling a new device instead is not a way round the prompt.
    assert_redirected_to(client.get(ENROL), VERIFY)

    key_before = client.session.session_key
    response = client.post(VERIFY, {"code": code_for(device), "next": PAGES})

    assert_redirected_to(response, PAGES)
    assert client.get(PAGES).status_code == 200
    # The verified session has a key of its own: one seen before this step opens nothing.
    assert client.session.session_key != key_before


def test_a_wrong_code_is_refused_with_a_clear_error(enforced, superuser):
    device, _ = enrolled(superuser)
    client = signed_in(superuser)

    response = client.post(VERIFY, {"code": wrong_code_for(device)})

    assert response.status_code == 200
    assert "This code is not valid" in response.content.decode()
    assert_redirected_to(client.get(PAGES), VERIFY)


def test_a_recovery_code_works_once_only(enforced, moderator_a):
    _, codes = enrolled(moderator_a)
    code = policy.format_recovery_code(codes[0]).upper()  # as typed from a printout

    first = signed_in(moderator_a)
    response = first.post(VERIFY, {"code": code}, follow=True)

    assert response.redirect_chain[0] == (ADMIN, 302)
    assert "9 recovery codes are left" in response.content.decode()
    assert first.get(PAGES).status_code == 200

    second = signed_in(moderator_a)
    response = second.post(VERIFY, {"code": code})

    assert response.status_code == 200
    assert "This code is not valid" in response.content.decode()
    assert_redirected_to(second.get(PAGES), VERIFY)
    assert StaticToken.objects.filter(device__user=moderator_a).count() == 9


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/", VERIFY])
def test_the_next_address_must_be_on_this_site_and_past_the_sign_in(enforced, superuser, next_url):
    device, _ = enrolled(superuser)
    client = signed_in(superuser)

    response = client.post(VERIFY, {"code": code_for(device), "next": next_url})

    assert_redirected_to(response, ADMIN)


def test_new_recovery_codes_replace_the_old_ones(enforced, webmaster_a):
    device, old_codes = enrolled(webmaster_a)
    client = signed_in(webmaster_a, device)
    assert b"10 unused recovery codes" in client.get(MANAGE).content

    response = client.post(MANAGE, {"action": "recovery-codes"})

    assert_redirected_to(response, RECOVERY_CODES)
    new_codes = [code.replace("-", "") for code in client.get(RECOVERY_CODES).context["codes"]]
    assert len(new_codes) == 10
    stored = set(
        StaticToken.objects.filter(device__user=webmaster_a).values_list("token", flat=True)
    )
    assert stored == set(new_codes)
    assert not stored & set(old_codes)


def test_wrong_codes_are_throttled(enforced, superuser):
    with time_machine.travel(NOON, tick=False) as clock:
        device, _ = enrolled(superuser)
        client = signed_in(superuser)

        for _attempt in range(2):
            response = client.post(VERIFY, {"code": wrong_code_for(device)})
            assert "This code is not valid" in response.content.decode()
            clock.shift(1)
        device.refresh_from_db()
        assert device.throttling_failure_count == 2

        # Two wrong codes in a row: the next attempt waits 2 seconds, even the right code.
        response = client.post(VERIFY, {"code": code_for(device)})

        assert response.status_code == 200
        assert "Too many wrong codes. Wait 1 second before" in response.content.decode()
        assert_redirected_to(client.get(PAGES), VERIFY)
        device.refresh_from_db()
        assert device.throttling_failure_count == 2  # a refused attempt is not counted

        clock.shift(1)
        response = client.post(VERIFY, {"code": code_for(device)})

        assert_redirected_to(response, ADMIN)
        device.refresh_from_db()
        assert device.throttling_failure_count == 0


def test_a_code_cannot_be_used_twice(enforced, superuser):
    with time_machine.travel(NOON, tick=False):
        device, _ = enrolled(superuser)
        code = code_for(device)
        assert_redirected_to(signed_in(superuser).post(VERIFY, {"code": code}), ADMIN)

        response = signed_in(superuser).post(VERIFY, {"code": code})

        assert "This code is not valid" in response.content.decode()


# --- The Secretariat's reset ---------------------------------------------------------


def test_the_secretariat_resets_a_users_devices(enforced, superuser, moderator_a):
    superuser_device, _ = enrolled(superuser)
    secretariat = signed_in(superuser, superuser_device)
    moderator_device, _ = enrolled(moderator_a)
    moderator = signed_in(moderator_a, moderator_device)
    reset_url = reverse("two_factor_reset", args=[moderator_a.pk])

    listing = secretariat.get(reverse("wagtailusers_users:index"))
    assert reset_url.encode() in listing.content
    confirm = secretariat.get(reset_url)
    assert confirm.status_code == 200
    assert b"10 unused recovery codes" in confirm.content

    response = secretariat.post(reset_url)

    assert_redirected_to(response, reverse("wagtailusers_users:edit", args=[moderator_a.pk]))
    assert not TOTPDevice.objects.filter(user=moderator_a).exists()
    assert not StaticDevice.objects.filter(user=moderator_a).exists()
    assert ModelLogEntry.objects.filter(action="two_factor.reset").count() == 1
    # The moderator's open session loses its verification, and enrols again.
    assert_redirected_to(moderator.get(PAGES), ENROL)


def test_only_the_secretariat_can_reset(enforced, moderator_a, webmaster_a):
    enrolled(webmaster_a)
    moderator_device, _ = enrolled(moderator_a)
    moderator = signed_in(moderator_a, moderator_device)
    reset_url = reverse("two_factor_reset", args=[webmaster_a.pk])

    # Refused as Wagtail refuses: back to the dashboard, with a message.
    assert_redirected_to(moderator.get(reset_url), ADMIN)
    assert_redirected_to(moderator.post(reset_url), ADMIN)
    assert TOTPDevice.objects.filter(user=webmaster_a, confirmed=True).exists()
    assert StaticToken.objects.filter(device__user=webmaster_a).count() == 10


# --- Configuration -------------------------------------------------------------------


def test_the_gate_must_come_after_django_otps_middleware(settings):
    assert check_middleware_order() == []
    gate = "cms.two_factor.middleware.TwoFactorMiddleware"
    otp = "django_otp.middleware.OTPMiddleware"
    middleware = [name for name in settings.MIDDLEWARE if name != otp]
    settings.MIDDLEWARE = [*middleware[: middleware.index(gate) + 1], otp]

    assert [error.id for error in check_middleware_order()] == ["two_factor.E001"]


def test_production_requires_two_factor_and_refuses_to_turn_it_off():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.TWO_FACTOR_REQUIRED)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**BASE_ENV, **PRODUCTION},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == ["True"], result.stderr

    refused = manage("check", env={**PRODUCTION, "TWO_FACTOR_REQUIRED": "false"})

    assert refused.returncode != 0
    assert "TWO_FACTOR_REQUIRED cannot be turned off in production" in refused.stderr


def test_the_demo_settings_do_not_ask_for_codes():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DEBUG, settings.TWO_FACTOR_REQUIRED)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**BASE_ENV, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.split() == ["True", "False"], result.stderr

"""In a real browser: the Secretariat's first sign-in sets up two-factor sign-in.

Password, then the enrolment page (QR code and secret), a code computed from the
secret shown as an authenticator app would, the recovery codes, then the dashboard.
"""

import re
from base64 import b32decode

import pytest
from django_otp.oath import totp

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_superuser_signs_in_sets_up_an_authenticator_app_and_reaches_the_dashboard(
    page, live_port, settings, artifacts_dir
):
    settings.TWO_FACTOR_REQUIRED = True
    base = f"http://localhost:{live_port}"
    settings.WAGTAILADMIN_BASE_URL = base  # the admin answers on its own hostname only
    user = UserFactory(username="secretariat")
    user.is_superuser = user.is_staff = True
    user.save()

    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")

    page.wait_for_url(re.compile(r"/admin/two-factor/enrol/\?next=/admin/$"))
    assert page.locator(".two-factor-qr-code svg").is_visible()
    secret = page.locator("#two-factor-secret").get_attribute("data-secret")
    assert page.locator("#two-factor-secret").inner_text().replace(" ", "") == secret
    page.screenshot(path=str(artifacts_dir / "two-factor-enrol.png"), full_page=True)

    key = b32decode(secret + "=" * (-len(secret) % 8))

    # A wrong code first: the page says so and stays.
    page.get_by_label("Code from the app").fill(f"{(totp(key) + 500_000) % 1_000_000:06d}")
    page.get_by_role("button", name="Confirm").click()
    page.get_by_role("status").get_by_text("This code is not valid").wait_for()

    # The authenticator app's code, from the secret as typed into the app. A wrong
    # code makes the next attempt wait a second (throttling).
    page.wait_for_timeout(1100)
    page.get_by_label("Code from the app").fill(f"{totp(key):06d}")
    page.get_by_role("button", name="Confirm").click()

    page.wait_for_url(re.compile(r"/admin/two-factor/recovery-codes/"))
    codes = page.locator(".two-factor-recovery-codes li").all_inner_texts()
    assert len(codes) == 10
    assert page.get_by_text("Two-factor sign-in is on for your account.").is_visible()
    assert all(re.fullmatch(r"[a-z2-7]{4}-[a-z2-7]{4}", code.strip()) for code in codes)
    page.screenshot(path=str(artifacts_dir / "two-factor-recovery-codes.png"), full_page=True)

    page.get_by_role("link", name="I have saved my recovery codes").click()
    page.wait_for_url(f"{base}/admin/")
    page.get_by_role("heading", level=1).wait_for()
    page.screenshot(path=str(artifacts_dir / "two-factor-dashboard.png"), full_page=True)
    assert page.get_by_role("heading", level=1).inner_text() == "UN Permanent Missions"

"""Who must use two-factor sign-in, and the devices that carry it (django-otp models)."""

import math

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp import devices_for_user
from django_otp.models import VerifyNotAllowed
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.permissions import page_permission_policy

RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "Recovery codes"
TOTP_DEVICE_NAME = "Authenticator app"

# Whoever holds one of these can put themselves (or anyone) in a group that publishes.
ACCOUNT_MANAGEMENT_PERMISSIONS = ("auth.add_user", "auth.change_user", "auth.change_group")


def is_enforced():
    """Whether the admin asks for codes at all (``TWO_FACTOR_REQUIRED``; on unless set)."""
    return bool(getattr(settings, "TWO_FACTOR_REQUIRED", True))


def can_publish(user):
    """Whether ``user`` can publish anything: a page anywhere, or a model with draft state.

    Wagtail's page permission policy answers for pages (superusers, and any group with
    the publish permission on any page, which then applies to the subtree); Django's
    permissions for the ``publish_<model>`` permissions of snippets.
    """
    if not user.is_active:
        return False
    if user.is_superuser or page_permission_policy.user_has_permission(user, "publish"):
        return True
    return any(name.partition(".")[2].startswith("publish_") for name in user.get_all_permissions())


def must_use_two_factor(user):
    """Whether ``user`` may not use the admin without a second factor (ignoring the switch)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return (
        user.is_superuser
        or can_publish(user)
        or any(user.has_perm(name) for name in ACCOUNT_MANAGEMENT_PERMISSIONS)
    )


def has_two_factor(user):
    """Whether ``user`` has set up an authenticator app (recovery codes come with it).

    One query, on every admin request of a user not yet verified: the app alone is
    looked up, not every kind of django-otp device.
    """
    if not user.is_authenticated:
        return False
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def totp_device(user):
    """The user's confirmed authenticator app, or None."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("-pk").first()


def recovery_device(user):
    """The user's recovery codes (a django-otp static device), or None."""
    return StaticDevice.objects.devices_for_user(user, confirmed=True).order_by("-pk").first()


def pending_totp_device(user):
    """The authenticator app being set up (unconfirmed), created on first use.

    Kept until confirmed, so reloading the set-up page shows the same secret that the
    user may already have scanned.
    """
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)
    return device


def throttled_for(device):
    """Seconds until ``device`` accepts another code after wrong ones (0 when it does)."""
    allowed, info = device.verify_is_allowed()
    if allowed or not info or info.get("reason") != VerifyNotAllowed.N_FAILED_ATTEMPTS:
        return 0
    remaining = (info["locked_until"] - timezone.now()).total_seconds()
    return max(1, math.ceil(remaining))


class Throttled(Exception):
    def __init__(self, seconds):
        super().__init__(seconds)
        self.seconds = seconds


def check_code(device, code):
    """Check ``code`` against ``device``; True or False, or Throttled after wrong codes.

    The device row is locked for the check so two requests cannot spend one code twice
    or race past the throttle; django-otp's ``verify_token`` counts a failure (each one
    doubles the wait before the next attempt) or resets the count on success.
    """
    with transaction.atomic():
        locked = type(device).objects.select_for_update().get(pk=device.pk)
        seconds = throttled_for(locked)
        if seconds:
            raise Throttled(seconds)
        return locked.verify_token(code)


def normalise_code(code):
    """A code as typed (spaces, hyphens, capitals) in the form the devices store."""
    return "".join(code.split()).replace("-", "").lower()


def issue_recovery_codes(user):
    """Replace the user's recovery codes with RECOVERY_CODE_COUNT new ones and return them."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
        codes = set()
        while len(codes) < RECOVERY_CODE_COUNT:
            code = StaticToken.random_token()
            if not code.isdigit():  # all digits would read as an authenticator app's code
                codes.add(code)
        codes = sorted(codes)
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def confirm_totp_device(device):
    """Make ``device`` the user's only authenticator app, with fresh recovery codes."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return issue_recovery_codes(device.user)


@transaction.atomic
def remove_devices(user):
    """Delete every django-otp device of ``user``; return how many there were."""
    devices = list(devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    return len(devices)


def format_recovery_code(code):
    """``abcdefgh`` -> ``abcd-efgh``: easier to copy by hand; the hyphen is optional."""
    return f"{code[:4]}-{code[4:]}" if len(code) == 8 else code

"""The code prompt, enrolment, recovery codes, the user's own settings and the reset.

These are admin URLs (``register_admin_urls``), so Wagtail already refuses anyone
without admin access and marks every response uncacheable.
"""

from base64 import b32encode
from urllib.parse import urlsplit

import django_otp
import segno
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import LazyObject, empty
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods
from wagtail.log_actions import log

from cms.two_factor import policy
from cms.two_factor.forms import ConfirmDeviceForm, VerifyForm

# New recovery codes wait here between the POST that made them and the page that
# shows them, which takes them out: shown once, and a reload does not resubmit.
NEW_CODES_SESSION_KEY = "two_factor_new_recovery_codes"
SIGN_IN_STEPS = ("two_factor_verify", "two_factor_enrol", "two_factor_recovery_codes")


def _next_url(request):
    """Where to go afterwards: the ``next`` given, if it is on this host; else the dashboard."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if (
        candidate
        and url_has_allowed_host_and_scheme(
            candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        # Not back to a step of the sign-in, which would send the user on to itself.
        and urlsplit(candidate).path not in {reverse(name) for name in SIGN_IN_STEPS}
    ):
        return candidate
    return reverse("wagtailadmin_home")


def _signed_in_with(request, device):
    """Mark the session verified by ``device``, under a new session key (the session now
    opens more than it did: a key seen before this step must not carry it)."""
    request.session.cycle_key()
    django_otp.login(request, device)


def _log(instance, action, user):
    """Wagtail's audit log; it ignores a lazy user (request.user is wrapped twice here)."""
    log(instance=_unwrapped(instance), action=action, user=_unwrapped(user))


def _unwrapped(obj):
    while isinstance(obj, LazyObject):
        if obj._wrapped is empty:
            obj._setup()
        obj = obj._wrapped
    return obj


def _with_next(view_name, next_url):
    """The URL of ``view_name`` carrying ``next_url`` along."""
    query = QueryDict(mutable=True)
    query["next"] = next_url
    return f"{reverse(view_name)}?{query.urlencode(safe='/')}"


@sensitive_post_parameters("code")
@require_http_methods(["GET", "HEAD", "POST"])
def verify(request):
    """The second step of signing in: a code from the app, or a recovery code."""
    user = request.user
    next_url = _next_url(request)
    if user.is_verified():
        return HttpResponseRedirect(next_url)
    if not policy.has_two_factor(user):
        if policy.is_enforced() and policy.must_use_two_factor(user):
            return HttpResponseRedirect(_with_next("two_factor_enrol", next_url))
        return HttpResponseRedirect(next_url)

    form = VerifyForm(user, request.POST if request.method == "POST" else None)
    if form.is_valid():
        _signed_in_with(request, form.device)
        if form.used_recovery_code:
            left = form.device.token_set.count()
            messages.warning(
                request,
                ngettext(
                    "You signed in with a recovery code, which cannot be used again: "
                    "%(count)d recovery code is left.",
                    "You signed in with a recovery code, which cannot be used again: "
                    "%(count)d recovery codes are left.",
                    left,
                )
                % {"count": left},
            )
        return HttpResponseRedirect(next_url)
    return TemplateResponse(request, "cms/two_factor/verify.html", {"form": form, "next": next_url})


@sensitive_post_parameters("code")
@require_http_methods(["GET", "HEAD", "POST"])
def enrol(request):
    """Add an authenticator app: show the secret, confirm it with a first code."""
    user = request.user
    next_url = _next_url(request)
    device = policy.pending_totp_device(user)
    form = ConfirmDeviceForm(device, request.POST if request.method == "POST" else None)
    if form.is_valid():
        replaced = policy.has_two_factor(user)
        device.refresh_from_db()
        request.session[NEW_CODES_SESSION_KEY] = policy.confirm_totp_device(device)
        _signed_in_with(request, device)
        _log(user, "two_factor.enrol", user)
        if replaced:
            messages.success(request, _("Your new authenticator app is set up."))
        else:
            messages.success(request, _("Two-factor sign-in is on for your account."))
        return HttpResponseRedirect(_with_next("two_factor_recovery_codes", next_url))

    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    qr_code = segno.make(device.config_url, error="m").svg_inline(
        scale=5, border=2, dark="#000", light="#fff", title=_("QR code of the secret key")
    )
    return TemplateResponse(
        request,
        "cms/two_factor/enrol.html",
        {
            "form": form,
            "next": next_url,
            "secret": secret,
            "secret_grouped": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "config_url": device.config_url,
            "qr_code": qr_code,
            "required": policy.is_enforced() and policy.must_use_two_factor(user),
            "replacing": policy.has_two_factor(user),
        },
    )


@require_http_methods(["GET", "HEAD"])
def recovery_codes(request):
    """Show the recovery codes just made, once."""
    codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
    if not codes:
        return redirect("two_factor_manage")
    return TemplateResponse(
        request,
        "cms/two_factor/recovery_codes.html",
        {
            "codes": [policy.format_recovery_code(code) for code in codes],
            "next": _next_url(request),
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
def manage(request):
    """The user's own page: status, new recovery codes, turning it off where allowed."""
    user = request.user
    required = policy.is_enforced() and policy.must_use_two_factor(user)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "recovery-codes" and policy.totp_device(user) is not None:
            request.session[NEW_CODES_SESSION_KEY] = policy.issue_recovery_codes(user)
            _log(user, "two_factor.recovery_codes", user)
            return redirect("two_factor_recovery_codes")
        if action == "turn-off" and not required:
            policy.remove_devices(user)
            _log(user, "two_factor.turn_off", user)
            messages.success(request, _("Two-factor sign-in is off for your account."))
            return redirect("two_factor_manage")
        raise PermissionDenied
    device = policy.totp_device(user)
    recovery = policy.recovery_device(user)
    return TemplateResponse(
        request,
        "cms/two_factor/manage.html",
        {
            "page_title": _("Two-factor sign-in"),
            "header_title": _("Two-factor sign-in"),
            "header_icon": "key",
            "device": device,
            "recovery_codes_left": recovery.token_set.count() if recovery else 0,
            "required": required,
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
def reset(request, user_id):
    """The Secretariat removes a user's devices (a lost phone); they enrol again."""
    if not (request.user.is_active and request.user.is_superuser):
        raise PermissionDenied
    target = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        count = policy.remove_devices(target)
        _log(target, "two_factor.reset", request.user)
        if count:
            messages.success(
                request,
                _(
                    "Two-factor sign-in of %(user)s has been reset: they set it up again "
                    "at their next sign-in."
                )
                % {"user": target.get_username()},
            )
        else:
            messages.info(
                request,
                _("%(user)s has not set up two-factor sign-in: there is nothing to reset.")
                % {"user": target.get_username()},
            )
        return redirect("wagtailusers_users:edit", target.pk)
    device = policy.totp_device(target)
    recovery = policy.recovery_device(target)
    return TemplateResponse(
        request,
        "cms/two_factor/reset.html",
        {
            "page_title": _("Reset two-factor sign-in"),
            "page_subtitle": target.get_username(),
            "header_title": _("Reset two-factor sign-in"),
            "header_icon": "key",
            "target": target,
            "device": device,
            "recovery_codes_left": recovery.token_set.count() if recovery else 0,
            "must_use": policy.must_use_two_factor(target),
        },
    )

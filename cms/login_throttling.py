"""Sign-in throttling for the admin: lockouts after repeated failures, a cap on password
reset e-mails, and the Secretariat's list of lockouts.

Sign-in (django-axes, configured in the settings' "Sign-in throttling")
    Failures are counted per username and per client address. Once either reaches
    ``AXES_FAILURE_LIMIT``, axes's authentication backend refuses the next attempts
    before any password is checked, until ``AXES_COOLOFF_TIME`` has passed;
    ``lockout_response`` then answers with the admin's own sign-in page and a message
    saying how long to wait.

The client's address (``client_ip_address``)
    The connection's address, unless ``TRUSTED_PROXY_CLIENT_IP_HEADER`` names the header
    the reverse proxy sets: a header the client sends itself must never decide which
    counter its attempts go to, or a forged ``X-Forwarded-For`` per attempt would escape
    every address lockout.

Password reset (``ThrottledPasswordResetView``)
    axes counts failed sign-ins only, and a reset request is not one. A counter in
    Django's cache, per client address and per e-mail address entered, refuses the
    request (no e-mail sent) beyond ``PASSWORD_RESET_LIMIT`` per
    ``PASSWORD_RESET_WINDOW_MINUTES``. It is a dozen lines on ``cache.incr``, so no
    library for it (django-ratelimit would be a dependency for one view). The counters
    are shared by every process when the cache is Redis (``REDIS_URL``); with the
    in-memory cache each process counts on its own.

Settings -> Sign-in lockouts (``LoginLockoutViewSet``)
    Superusers only: the failures still counted (username, address, how many, when),
    whether each one's username or address is locked out, and buttons that clear every
    failure of that username or of that address (``axes.utils.reset``).
"""

import hashlib
import ipaddress
import logging
import math
import time
from datetime import timedelta

from axes.helpers import (
    get_client_parameters,
    get_client_username,
    get_cool_off,
    get_failure_limit,
)
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db.models import Sum
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.timesince import timeuntil
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.account import LoginView, PasswordResetView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

logger = logging.getLogger(__name__)


# --- The client's address ------------------------------------------------------------


def client_ip_address(request):
    """The address the request comes from, as far as this site can trust it.

    With ``TRUSTED_PROXY_CLIENT_IP_HEADER`` set (e.g. ``X-Real-IP``), the last address in
    that header: the one the proxy wrote or appended, not one the client put before it.
    A request without the header, or with something else than an address in it, did
    not come through the proxy as configured: its connection's address is used.
    """
    remote_addr = request.META.get("REMOTE_ADDR")
    header = settings.TRUSTED_PROXY_CLIENT_IP_HEADER
    if not header:
        return remote_addr
    meta_key = header.upper().replace("-", "_")
    if not meta_key.startswith("HTTP_"):
        meta_key = f"HTTP_{meta_key}"
    last = request.META.get(meta_key, "").rsplit(",", 1)[-1].strip()
    try:
        return str(ipaddress.ip_address(last))
    except ValueError:
        return remote_addr


def forget_failures_of_who_signed_in(sender, request, user, **kwargs):
    """A successful sign-in ends its own account's run of failures, and nobody else's.

    Failed attempts against other accounts from the same address stay counted.
    """
    AccessAttempt.objects.filter(username=user.get_username()).delete()


def duration_text(seconds):
    """'15 minutes', '1 hour, 5 minutes': a wait in whole minutes (rounded up), in words."""
    now = timezone.now()
    return timeuntil(now + timedelta(minutes=max(1, math.ceil(seconds / 60))), now)


# --- The lockout page ----------------------------------------------------------------


def lockout_ends(request, credentials):
    """When the lockout of this request's username or address ends.

    Each record (one username, address and browser) counts its failures until the
    cool-off after its last failure, so a lockout ends when so many records have expired
    that fewer than the limit are left: for the latest records first, the time at which
    the running total reached the limit, plus the cool-off.
    """
    now = getattr(request, "axes_attempt_time", None) or timezone.now()
    cool_off = get_cool_off(request)
    limit = get_failure_limit(request, credentials)
    ends = []
    for filters in get_client_parameters(
        get_client_username(request, credentials),
        getattr(request, "axes_ip_address", None),
        getattr(request, "axes_user_agent", ""),
        request,
        credentials,
    ):
        failures = 0
        records = (
            AccessAttempt.objects.filter(**filters, attempt_time__gte=now - cool_off)
            .order_by("-attempt_time")
            .values_list("attempt_time", "failures_since_start")
        )
        for attempt_time, count in records:
            failures += count
            if failures >= limit:
                ends.append(attempt_time + cool_off)
                break
    return max(ends, default=now + cool_off)


def lockout_response(request, original_response=None, credentials=None):
    """The admin's sign-in page, saying sign-in is blocked and for how long (axes's
    ``AXES_LOCKOUT_CALLABLE``), with axes's status (429 Too Many Requests)."""
    remaining = (lockout_ends(request, credentials) - timezone.now()).total_seconds()
    messages.error(
        request,
        _(
            "Too many failed sign-in attempts for this account or from your network "
            "address. Signing in is blocked, even with the right password, for "
            "%(duration)s. If you cannot wait, ask the Secretariat to unlock your account."
        )
        % {"duration": duration_text(remaining)},
    )
    view = LoginView()
    view.setup(request)
    # A blank form, not the one posted: its "wrong password" error would be untrue.
    form = view.get_form_class()(
        request, initial={"username": get_client_username(request, credentials) or ""}
    )
    return render(
        request,
        view.template_name,
        view.get_context_data(form=form),
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


# --- Password reset ------------------------------------------------------------------


def password_reset_wait(request, email):
    """Count this request; the seconds to wait if it is over the limit, else 0.

    The counters are per window of ``PASSWORD_RESET_WINDOW_MINUTES`` on the clock (a
    key per window, forgotten when the window ends), so the wait is known exactly.
    Keys hold digests, not addresses.
    """
    window = settings.PASSWORD_RESET_WINDOW_MINUTES * 60
    now = time.time()
    number = int(now // window)
    remaining = window - now % window
    over = False
    for kind, value in (
        ("address", client_ip_address(request) or ""),
        ("email", email.strip().lower()),
    ):
        digest = hashlib.sha256(value.encode()).hexdigest()
        key = f"password-reset:{number}:{kind}:{digest}"
        cache.add(key, 0, timeout=math.ceil(remaining) + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=math.ceil(remaining) + 1)
            count = 1
        over = over or count > settings.PASSWORD_RESET_LIMIT
    return remaining if over else 0


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's password reset form, refusing (429, no e-mail) a request over the limit.

    Every valid request counts, whether or not an account has the address, so the
    answer tells nothing about which addresses have accounts.
    """

    def form_valid(self, form):
        wait = password_reset_wait(self.request, form.cleaned_data["email"])
        if not wait:
            return super().form_valid(form)
        form.add_error(
            None,
            _(
                "Too many password reset requests for this e-mail address or from your "
                "network address. No e-mail was sent. Try again in %(duration)s."
            )
            % {"duration": duration_text(wait)},
        )
        response = self.form_invalid(form)
        response.status_code = 429
        return response


# --- Settings -> Sign-in lockouts ------------------------------------------------------


def is_secretariat(user):
    return user.is_active and user.is_superuser


class SecretariatUnlocks(BasePermissionPolicy):
    """Superusers may see the failures counted and clear them; nobody adds or edits them."""

    actions = {"view", "unlock"}

    def user_has_permission(self, user, action):
        return action in self.actions and is_secretariat(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not self.actions & set(actions):
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_superuser=True)


register_permission_policy(AccessAttempt, SecretariatUnlocks(AccessAttempt))


class UnlockColumn(Column):
    """Buttons clearing every failure of the row's username, or of its address."""

    cell_template_name = "cms/login_throttling/unlock_cell.html"

    def __init__(self, name, url_names, **kwargs):
        super().__init__(name, **kwargs)
        self.url_names = url_names

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        if instance.username:
            context["unlock_username_url"] = reverse(self.url_names[0], args=[instance.pk])
        if instance.ip_address:
            context["unlock_address_url"] = reverse(self.url_names[1], args=[instance.pk])
        return context


class LockoutIndexView(generic.IndexView):
    page_title = _("Sign-in lockouts")

    def get_base_queryset(self):
        # Failures older than the cool-off no longer count: they lock nobody out.
        return super().get_base_queryset().filter(attempt_time__gte=self.counted_since)

    @cached_property
    def counted_since(self):
        return timezone.now() - get_cool_off(self.request)

    def get_table(self, object_list):
        """Mark the rows whose username or address has reached the limit, in two queries."""
        attempts = list(object_list)
        counted = AccessAttempt.objects.filter(attempt_time__gte=self.counted_since)
        totals = {}
        for field in ("username", "ip_address"):
            values = {getattr(attempt, field) for attempt in attempts} - {None, ""}
            rows = (
                counted.filter(**{f"{field}__in": values})
                .values_list(field)
                .annotate(total=Sum("failures_since_start"))
            )
            totals[field] = dict(rows)
        limit = settings.AXES_FAILURE_LIMIT
        for attempt in attempts:
            attempt.locked_out = any(
                totals[field].get(getattr(attempt, field), 0) >= limit
                for field in ("username", "ip_address")
            )
        return super().get_table(attempts)


class UnlockView(PermissionCheckedMixin, View):
    """Clear every failure counted for a row's username (``field="username"``) or its
    address (``field="ip_address"``), then back to the list."""

    http_method_names = ["post"]
    model = AccessAttempt
    permission_required = "unlock"
    field = None
    index_url_name = None

    def post(self, request, pk):
        attempt = AccessAttempt.objects.filter(pk=pk).first()
        if attempt is None:
            messages.info(request, _("Nothing to unlock: these failures were already cleared."))
            return redirect(self.index_url_name)
        value = getattr(attempt, self.field)
        if not value:
            # Never reset() with nothing to match: it would clear every failure.
            raise Http404
        if self.field == "username":
            reset(username=value)
            message = _("Sign-in unlocked for the account %(value)s.")
        else:
            reset(ip=value)
            message = _("Sign-in unlocked from the address %(value)s.")
        logger.warning("Sign-in unlocked for %s %s by %s", self.field, value, request.user)
        messages.success(request, message % {"value": value})
        return redirect(self.index_url_name)


class LoginLockoutViewSet(ModelViewSet):
    name = "login_lockouts"
    model = AccessAttempt
    icon = "lock"
    menu_label = _("Sign-in lockouts")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = LockoutIndexView
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    # Nothing is added or edited here; the list is read from axes's own rows.
    form_fields = []

    @property
    def list_display(self):
        return [
            Column("username", label=_("Username")),
            Column("ip_address", label=_("Network address")),
            Column("failures_since_start", label=_("Failed attempts")),
            DateColumn("attempt_time", label=_("Last failed attempt")),
            BooleanColumn("locked_out", label=_("Locked out")),
            UnlockColumn(
                "unlock",
                url_names=(
                    self.get_url_name("unlock_username"),
                    self.get_url_name("unlock_address"),
                ),
                label="",
            ),
        ]

    def get_permissions_to_register(self):
        # Groups never get these: the policy above gives them to superusers only.
        return Permission.objects.none()

    def unlock_view(self, field):
        return self.construct_view(
            UnlockView, field=field, index_url_name=self.get_url_name("index")
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("unlock/<int:pk>/username/", self.unlock_view("username"), name="unlock_username"),
            path("unlock/<int:pk>/address/", self.unlock_view("ip_address"), name="unlock_address"),
        ]

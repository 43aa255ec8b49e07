"""The gate: no admin URL before the second factor (see the package's docstring)."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from cms.two_factor import policy

# Reachable at any stage of the sign-in: leaving, and what the admin's sign-in layout
# loads (its script catalogue and icon sprite).
ALWAYS_OPEN = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
    }
)
VERIFY_VIEW = "two_factor_verify"
ENROL_VIEWS = frozenset({"two_factor_enrol", "two_factor_recovery_codes"})


class TwoFactorMiddleware:
    """Sends a signed-in user to the code prompt or to enrolment before any admin view.

    Must come after ``AuthenticationMiddleware`` and django-otp's ``OTPMiddleware``
    (which marks the user verified or not from the session), and before any middleware
    that answers admin URLs itself in ``process_view`` (as the mission isolation one
    does for its scoped views): its own ``process_view`` must run first.

    Every view under the admin prefix is covered, the admin API and the JSON endpoints
    of choosers and wagtail-localize included; a request that is not a page load (a
    POST, a fetch) is sent on to the dashboard after the prompt, not back to itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not policy.is_enforced():
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        if not hasattr(user, "is_verified"):
            raise ImproperlyConfigured(
                "TwoFactorMiddleware must come after django_otp.middleware.OTPMiddleware."
            )
        view_name = request.resolver_match.view_name if request.resolver_match else ""
        if view_name in ALWAYS_OPEN or user.is_verified():
            return None
        if policy.has_two_factor(user):
            if view_name == VERIFY_VIEW:
                return None
            return self._send_to(request, VERIFY_VIEW)
        if policy.must_use_two_factor(user):
            if view_name in ENROL_VIEWS:
                return None
            return self._send_to(request, "two_factor_enrol")
        return None

    @staticmethod
    def _send_to(request, view_name):
        if request.method in ("GET", "HEAD"):
            next_url = request.get_full_path()
        else:
            next_url = reverse("wagtailadmin_home")
        return redirect_to_login(next_url, login_url=reverse(view_name))


def check_middleware_order(app_configs=None, **kwargs):
    """System check: the gate needs the user, and django-otp's verified flag, before it."""
    middleware = list(settings.MIDDLEWARE)
    gate = f"{__name__}.TwoFactorMiddleware"
    if gate not in middleware:
        return [
            checks.Warning(
                f"{gate} is not in MIDDLEWARE: the admin asks nobody for a second factor.",
                id="two_factor.W001",
            )
        ]
    needed = [
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django_otp.middleware.OTPMiddleware",
    ]
    for name in needed:
        if name not in middleware or middleware.index(name) > middleware.index(gate):
            return [
                checks.Error(f"{gate} must come after {name} in MIDDLEWARE.", id="two_factor.E001")
            ]
    return []

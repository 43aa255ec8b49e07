"""Wagtail hooks of two-factor sign-in: its admin URLs, the account page entry, the
Secretariat's reset button in the users list, and the audit log's actions."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from cms.two_factor import urls


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("two-factor/", include(urls))]


@hooks.register("register_account_menu_item")
def two_factor_account_menu_item(request):
    return {
        "url": reverse("two_factor_manage"),
        "label": _("Two-factor sign-in"),
        "help_text": _(
            "Ask for a code from an app on your phone when you sign in, and get recovery codes."
        ),
    }


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    if request_user.is_active and request_user.is_superuser:
        yield Button(
            _("Reset two-factor sign-in"),
            url=reverse("two_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    actions.register_action(
        "two_factor.enrol", _("Set up two-factor sign-in"), _("Two-factor sign-in set up")
    )
    actions.register_action(
        "two_factor.recovery_codes",
        _("Generate new recovery codes"),
        _("New two-factor recovery codes generated"),
    )
    actions.register_action(
        "two_factor.turn_off", _("Turn off two-factor sign-in"), _("Two-factor sign-in turned off")
    )
    actions.register_action(
        "two_factor.reset", _("Reset two-factor sign-in"), _("Two-factor sign-in reset")
    )

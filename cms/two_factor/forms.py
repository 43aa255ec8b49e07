"""The two code forms: the sign-in prompt and the confirmation of a new authenticator app."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_static.models import StaticDevice

from cms.two_factor import policy


def _code_field(label):
    return forms.CharField(
        label=label,
        max_length=32,
        strip=True,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autofocus": True,
                "autocapitalize": "off",
                "spellcheck": "false",
            }
        ),
    )


def _throttled_error(seconds):
    return forms.ValidationError(
        ngettext(
            "Too many wrong codes. Wait %(seconds)d second before trying again.",
            "Too many wrong codes. Wait %(seconds)d seconds before trying again.",
            seconds,
        )
        % {"seconds": seconds},
        code="throttled",
    )


class VerifyForm(forms.Form):
    """A code from the authenticator app (six digits) or one of the recovery codes."""

    code = _code_field(_("Code"))

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def clean_code(self):
        code = policy.normalise_code(self.cleaned_data["code"])
        if code.isdigit():
            device = policy.totp_device(self.user)
        else:
            device = policy.recovery_device(self.user)
        if device is None:
            raise self._invalid()
        try:
            accepted = policy.check_code(device, code)
        except policy.Throttled as throttled:
            raise _throttled_error(throttled.seconds) from None
        if not accepted:
            raise self._invalid()
        self.device = device
        return code

    @property
    def used_recovery_code(self):
        return isinstance(self.device, StaticDevice)

    @staticmethod
    def _invalid():
        return forms.ValidationError(
            _(
                "This code is not valid. Check that the clock of your phone is right and "
                "enter the code it shows now, or use one of your recovery codes."
            ),
            code="invalid",
        )


class ConfirmDeviceForm(forms.Form):
    """The first code of a new authenticator app, proving it holds the secret."""

    code = _code_field(_("Code from the app"))

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = policy.normalise_code(self.cleaned_data["code"])
        try:
            accepted = code.isdigit() and policy.check_code(self.device, code)
        except policy.Throttled as throttled:
            raise _throttled_error(throttled.seconds) from None
        if not accepted:
            raise forms.ValidationError(
                _(
                    "This code is not valid. Enter the six-digit code the app shows now "
                    "for this account (check that the clock of your phone is right)."
                ),
                code="invalid",
            )
        return code

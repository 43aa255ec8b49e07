from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class TwoFactorConfig(AppConfig):
    name = "cms.two_factor"
    label = "two_factor"
    verbose_name = _("Two-factor sign-in")

    def ready(self):
        from cms.two_factor.middleware import check_middleware_order

        checks.register(check_middleware_order)

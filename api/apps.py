"""The read API's app: connects the recording of changes to Wagtail's signals, and
checks that its cache's middleware is in place."""

from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("Read API")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from api.cache_middleware import check_middleware

        checks.register(check_middleware)

        # What makes stored API responses stale beyond the core's signals: the Mission
        # record, Member States, images, documents (api.invalidation).
        from api import invalidation  # noqa: F401

        # Receivers of publish, unpublish, move, delete and privacy changes (the feed's
        # and the webhooks' events).
        from api.changes import recording  # noqa: F401

from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The shared core: base page, blocks and template tags used by every site."""

    name = "cms"
    verbose_name = "CMS core"

    def ready(self):
        # Connects the signals that expire a site's cached pages when its content changes.
        from django.contrib.auth.signals import user_logged_in

        from cms import page_cache  # noqa: F401
        from cms.login_throttling import forget_failures_of_who_signed_in

        user_logged_in.connect(forget_failures_of_who_signed_in, dispatch_uid="axes-own-reset")

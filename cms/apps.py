from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The shared core: base page, blocks and template tags used by every site."""

    name = "cms"
    verbose_name = "CMS core"

    def ready(self):
        # Connects the signals that expire a site's cached pages when its content changes.
        from django.contrib.auth.signals import user_logged_in

        from cms.login_throttling import forget_failures_of_who_signed_in
        from cms.serving import invalidation  # noqa: F401

        user_logged_in.connect(forget_failures_of_who_signed_in, dispatch_uid="axes-own-reset")

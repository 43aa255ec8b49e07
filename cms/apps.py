from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The shared core: base page, blocks and template tags used by every site."""

    name = "cms"
    verbose_name = "CMS core"

    def ready(self):
        # Connects the signals that expire a site's cached pages when its content changes.
        from cms import page_cache  # noqa: F401

from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The shared core: base page, blocks and template tags used by every site."""

    name = "cms"
    verbose_name = "CMS core"

"""The demo: ``manage.py seed_demo`` and the content it writes.

Installed by the development and test settings only (``cms/settings/dev.py`` and
``test.py``): production never loads it, so its accounts with well-known passwords
cannot be created there by mistake.
"""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo missions, pages, pictures and accounts for ``make demo`` and the test suite."""

    name = "demo"
    label = "demo"
    verbose_name = "Demo content"

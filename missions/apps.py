from django.apps import AppConfig


class MissionsConfig(AppConfig):
    """Member-state data, the Mission record, mission page types and provisioning."""

    name = "missions"
    verbose_name = "Permanent missions"

    def ready(self):
        # wagtail-localize publishes translations for whoever asks; only moderators may.
        from missions import translation_guard

        translation_guard.install()

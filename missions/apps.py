from django.apps import AppConfig


class MissionsConfig(AppConfig):
    """Member-state data, the Mission record, mission page types and provisioning."""

    name = "missions"
    verbose_name = "Permanent missions"

    def ready(self):
        from cms import site_families
        from missions import translation_guard
        from missions.models import MissionHomePage

        # wagtail-localize publishes translations for whoever asks; only moderators may.
        translation_guard.install()
        # A mission site's search results and "page not found" wear the mission's dress.
        site_families.register("missions", MissionHomePage, "missions/base.html")

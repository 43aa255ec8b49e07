from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class MissionsConfig(AppConfig):
    """Member-state data, the Mission record, mission page types and provisioning."""

    name = "missions"
    verbose_name = gettext_lazy("Permanent missions")

    def ready(self):
        from cms import site_families
        from missions import translation_editor_dates, translation_guard
        from missions.favicons import flag_of_site
        from missions.models import MissionHomePage

        # wagtail-localize publishes translations for whoever asks; only moderators may.
        translation_guard.install()
        # wagtail-localize writes the date of a translation with an English month.
        translation_editor_dates.install()
        # A mission site's search results and "page not found" wear the mission's dress;
        # the install's own page lists the mission sites under this label; /favicon.ico is
        # the mission's flag.
        site_families.register(
            "missions",
            MissionHomePage,
            "missions/base.html",
            label=gettext_lazy("Permanent missions to the United Nations"),
            icon_image=flag_of_site,
        )

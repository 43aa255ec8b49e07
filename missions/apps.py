from django.apps import AppConfig


class MissionsConfig(AppConfig):
    """Member-state data, the Mission record, mission page types and provisioning."""

    name = "missions"
    verbose_name = "Permanent missions"

"""A mission's flag is its site's icon, at ``/favicon.ico`` as in its pages' ``<head>``.

The core serves ``/favicon.ico`` on every host and names no app (cms.site_families): the
missions family declares ``flag_of_site`` as its sites' icon image (missions.apps), and
the core makes the icon from it. A mission without a flag keeps the neutral icon. Its
pages link the same flag as PNG renditions (missions.templatetags.findability_tags).
"""


def flag_of_site(site):
    """The flag (or emblem) of the mission whose site is ``site``, or None.

    Read, never created: ``MissionSettings.for_site`` would write a row on a GET.
    """
    from missions.models import MissionSettings

    mission_settings = MissionSettings.objects.filter(site=site).select_related("logo").first()
    return mission_settings.logo if mission_settings is not None else None

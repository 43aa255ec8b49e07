"""Admin hooks of the missions app: the translation editor's checks, the Secretariat's
page of mission sites, and (from :mod:`missions.isolation.hooks`) the hooks that keep
each mission's webmasters inside their own mission.
"""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail_localize.views import edit_translation

from missions import admin_home, translation_guard, translation_moderation  # noqa: F401
from missions.isolation import hooks as isolation_hooks  # noqa: F401 (registers them)
from missions.secretariat_admin import MissionViewSet
from missions.translation import is_out_of_date, source_was_deleted, translation_of


# order=-1: registered before wagtail-localize's URLs, so these addresses resolve here.
@hooks.register("register_admin_urls", order=-1)
def translation_editor_writes_are_checked():
    """The translation editor's writes and preview, held to the page's content rules."""
    translate = "localize/translate/<int:translation_id>/"
    write = translation_guard.checked_translation_write
    preview = translation_guard.checked_translation_preview
    return [
        path(
            translate + "strings/<int:string_segment_id>/edit/",
            write(edit_translation.edit_string_translation),
        ),
        path(
            translate + "overrides/<int:overridable_segment_id>/edit/",
            write(edit_translation.edit_override),
        ),
        path(translate + "pofile/upload/", write(edit_translation.upload_pofile)),
        path(translate + "machine_translate/", write(edit_translation.machine_translate)),
        path(translate + "preview/", preview(edit_translation.preview_translation)),
        path(translate + "preview/<str:mode>/", preview(edit_translation.preview_translation)),
    ]


# order=-1: before wagtail-localize's own before_edit_page hook, which replaces the page
# editor of a translated page with its translation editor.
@hooks.register("before_edit_page", order=-1)
def tell_translators_what_changed_in_the_source(request, page):
    """Warn on a translated page whose source changed or went since its last sync.

    wagtail-localize notices neither: its editor keeps showing the strings of the source
    as they were when translated. A translation whose source page was deleted cannot be
    synced again (and wagtail-localize's editor fails on it): it stays disabled, and the
    page is edited on its own in the ordinary editor.
    """
    translation = translation_of(page)
    if translation is None:
        return None
    source = translation.source
    language = source.locale.get_display_name()
    if source_was_deleted(translation):
        if translation.enabled:  # e.g. after "Start Synced translation"
            translation.enabled = False
            translation.save(update_fields=["enabled"])
        messages.warning(
            request,
            format_html(
                _(
                    "The {} page this page was translated from has been deleted. This page "
                    "is no longer kept in step with it: edit it here as a page of its own."
                ),
                language,
            ),
        )
    elif translation.enabled and request.method == "GET" and is_out_of_date(translation):
        messages.warning(
            request,
            format_html(
                _(
                    "Out of date: the {} original was changed after this translation was "
                    "last synced, and the text to translate below is the earlier version. "
                    '<a href="{}">Sync translated pages</a> to bring in the changes.'
                ),
                language,
                reverse("wagtail_localize:update_translations", args=[source.pk]),
            ),
        )
    return None


@hooks.register("register_admin_viewset")
def secretariat_manages_mission_sites():
    return MissionViewSet("mission_sites")

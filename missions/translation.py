"""What the admin tells translators about a translation wagtail-localize does not track.

wagtail-localize keeps, for each translated page, a copy of its source taken when the
translation was made or last synced (``TranslationSource``). It does not notice when the
source page is published again afterwards, nor when it is deleted: the translation
editor keeps showing the old strings. These helpers compare that copy with the page so
the admin can say so (``missions/wagtail_hooks.py``) and the demo can show it.
"""

from django.db.models import Exists, OuterRef
from wagtail.models import Page
from wagtail_localize.models import Translation


def _source_page(outer="source__"):
    return Page.objects.filter(
        translation_key=OuterRef(f"{outer}object_id"), locale=OuterRef(f"{outer}locale")
    )


def out_of_date_translations(queryset=None):
    """Enabled translations whose source page was published after their last sync."""
    queryset = Translation.objects.all() if queryset is None else queryset
    newer_source = _source_page().filter(last_published_at__gt=OuterRef("source__last_updated_at"))
    return queryset.filter(enabled=True).filter(Exists(newer_source))


def orphaned_translations(queryset=None):
    """Translations of pages whose source page was deleted.

    wagtail-localize disables them when the source is deleted (the setting
    ``WAGTAILLOCALIZE_DISABLE_ON_DELETE``, on here; its default deletes every trace of
    the translation, and the admin could no longer say where the page came from).
    """
    queryset = Translation.objects.all() if queryset is None else queryset
    return queryset.exclude(Exists(_source_page()))


def translation_of(page):
    """The wagtail-localize translation that produces ``page`` (enabled first), or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id
        )
        .select_related("source__locale")
        .order_by("-enabled")
        .first()
    )


def is_out_of_date(translation):
    return out_of_date_translations(Translation.objects.filter(pk=translation.pk)).exists()


def source_was_deleted(translation):
    return not Page.objects.filter(
        translation_key=translation.source.object_id, locale_id=translation.source.locale_id
    ).exists()

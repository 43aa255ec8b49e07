"""Dates in the translation editor written in the editor's language.

wagtail-localize (1.14) says under each translated string when it was translated,
"Traduit manuellement le {date}", but writes the date with ``strftime("%-d %B %Y")``:
the process's C locale, so always an English month ("Traduit manuellement le
3 December 2026"). :func:`install` wraps ``StringTranslation.get_comment`` so that the
date it wrote is replaced by the same date in the active language, as Django writes
dates (``DATE_FORMAT``, "3 décembre 2026", "3 ديسمبر 2026"), in the install's time
zone. The wrapper leaves wagtail-localize's sentences and their translations alone; if
an upgrade writes the date differently, nothing is replaced and the comment is
wagtail-localize's (``tests/missions/admin/test_translation_editor_dates.py``
then fails).
"""

import functools

from django.utils import formats, timezone
from wagtail_localize.compat import DATE_FORMAT
from wagtail_localize.models import StringTranslation


def _with_the_date_in_the_active_language(get_comment):
    @functools.wraps(get_comment)
    def localised(self):
        comment = get_comment(self)
        if not comment or self.updated_at is None:
            return comment
        english = self.updated_at.strftime(DATE_FORMAT)
        shown = formats.date_format(timezone.localtime(self.updated_at))
        return comment.replace(english, shown)

    localised.localised_dates = True
    return localised


def install():
    """Wrap ``StringTranslation.get_comment`` (once, whatever the number of calls)."""
    if not getattr(StringTranslation.get_comment, "localised_dates", False):
        StringTranslation.get_comment = _with_the_date_in_the_active_language(
            StringTranslation.get_comment
        )

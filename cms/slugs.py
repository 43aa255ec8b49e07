"""Addresses and anchors in plain ASCII, whatever the script of the title.

A page titled "Réunion" had the slug ``réunion`` (``/fr/r%C3%A9union/`` once shared or
printed) and one titled in Arabic or Chinese a slug only some people can type. Every
slug is written in Latin letters instead (``anyascii``, through Wagtail's
``string_to_ascii``): "Réunion" -> ``reunion``, "Новости" -> ``novosti``, "新闻" ->
``xinwen``. Symbols are left out first, so an emoji does not become its name
(``:tada:``); a title of symbols only leaves nothing, and the caller falls back to a
word of its own.
"""

import unicodedata

from django.utils.text import slugify
from wagtail.coreutils import string_to_ascii


def _without_symbols(text):
    # Unicode categories S* (symbols: emoji, arrows, currency) and C* (control and
    # format characters, e.g. the zero-width joiner inside an emoji sequence).
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "SC")


def ascii_slug(text, max_length=None):
    """``text`` as lowercase ASCII letters, digits and hyphens; "" when nothing is left."""
    slug = slugify(string_to_ascii(_without_symbols(str(text or ""))))
    if max_length:
        slug = slug[:max_length].strip("-")
    return slug

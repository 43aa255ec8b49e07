"""Structured data for search engines (JSON-LD), written safely into a page.

A ``<script type="application/ld+json">`` element ends at the first ``</script>`` in its
text, whatever JSON says: a page titled ``</script><script>alert(1)</script>`` would
otherwise close it and start a script of its own. ``<``, ``>`` and ``&`` are written as
JSON's ``\\u003C``-style escapes, as Django's ``json_script`` does, so the text can never
leave the element; a JSON reader gives back the same characters. A data block is not a
script the browser runs: the public Content-Security-Policy (``script-src 'self'``) does
not apply to it.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_text(data):
    """``data`` as JSON that cannot break out of a script element."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_ESCAPES)


def json_ld_scripts(items):
    """One ``<script type="application/ld+json">`` element per dict of ``items``."""
    # Safe: json_ld_text escapes every character that could end the element.
    return format_html_join(
        "\n",
        '<script type="application/ld+json">{}</script>',
        ((mark_safe(json_ld_text(item)),) for item in items if item),  # noqa: S308
    )

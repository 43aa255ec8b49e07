"""Numbers and web addresses that keep their written order in right-to-left text.

In an Arabic paragraph, "+1 212 555 0196" is read as "0196 555 212 1+", and a number
with spaces between its thousands, "3 400 000", as "000 400 3": the Unicode
bidirectional algorithm lays each group of digits out left to right, but the groups,
separated by spaces (neutral characters), from right to left. A dash, a dot, a slash or
a no-break space between two groups keeps them together (they are number separators),
so "2024-2025", "12.5" or "3\u00a0400\u00a0000" need nothing.

:func:`isolate_left_to_right_runs` wraps every run of digit groups joined by spaces, or opened
by "+" (a telephone number), and every web address written out ("https://www.un.org/ar/",
whose last "/" would jump to its start), in ``<span dir="ltr">``, which HTML isolates as one
left-to-right run (``unicode-bidi: isolate``). The webmaster types the number as usual;
a phone or e-mail *link* is isolated by the stylesheet already (cms/static/cms/site.css).
Only text between tags is changed, never a tag, an attribute or a character reference.
"""

import re

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

# A tag: never changed.
_TAG = re.compile(r"(<[^>]*>)")
_NO_BREAK_SPACES = re.compile(r"&(?:nbsp|#160|#x0*a0);", re.IGNORECASE)
# In the text between tags: a character reference, matched first so that the digits of
# "&#1234;" are never taken for a number and left as they are; a web address written
# out (its "&amp;"s included); digit groups (any script's digits), optionally in
# parentheses, joined by one space, no-break space, dot, dash or slash, opened by an
# optional "+".
_RUN = re.compile(
    r"(?P<reference>&#?\w+;)"
    r"|(?P<address>(?:https?://|www\.)[^\s<>\"]+)"
    r"|(?P<number>\+?\(?\d+\)?(?:[ \u00a0\u202f.\-/]\(?\d+\)?)+|\+\d+)"
)
# What ends a sentence after an address rather than the address itself (the Arabic
# comma and semicolon included). Not ";": it may end a character reference ("&amp;").
_AFTER_ADDRESS = ".,:!?)\u060c\u061b"


def _isolate(match):
    run = match.group(0)
    after = ""
    if match.group("reference"):
        return run
    if match.group("address"):
        # "https://www.un.org/ar/" ends with a neutral "/", which right-to-left text
        # would move to the address's other end.
        stripped = run.rstrip(_AFTER_ADDRESS)
        run, after = stripped, run[len(stripped) :]
    elif " " not in run and not run.startswith("+"):
        return run  # the algorithm already keeps the number together
    return f'<span dir="ltr">{run}</span>{after}'


def isolate_left_to_right_runs(html):
    """``html`` (safe HTML, or text to escape) with its number runs and written-out web
    addresses isolated as left-to-right: for right-to-left pages."""
    html = _NO_BREAK_SPACES.sub("\u00a0", str(conditional_escape(html)))
    parts = _TAG.split(html)
    # split() with one group: the text is at even indexes, the tags at odd ones.
    parts[::2] = [_RUN.sub(_isolate, text) for text in parts[::2]]
    return mark_safe("".join(parts))  # noqa: S308 - safe HTML in, only spans added

"""Filters used by the block templates."""

import re

from django import template
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe

from cms.bidi import isolate_left_to_right_runs

register = template.Library()

IFRAME_WITHOUT_TITLE = re.compile(r"<iframe\b(?![^>]*\btitle=)", re.IGNORECASE)


@register.filter
def with_iframe_title(html, title):
    """Give every ``<iframe>`` of an embed a title so screen readers can announce it.

    The HTML comes from the video site (oEmbed) through Wagtail, which trusts it already
    (an embed renders as HTML marked safe); it often leaves the title out. Anything not
    marked safe is text and is escaped, as the template would have done.
    """
    html = conditional_escape(str(html or ""))
    # Safe: HTML Wagtail marked safe, or text escaped above, plus the escaped title.
    return mark_safe(IFRAME_WITHOUT_TITLE.sub(f'<iframe title="{escape(title)}"', html))  # noqa: S308


@register.filter
def in_written_order(html):
    """Rich text whose telephone numbers, spaced numbers and written-out web addresses
    read in their written order on a right-to-left page (cms.bidi)."""
    return isolate_left_to_right_runs(html)

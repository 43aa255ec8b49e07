"""Numbers and web addresses typed in right-to-left rich text are isolated as
left-to-right runs, and nothing else of the HTML changes (cms.bidi; what a reader sees
is checked in Chromium by tests/browser/test_right_to_left_runs.py)."""

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.safestring import SafeString

from cms.bidi import isolate_left_to_right_runs

# "3 400 000" in Arabic-Indic digits.
ARABIC_INDIC = "\u0663 \u0664\u0660\u0660 \u0660\u0660\u0660"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>اتصل +1 212 555 0196</p>", '<p>اتصل <span dir="ltr">+1 212 555 0196</span></p>'),
        ("<p>السكان 3 400 000</p>", '<p>السكان <span dir="ltr">3 400 000</span></p>'),
        ("<p>(212) 555 0196</p>", '<p><span dir="ltr">(212) 555 0196</span></p>'),
        ("<p>+41-22-917-1234</p>", '<p><span dir="ltr">+41-22-917-1234</span></p>'),
        (f"<p>{ARABIC_INDIC}</p>", f'<p><span dir="ltr">{ARABIC_INDIC}</span></p>'),
        ("<p>3&nbsp;400 000</p>", '<p><span dir="ltr">3\u00a0400 000</span></p>'),
    ],
    ids=["phone", "spaced thousands", "parentheses", "dashes", "arabic-indic digits", "nbsp"],
)
def test_a_run_of_digit_groups_is_isolated(html, expected):
    assert isolate_left_to_right_runs(SafeString(html)) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<p>انظر https://www.un.org/ar/.</p>",
            '<p>انظر <span dir="ltr">https://www.un.org/ar/</span>.</p>',
        ),
        (
            '<p><a href="https://www.un.org/ar/">www.un.org/ar/</a>، ثم</p>',
            '<p><a href="https://www.un.org/ar/"><span dir="ltr">www.un.org/ar/</span></a>، ثم</p>',
        ),
        (
            "<p>https://www.un.org/ar/?q=1&amp;page=2 ثم</p>",
            '<p><span dir="ltr">https://www.un.org/ar/?q=1&amp;page=2</span> ثم</p>',
        ),
        (
            "<p>https://www.un.org/ar/?q=1&amp;, ثم</p>",
            '<p><span dir="ltr">https://www.un.org/ar/?q=1&amp;</span>, ثم</p>',
        ),
    ],
    ids=[
        "in text, before a full stop",
        "as a link's text, before an Arabic comma",
        "with an escaped ampersand",
        "ending with an escaped ampersand",
    ],
)
def test_a_written_out_web_address_is_isolated_without_the_punctuation_after_it(html, expected):
    assert isolate_left_to_right_runs(SafeString(html)) == expected


@pytest.mark.parametrize(
    "html",
    [
        "<p>2024-2025</p>",  # a dash keeps the groups together already
        "<p>12.5 و 1/2</p>",
        "<p>في 3 مارس 2025</p>",  # numbers apart, words between
        '<p><a href="tel:+12125550196" title="+1 212">اتصل</a></p>',  # attributes
        "<p>&#1234;&amp;&#x41;</p>",  # character references
    ],
)
def test_what_needs_no_isolation_is_left_as_it_is(html):
    assert isolate_left_to_right_runs(SafeString(html)) == html


def test_text_not_marked_safe_is_escaped_first():
    expected = '&lt;b&gt;<span dir="ltr">1 2</span>&lt;/b&gt;'
    assert isolate_left_to_right_runs("<b>1 2</b>") == expected


def test_the_rich_text_block_isolates_numbers_in_arabic_only():
    template = Template("{% include 'blocks/rich_text_block.html' %}")
    context = Context({"value": SafeString("<p>3 400 000</p>")})
    with translation.override("ar"):
        assert '<span dir="ltr">3 400 000</span>' in template.render(context)
    with translation.override("fr"):
        assert "<span" not in template.render(context)

"""The stylesheet mirrors under dir="rtl" and sets each script in a font made for it."""

import re
from pathlib import Path

from django.conf import settings

STYLESHEET = Path(settings.BASE_DIR) / "cms" / "static" / "cms" / "site.css"


def rules():
    """The stylesheet without its comments."""
    return re.sub(r"/\*.*?\*/", "", STYLESHEET.read_text(), flags=re.DOTALL)


def test_no_physical_left_or_right_anywhere():
    # margin-left, padding-right, left:, float: right, text-align: left, border-left...
    assert re.findall(r"[^;{}]*\b(?:left|right)\b[^;{}]*", rules()) == []


def test_no_four_value_margin_or_padding_that_would_not_mirror():
    # "margin: 0 1rem 0 2rem" gives the right side 1rem in every direction.
    value = r"[^\s;]+"
    four_values = re.compile(
        rf"\b(?:margin|padding|inset|border-width)\s*:\s*{value}\s+{value}\s+{value}\s+{value}\s*;"
    )
    assert four_values.findall(rules()) == []


def test_arabic_chinese_and_cyrillic_have_system_font_stacks():
    css = rules()
    stacks = {
        language: re.search(rf":lang\({language}\)\s*{{[^}}]*font-family:\s*([^;]+);", css)
        for language in ("ar", "zh-hans", "ru")
    }
    assert {language: bool(match) for language, match in stacks.items()} == {
        "ar": True,
        "zh-hans": True,
        "ru": True,
    }
    assert "Noto Naskh Arabic" in stacks["ar"].group(1)
    assert "Noto Sans CJK SC" in stacks["zh-hans"].group(1)


def test_no_font_is_downloaded():
    assert re.findall(r"@font-face|@import|url\(\s*['\"]?https?:", rules()) == []

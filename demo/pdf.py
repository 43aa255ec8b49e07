"""A minimal PDF writer for the demo's 'statement as delivered' documents.

Written by hand (about a hundred lines) rather than pulling in a PDF library for one
demo command. The text stays real text, so it can be selected, searched and read aloud,
which a picture of a page saved as PDF could not. It uses the standard Helvetica font
with Windows-1252 encoding, so only Western European letters can be written.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 64
FONTS = {"regular": "Helvetica", "bold": "Helvetica-Bold", "italic": "Helvetica-Oblique"}
# Characters per line at each size: Helvetica averages about half an em per character.
STYLES = {
    "title": ("bold", 15, 21, 54),
    "meta": ("regular", 10, 14, 88),
    "note": ("italic", 10, 14, 88),
    "text": ("regular", 11, 16, 80),
}


def _literal(text):
    """Encode ``text`` as a PDF literal string; refuse characters the font cannot show."""
    try:
        data = text.encode("cp1252")
    except UnicodeEncodeError as error:
        raise ValueError(
            f"The demo PDF font cannot write {text[error.start : error.end]!r}; give the "
            "statement's delivered text in a language written in Latin letters."
        ) from None
    data = data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + data + b")"


def _lay_out(blocks):
    """Turn (style, text) blocks into pages of (font, size, y, line) tuples."""
    pages, current, y = [], [], PAGE_HEIGHT - MARGIN
    for style, text in blocks:
        font, size, leading, width = STYLES[style]
        lines = textwrap.wrap(text, width=width) or [""]
        for line in lines:
            if y - leading < MARGIN:
                pages.append(current)
                current, y = [], PAGE_HEIGHT - MARGIN
            y -= leading
            current.append((font, size, y, line))
        y -= leading // 2
    pages.append(current)
    return pages


def _content_stream(lines):
    parts = []
    for font, size, y, line in lines:
        parts.append(
            b"BT /%s %d Tf %d %d Td %s Tj ET" % (font.encode(), size, MARGIN, y, _literal(line))
        )
    return b"\n".join(parts)


def statement_pdf(title, meta_lines, paragraphs, note="Check against delivery"):
    """A small, valid PDF: the title, where and when, a note, then the paragraphs."""
    blocks = [("title", title), *(("meta", line) for line in meta_lines)]
    if note:
        blocks.append(("note", note))
    blocks.extend(("text", paragraph) for paragraph in paragraphs)
    pages = _lay_out(blocks)

    # Object numbers: 1 catalog, 2 page tree, 3-5 fonts, 6 info, then page + content pairs.
    font_refs = {name: number for number, name in enumerate(FONTS, start=3)}
    objects = {
        3 + index: b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
        % base.encode()
        for index, base in enumerate(FONTS.values())
    }
    objects[6] = b"<< /Title %s /Producer (UN missions CMS demo) >>" % _literal(title)
    font_resources = b" ".join(
        b"/%s %d 0 R" % (name.encode(), number) for name, number in font_refs.items()
    )
    kids = []
    for index, lines in enumerate(pages):
        page_number, content_number = 7 + 2 * index, 8 + 2 * index
        stream = _content_stream(lines)
        objects[page_number] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << %s >> >> /Contents %d 0 R >>"
            % (PAGE_WIDTH, PAGE_HEIGHT, font_resources, content_number)
        )
        objects[content_number] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        kids.append(b"%d 0 R" % page_number)
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))

    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(output)
        output += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref_at = len(output)
    size = max(objects) + 1
    output += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        output += b"%010d 00000 n \n" % offsets[number]
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        xref_at,
    )
    return bytes(output)

"""The ``id`` of each heading of a page body, so a link can point at a part of the page.

Django's ``slugify`` keeps only ASCII letters, digits and hyphens: a heading in Arabic
or Japanese came out as ``id=""``, empty and the same for every such heading. A heading
is first written in Latin letters (cms.slugs), so "概要" gets ``gaiyao``, and every id
is unique on its page: a second "Overview" gets ``overview-2``. Ids the page's own
templates give (the main landmark, the search box, the lists of a home page) are never
handed to a heading.
"""

from cms.slugs import ascii_slug

# A heading with nothing that can be written in Latin letters (only emoji, say).
FALLBACK_ANCHOR = "section"

# The ids the page templates give to their own elements (templates/base.html, the
# section lists of a page): a heading called "Main" or "Tags" must not take them.
RESERVED_IDS = frozenset(
    {
        "main",
        "site-search-q",
        "in-this-section",
        "tags",
        "latest-news",
        "latest-statements",
        "upcoming-events",
        "representative",
    }
)


def anchor_for(text):
    """The ASCII id of a heading's text, never empty."""
    return ascii_slug(text) or FALLBACK_ANCHOR


class PageAnchors:
    """Hands out unique ids, in the order of the page."""

    def __init__(self, reserved=RESERVED_IDS):
        self.taken = set(reserved)

    def unique(self, text):
        base = anchor_for(text)
        candidate, suffix = base, 1
        while candidate in self.taken:
            suffix += 1
            candidate = f"{base}-{suffix}"
        self.taken.add(candidate)
        return candidate


def heading_anchors(stream):
    """``{id(heading value): anchor}`` for the heading blocks of a StreamField value.

    Worked out once per value (kept on it), so each heading block, rendered on its own
    by ``{% include_block %}``, finds the id the whole page gave it.
    """
    anchors = getattr(stream, "_heading_anchors", None)
    if anchors is None:
        ids = PageAnchors()
        anchors = {
            id(child.value): ids.unique(child.value.get("text"))
            for child in stream
            if child.block_type == "heading"
        }
        stream._heading_anchors = anchors
    return anchors

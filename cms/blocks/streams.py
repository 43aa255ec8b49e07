"""The body stream used by every page type."""

from wagtail import blocks

from .content import (
    CallToActionBlock,
    DocumentListBlock,
    EmbedVideoBlock,
    HeadingBlock,
    ImageBlock,
    QuoteBlock,
    RichTextBlock,
    TableBlock,
)


class BodyStreamBlock(blocks.StreamBlock):
    """The main content of a page, built from blocks in any order."""

    heading = HeadingBlock()
    paragraph = RichTextBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    documents = DocumentListBlock()
    embed = EmbedVideoBlock()
    call_to_action = CallToActionBlock()
    table = TableBlock()

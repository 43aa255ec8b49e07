"""The body stream used by every page type."""

from django.utils.translation import gettext_lazy as _
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

    heading = HeadingBlock(label=_("Heading"))
    paragraph = RichTextBlock(label=_("Paragraph"))
    image = ImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    documents = DocumentListBlock(label=_("Documents"))
    embed = EmbedVideoBlock(label=_("Video"))
    call_to_action = CallToActionBlock(label=_("Call to action"))
    table = TableBlock(label=_("Table"))

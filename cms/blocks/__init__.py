"""The one StreamField block library every page type shares.

Small on purpose: a webmaster should recognise each block from its name alone.
"""

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
from .streams import BodyStreamBlock

__all__ = [
    "BodyStreamBlock",
    "CallToActionBlock",
    "DocumentListBlock",
    "EmbedVideoBlock",
    "HeadingBlock",
    "ImageBlock",
    "QuoteBlock",
    "RichTextBlock",
    "TableBlock",
]

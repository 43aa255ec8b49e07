"""Content blocks: each one a thing a webmaster can put in the body of a page."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# Only the rich-text features a site needs; no raw HTML, no inline styles.
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    """A section heading. Levels start at 2: the page title is the only level 1."""

    text = blocks.CharBlock(
        label=_("Text"), max_length=200, help_text=_("The words of the heading.")
    )
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-section heading"))],
        default="h2",
        help_text=_("Use 'Section' for main parts of the page and 'Sub-section' inside them."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    """An image with the text a screen reader reads aloud and an optional caption."""

    image = ImageChooserBlock(
        label=_("Image"), help_text=_("Choose an image from this site's library.")
    )
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        max_length=250,
        required=False,
        help_text=_(
            "Describe what the image shows for visitors who cannot see it, e.g. "
            "'The Ambassador addresses the General Assembly'. Leave empty only if the "
            "image is purely decorative."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Caption"),
        max_length=300,
        required=False,
        help_text=_("Shown under the image. Optional."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    """A highlighted quotation with the person who said it."""

    quote = blocks.TextBlock(label=_("Quote"), help_text=_("The exact words quoted."))
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        max_length=200,
        required=False,
        help_text=_("Who said it, e.g. 'H.E. the Ambassador'."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class DocumentListBlock(blocks.StructBlock):
    """A titled list of downloadable documents (PDF statements, reports...)."""

    title = blocks.CharBlock(
        label=_("Title"), max_length=200, required=False, help_text=_("e.g. 'Downloads'.")
    )
    documents = blocks.ListBlock(
        DocumentChooserBlock(label=_("Document")),
        label=_("Documents"),
        help_text=_("Choose documents from this site's library."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_list_block.html"


class EmbedVideoBlock(blocks.StructBlock):
    """A video or post from a site such as UN Web TV or YouTube, shown inside the page."""

    url = EmbedBlock(
        label=_("Address of the video"),
        help_text=_("Paste the address (URL) of the video, e.g. from UN Web TV."),
    )
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=300, required=False, help_text=_("Optional.")
    )

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"


class CallToActionBlock(blocks.StructBlock):
    """A short message with one button that takes the visitor somewhere."""

    text = blocks.CharBlock(
        label=_("Text"), max_length=250, help_text=_("A short sentence inviting the visitor.")
    )
    button_label = blocks.CharBlock(
        label=_("Button label"), max_length=60, help_text=_("The words on the button.")
    )
    page = blocks.PageChooserBlock(
        label=_("Page"),
        required=False,
        help_text=_("A page of your site to link to, or fill in the address."),
    )
    url = blocks.URLBlock(
        label=_("Address"), required=False, help_text=_("An address outside your site.")
    )

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Choose a page or type an address, not both."))
                }
            )
        return value


class TableBlock(WagtailTableBlock):
    """A simple table, e.g. a voting record or a list of contacts."""

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        help_text = _("Tick 'Row header' to make the first row the column titles.")


class RichTextBlock(blocks.RichTextBlock):
    """Paragraphs of text with bold, italic, lists and links."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "doc-full"
        template = "blocks/rich_text_block.html"

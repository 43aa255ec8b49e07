"""Content blocks: each one a thing a webmaster can put in the body of a page."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# Only the rich-text features a site needs; no raw HTML, no inline styles.
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    """A section heading. Levels start at 2: the page title is the only level 1."""

    text = blocks.CharBlock(max_length=200, help_text="The words of the heading.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Sub-section heading")],
        default="h2",
        help_text="Use 'Section' for main parts of the page and 'Sub-section' inside them.",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    """An image with the text a screen reader reads aloud and an optional caption."""

    image = ImageChooserBlock(help_text="Choose an image from this site's library.")
    alt_text = blocks.CharBlock(
        max_length=250,
        required=False,
        help_text=(
            "Describe what the image shows for visitors who cannot see it, e.g. "
            "'The Ambassador addresses the General Assembly'. Leave empty only if the "
            "image is purely decorative."
        ),
    )
    caption = blocks.CharBlock(
        max_length=300, required=False, help_text="Shown under the image. Optional."
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    """A highlighted quotation with the person who said it."""

    quote = blocks.TextBlock(help_text="The exact words quoted.")
    attribution = blocks.CharBlock(
        max_length=200, required=False, help_text="Who said it, e.g. 'H.E. the Ambassador'."
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class DocumentListBlock(blocks.StructBlock):
    """A titled list of downloadable documents (PDF statements, reports...)."""

    title = blocks.CharBlock(max_length=200, required=False, help_text="e.g. 'Downloads'.")
    documents = blocks.ListBlock(
        DocumentChooserBlock(), help_text="Choose documents from this site's library."
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_list_block.html"


class EmbedVideoBlock(blocks.StructBlock):
    """A video or post from a site such as UN Web TV or YouTube, shown inside the page."""

    url = EmbedBlock(help_text="Paste the address (URL) of the video, e.g. from UN Web TV.")
    caption = blocks.CharBlock(max_length=300, required=False, help_text="Optional.")

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"


class CallToActionBlock(blocks.StructBlock):
    """A short message with one button that takes the visitor somewhere."""

    text = blocks.CharBlock(max_length=250, help_text="A short sentence inviting the visitor.")
    button_label = blocks.CharBlock(max_length=60, help_text="The words on the button.")
    page = blocks.PageChooserBlock(
        required=False, help_text="A page of your site to link to, or fill in the address."
    )
    url = blocks.URLBlock(required=False, help_text="An address outside your site.")

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError("Choose a page or type an address, not both.")
                }
            )
        return value


class TableBlock(WagtailTableBlock):
    """A simple table, e.g. a voting record or a list of contacts."""

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        help_text = "Tick 'Row header' to make the first row the column titles."


class RichTextBlock(blocks.RichTextBlock):
    """Paragraphs of text with bold, italic, lists and links."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "doc-full"
        template = "blocks/rich_text_block.html"

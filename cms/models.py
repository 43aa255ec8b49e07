"""The documented abstract base page every page type of every site builds on."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BodyStreamBlock


class BasePage(Page):
    """A page with an introduction and a body made of the shared blocks.

    Every concrete page type inherits from this class so they all share one block
    library, one search configuration and one promotion tab.
    """

    introduction = models.TextField(
        blank=True,
        max_length=600,
        help_text=(
            "One or two sentences that sum up the page. Shown under the title, in lists "
            "of pages and in search results."
        ),
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        help_text="The main content of the page. Add headings, text, images and more.",
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True

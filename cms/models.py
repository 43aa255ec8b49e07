"""The documented abstract base page every page type of every site builds on."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BodyStreamBlock
from cms.serving.wagtail_internals import ServingShortcutsMixin


class BasePage(ServingShortcutsMixin, Page):
    """A page with an introduction and a body made of the shared blocks.

    Every concrete page type inherits from this class so they all share one block
    library, one search configuration and one promotion tab. Its links and view
    restrictions come from what the serving path already knows (cms.serving).
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

    # What a page type is for, said by the type itself: the core's navigation
    # (cms.templatetags.navigation_tags) knows no app's page types. A section whose type
    # has ``listing_role = "news"`` is "the section that lists news" of its site (the
    # home page's "All news" link); a type with ``feed_route = "feed/"`` serves the
    # site's feed at its own address followed by that route.
    listing_role = ""
    feed_route = ""

    class Meta:
        abstract = True

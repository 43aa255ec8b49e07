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

    def _get_relevant_site_root_paths(self, cache_object=None):
        # Wagtail compares this page's path with every site's root path for each link
        # to it (400 with 200 missions); the list cms.site_directory gives a request is
        # indexed by path and answers the same, in the same order, from a few lookups.
        root_paths = self._get_site_root_paths(cache_object)
        if hasattr(root_paths, "relevant"):
            return root_paths.relevant(self.url_path)
        return super()._get_relevant_site_root_paths(cache_object)

    def get_view_restrictions(self):
        # cms.routing works this out from the site cache when it routes a request to the
        # page; Wagtail asks the database for each page's ancestors otherwise.
        known = getattr(self, "_known_view_restrictions", None)
        return known if known is not None else super().get_view_restrictions()

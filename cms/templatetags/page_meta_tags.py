"""What search engines and link previews read in ``<head>``: ``{% page_meta as meta %}``.

The page's canonical address, its Open Graph tags (the title, summary and picture a
link shows when shared on social media or in a messaging app) and its Twitter card.
Only for a page of the site: a search results page or a "page not found" is not meant
to be shared or indexed, so it gets none.

The core knows no app: the picture is the page's own (``BasePage.social_image``, the
first image of its body, or a portrait), else the image the site's family gives its
base template as ``site_image`` (a mission's flag, templates/missions/base.html).
"""

import logging
from dataclasses import dataclass, field

from django import template
from django.utils import translation
from wagtail.images.models import SourceImageIOError

logger = logging.getLogger(__name__)
register = template.Library()

# Open Graph names a language with its usual territory (og:locale, "fr_FR").
OPEN_GRAPH_LOCALES = {
    "ar": "ar_AR",
    "zh-hans": "zh_CN",
    "en": "en_US",
    "fr": "fr_FR",
    "ru": "ru_RU",
    "es": "es_ES",
    "pt": "pt_PT",
    "de": "de_DE",
    "ja": "ja_JP",
    "sw": "sw_KE",
}
# The picture of a page, cropped to the 1.91:1 frame link previews show; a logo or
# flag is scaled down whole instead. JPEG and PNG are read by every preview service
# (an upload may be WebP or AVIF).
PAGE_IMAGE_FILTER = "fill-1200x630|format-jpeg"
SITE_IMAGE_FILTER = "max-1200x630|format-png"


def open_graph_locale(language_code):
    code = language_code or ""
    return OPEN_GRAPH_LOCALES.get(code.lower(), code.replace("-", "_"))


@dataclass
class SharedImage:
    url: str
    width: int
    height: int
    alt: str = ""


@dataclass
class PageMeta:
    """The tags of ``<head>`` that describe one page to search engines and previews."""

    canonical_url: str = ""
    title: str = ""
    description: str = ""
    type: str = "website"
    site_name: str = ""
    locale: str = ""
    locale_alternates: list[str] = field(default_factory=list)
    image: SharedImage | None = None

    @property
    def twitter_card(self):
        # The large card only has something to show with a picture.
        return "summary_large_image" if self.image else "summary"


def _shared_image(request, image, filter_spec):
    """The preview image, or None when its original file is gone: a link preview without
    a picture is better than a page that fails (Wagtail's own tags show a broken image)."""
    try:
        rendition = image.get_rendition(filter_spec)
    except SourceImageIOError:
        logger.warning("Image %s has no original file: shared without a picture.", image.pk)
        return None
    return SharedImage(
        url=request.build_absolute_uri(rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=getattr(image, "description", "") or "",
    )


def build_page_meta(request, page, nav, site_name="", site_image=None):
    """The PageMeta of ``page`` as served to ``request``; None when it is not a page of
    the site (``nav`` from ``{% site_navigation %}`` says so)."""
    versions = getattr(nav, "language_versions", None)
    if page is None or request is None or versions is None or not versions.indexable:
        return None
    current = translation.get_language()
    canonical = next((link.absolute_url for link in versions.links if link.current), "")
    meta = PageMeta(
        canonical_url=canonical or request.build_absolute_uri(page.get_url(request)),
        title=page.seo_title or page.title,
        description=page.search_description or getattr(page, "introduction", ""),
        type=getattr(page, "open_graph_type", "website"),
        site_name=site_name or getattr(nav.site, "site_name", ""),
        locale=open_graph_locale(current),
        locale_alternates=[
            open_graph_locale(link.code) for link in versions.links if link.code != current
        ],
    )
    picture = page.social_image() if hasattr(page, "social_image") else None
    if picture is not None:
        meta.image = _shared_image(request, picture, PAGE_IMAGE_FILTER)
    if meta.image is None and site_image:
        meta.image = _shared_image(request, site_image, SITE_IMAGE_FILTER)
    return meta


@register.simple_tag(takes_context=True)
def page_meta(context):
    """``{% page_meta as meta %}``: the PageMeta of the page being shown, or None."""
    return build_page_meta(
        context.get("request"),
        context.get("page"),
        context.get("nav"),
        site_name=context.get("site_name") or "",
        site_image=context.get("site_image"),
    )

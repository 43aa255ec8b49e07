"""Images in the size each screen needs: ``{% responsive_picture image "body" alt=... %}``.

A phone on a slow line should not download the 2,400-pixel original. The tag writes a
``<picture>`` with AVIF (when this Pillow can write it) and WebP sources at several
widths, and an ``<img>`` in the original's own kind (JPEG or PNG) for browsers that
know neither, with ``sizes`` telling the browser how wide the image shows, so it picks
the smallest file that is sharp enough.

Wagtail's ``{% picture %}`` tag takes its widths as literals: ``width-{480,800,1200}``
asks a 600-pixel image for three renditions of 600 pixels (Wagtail never enlarges an
image) and lists the same picture under three widths. This tag asks only for the widths
the image has, plus its own width once, then hands the renditions to Wagtail's own
``Picture``, which writes the same markup as ``{% picture %}``.
"""

from dataclasses import dataclass
from functools import cache

from django import template
from django.conf import settings
from PIL import features
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

register = template.Library()


@dataclass(frozen=True)
class Layout:
    """Where an image shows on the page: the widths to offer and how wide it is drawn.

    ``sizes`` follows the stylesheet (cms/static/cms/site.css): the page's column is
    70rem wide at most, less 1rem of padding on each side. ``ratio`` (width, height)
    crops the image to that shape around its focal point.
    """

    widths: tuple[int, ...]
    sizes: str
    ratio: tuple[int, int] | None = None


LAYOUTS = {
    # A picture in a page's body, as wide as the column.
    "body": Layout(
        widths=(480, 800, 1200, 1600),
        sizes="(min-width: 70rem) 68rem, calc(100vw - 2rem)",
    ),
    # The Permanent Representative's portrait: 25rem (400 px) wide at most.
    "portrait": Layout(
        widths=(240, 400, 800),
        sizes="(min-width: 27rem) 25rem, calc(100vw - 2rem)",
        ratio=(4, 5),
    ),
}


def modern_formats():
    """The formats offered before the fallback, best first (settings.IMAGE_MODERN_FORMATS):
    AVIF only where Pillow can write it."""
    return tuple(
        name for name in settings.IMAGE_MODERN_FORMATS if name != "avif" or _pillow_writes_avif()
    )


@cache
def _pillow_writes_avif():
    return features.check("avif")


def fallback_format(image):
    """JPEG for a photograph sent as JPEG; PNG for the rest (drawings, transparency)."""
    name = image.file.name.lower()
    return "jpeg" if name.endswith((".jpg", ".jpeg")) else "png"


def available_width(image, layout):
    """The widest rendition the image can give in this layout without being enlarged."""
    if layout.ratio is None:
        return image.width
    ratio_width, ratio_height = layout.ratio
    return min(image.width, image.height * ratio_width // ratio_height)


def widths_for(image, layout):
    """The layout's widths the image is wide enough for, and its own width when it is
    narrower than the largest: never enlarged, never listed twice."""
    largest = available_width(image, layout)
    widths = [width for width in layout.widths if width < largest]
    if largest <= max(layout.widths):
        widths.append(largest)
    return widths


def resize_spec(width, layout):
    if layout.ratio is None:
        return f"width-{width}"
    ratio_width, ratio_height = layout.ratio
    return f"fill-{width}x{width * ratio_height // ratio_width}-c50"


def filter_specs(image, layout_name):
    """The rendition specs of an image in a layout: every width in every format."""
    layout = LAYOUTS[layout_name]
    formats = (*modern_formats(), fallback_format(image))
    return [
        f"{resize_spec(width, layout)}|format-{file_format}"
        for file_format in formats
        for width in widths_for(image, layout)
    ]


@register.simple_tag
def responsive_picture(image, layout_name, alt="", loading="lazy"):
    """A ``<picture>`` of ``image`` for the place ``layout_name`` names (see LAYOUTS).

    The ``<img>`` carries the width and height of the largest rendition, so the browser
    reserves the image's shape before it arrives (nothing below it jumps) and never
    draws it wider than it is. ``loading="lazy"`` is the default; an image that shows on
    the first screen passes ``loading="eager"``.
    """
    if not image:
        return ""
    layout = LAYOUTS[layout_name]
    # A missing original file (a restored database without its media) shows a broken
    # image, as Wagtail's own tags do, rather than an error page.
    renditions = get_renditions_or_not_found(image, filter_specs(image, layout_name))
    largest = max(renditions.values(), key=lambda rendition: rendition.width)
    attrs = {
        "alt": alt,
        "width": largest.width,
        "height": largest.height,
        "sizes": layout.sizes,
        "loading": loading,
        "decoding": "async",
    }
    return Picture(renditions, attrs).__html__()

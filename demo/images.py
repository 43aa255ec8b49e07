"""Pictures for the demo, drawn with Pillow so the demo needs no network and no image files.

Each drawing is simple on purpose (flat shapes in the mission's colours) and carries a
small 'DEMO' mark, so nobody mistakes it for a real photograph or an official flag. One
picture is drawn like a photograph instead, at a camera's size, so the demo shows what
the site does with a heavy original (and the tests can weigh it).
"""

import io
import math
import random
from collections.abc import Callable
from typing import NamedTuple

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from demo.content.types import Flag

ILLUSTRATION_SIZE = (1200, 675)
# As a press officer's camera gives it: the demo's one photograph is full size, so the
# site's renditions (cms.templatetags.image_tags) have a real original to shrink.
PHOTOGRAPH_SIZE = (2400, 1600)
PORTRAIT_SIZE = (600, 750)
FLAG_SIZE = (300, 200)


def _rgb(hex_colour):
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


def _mix(colour, other, amount):
    """Blend two RGB colours; amount 0 gives ``colour``, 1 gives ``other``."""
    return tuple(round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True))


def _font(size):
    try:
        return ImageFont.load_default(size=size)
    except (OSError, TypeError, ImportError):  # Pillow built without FreeType
        return ImageFont.load_default()


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def _vertical_gradient(size, top, bottom):
    width, height = size
    image = Image.new("RGB", size, top)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=_mix(top, bottom, y / max(height - 1, 1)))
    return image


def _demo_mark(image):
    draw = ImageDraw.Draw(image)
    width, height = image.size
    font = _font(max(14, height // 30))
    label = "DEMO"
    left, top, right, bottom = draw.textbbox((0, 0), label, font=font)
    pad = 8
    x, y = width - (right - left) - 3 * pad, height - (bottom - top) - 3 * pad
    draw.rectangle(
        [x - pad, y - pad, x + (right - left) + pad, y + (bottom - top) + pad], fill=(0, 0, 0)
    )
    draw.text((x - left, y - top), label, font=font, fill=(255, 255, 255))


def flag_png(flag: Flag):
    """A flag-like logo: stripes, then an optional rhombus and disc on top."""
    width, height = FLAG_SIZE
    image = Image.new("RGB", FLAG_SIZE, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    count = len(flag.stripes)
    for index, colour in enumerate(flag.stripes):
        if flag.vertical:
            box = [width * index // count, 0, width * (index + 1) // count, height]
        else:
            box = [0, height * index // count, width, height * (index + 1) // count]
        draw.rectangle(box, fill=_rgb(colour))
    if flag.fimbriation:
        for index in range(1, count):
            y = height * index // count
            draw.rectangle([0, y - 5, width, y + 5], fill=_rgb(flag.fimbriation))
    if flag.rhombus:
        inset = width // 10
        draw.polygon(
            [
                (width // 2, inset // 2),
                (width - inset, height // 2),
                (width // 2, height - inset // 2),
                (inset, height // 2),
            ],
            fill=_rgb(flag.rhombus),
        )
    if flag.disc:
        radius = round(height * flag.disc_ratio)
        cx, cy = width // 2, height // 2
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=_rgb(flag.disc))
    draw.rectangle([0, 0, width - 1, height - 1], outline=(120, 120, 120))
    return _png(image)


def portrait_png(brand_colour):
    """A neutral silhouette on a studio-like background: a stand-in for an official portrait."""
    colour = _rgb(brand_colour)
    image = _vertical_gradient(
        PORTRAIT_SIZE, _mix(colour, (255, 255, 255), 0.55), _mix(colour, (0, 0, 0), 0.2)
    )
    draw = ImageDraw.Draw(image)
    width, height = PORTRAIT_SIZE
    suit = (38, 42, 54)
    draw.ellipse([width * 0.12, height * 0.62, width * 0.88, height * 1.25], fill=suit)
    draw.polygon(
        [(width * 0.43, height * 0.63), (width * 0.57, height * 0.63), (width * 0.5, height * 0.8)],
        fill=(245, 245, 245),
    )
    draw.rectangle([width * 0.44, height * 0.5, width * 0.56, height * 0.64], fill=(196, 160, 130))
    draw.ellipse([width * 0.32, height * 0.2, width * 0.68, height * 0.56], fill=(206, 170, 140))
    draw.chord([width * 0.31, height * 0.18, width * 0.69, height * 0.5], 180, 360, fill=suit)
    _demo_mark(image)
    return _png(image)


def _draw_headquarters(draw, colour):
    width, height = ILLUSTRATION_SIZE
    glass = _mix(colour, (200, 230, 240), 0.55)
    draw.rectangle([0, height * 0.82, width, height], fill=_mix(colour, (20, 40, 70), 0.5))
    tower = [width * 0.42, height * 0.12, width * 0.58, height * 0.82]
    draw.rectangle(tower, fill=glass)
    for row in range(38):
        y = height * 0.14 + row * (height * 0.67 / 38)
        draw.line([(tower[0], y), (tower[2], y)], fill=_mix(glass, (40, 60, 80), 0.35), width=2)
    draw.rectangle([width * 0.15, height * 0.66, width * 0.4, height * 0.82], fill=(236, 232, 222))
    draw.chord(
        [width * 0.2, height * 0.58, width * 0.35, height * 0.74], 180, 360, fill=(236, 232, 222)
    )
    for index in range(9):
        x = width * 0.64 + index * width * 0.035
        draw.line([(x, height * 0.6), (x, height * 0.82)], fill=(90, 90, 90), width=3)
        hue = _mix(colour, (255, 255, 255), (index % 3) * 0.3)
        draw.rectangle([x, height * 0.6, x + width * 0.025, height * 0.64], fill=hue)


def _draw_assembly(draw, colour):
    width, height = ILLUSTRATION_SIZE
    draw.rectangle([0, 0, width, height * 0.4], fill=(196, 160, 72))
    draw.ellipse(
        [width * 0.45, height * 0.06, width * 0.55, height * 0.24], outline=(250, 240, 210), width=6
    )
    draw.rectangle([width * 0.4, height * 0.3, width * 0.6, height * 0.42], fill=(90, 60, 40))
    # Rows of desks fan out from the rostrum, as in the hall.
    seat = _mix(colour, (255, 255, 255), 0.35)
    cx, cy = width / 2, height * 0.42
    for row in range(7):
        radius = height * (0.16 + row * 0.075)
        box = [cx - radius * 2.2, cy - radius, cx + radius * 2.2, cy + radius]
        draw.arc(box, 15, 165, fill=seat, width=12)


def _draw_council(draw, colour):
    width, height = ILLUSTRATION_SIZE
    draw.rectangle([0, 0, width, height * 0.3], fill=_mix(colour, (30, 60, 110), 0.6))
    # The horseshoe-shaped table, open towards the viewer, with chairs around it.
    cx, cy, rx, ry = width / 2, height * 0.62, width * 0.3, height * 0.28
    draw.arc([cx - rx, cy - ry, cx + rx, cy + ry], 140, 400, fill=(186, 160, 120), width=34)
    for index in range(15):
        angle = math.radians(140 + index * 260 / 14)
        x = cx + math.cos(angle) * (rx + 40)
        y = cy + math.sin(angle) * (ry + 40)
        draw.ellipse([x - 14, y - 14, x + 14, y + 14], fill=(60, 60, 70))


def _draw_conference(draw, colour):
    width, height = ILLUSTRATION_SIZE
    draw.rectangle([0, 0, width, height * 0.4], fill=_mix(colour, (255, 255, 255), 0.7))
    draw.ellipse([width * 0.2, height * 0.4, width * 0.8, height * 0.9], fill=(120, 86, 60))
    for index in range(10):
        angle = 2 * math.pi * index / 10
        x = width / 2 + math.cos(angle) * width * 0.33
        y = height * 0.65 + math.sin(angle) * height * 0.3
        draw.ellipse([x - 22, y - 22, x + 22, y + 22], fill=_mix(colour, (0, 0, 0), 0.2))


def _drawing(draw_scene):
    """A flat drawing of a UN place, in the mission's colours, as PNG."""

    def make(brand_colour):
        colour = _rgb(brand_colour)
        image = _vertical_gradient(ILLUSTRATION_SIZE, (214, 232, 244), (250, 250, 250))
        draw_scene(ImageDraw.Draw(image), colour)
        _demo_mark(image)
        return _png(image)

    return make


def _east_river_at_dawn(brand_colour):
    """A photograph-like JPEG: the skyline by the river at dawn, with a camera's grain.

    Smooth gradients alone would compress to almost nothing; the blur and the grain give
    the file the weight and texture of a real photograph (about a megabyte), which is
    what the site's renditions are there to spare a phone from downloading.
    """
    width, height = PHOTOGRAPH_SIZE
    horizon = round(height * 0.62)
    image = _vertical_gradient((width, horizon), (28, 44, 92), (246, 170, 110))
    water = _vertical_gradient((width, height - horizon), (120, 96, 110), (18, 30, 52))
    frame = Image.new("RGB", PHOTOGRAPH_SIZE)
    frame.paste(image, (0, 0))
    frame.paste(water, (0, horizon))
    # The sun's glow just above the horizon.
    glow = (
        Image.radial_gradient("L")
        .resize((width, width))
        .crop((0, width // 2 - horizon, width, width // 2 - horizon + height))
    )
    glow = ImageChops.invert(glow).point(lambda value: max(0, value - 150) * 2)
    frame = Image.composite(Image.new("RGB", PHOTOGRAPH_SIZE, (255, 214, 160)), frame, glow)
    draw = ImageDraw.Draw(frame)
    # The skyline: the Secretariat's slab among other towers, in the mission's colour.
    rng = random.Random(brand_colour)  # noqa: S311 - a drawing, the same on every run
    dusk = _mix(_rgb(brand_colour), (20, 24, 36), 0.75)
    x = 0
    while x < width:
        tower_width = rng.randint(60, 180)
        tower_top = horizon - rng.randint(80, 420)
        draw.rectangle([x, tower_top, x + tower_width, horizon], fill=dusk)
        x += tower_width + rng.randint(0, 40)
    draw.rectangle([width * 0.44, horizon - 700, width * 0.52, horizon], fill=(44, 60, 78))
    for row in range(40):
        y = horizon - 690 + row * 17
        draw.line([(width * 0.44, y), (width * 0.52, y)], fill=(90, 110, 128), width=3)
    # The skyline's reflection, broken by the ripples.
    reflection = frame.crop((0, horizon - 500, width, horizon)).transpose(
        Image.Transpose.FLIP_TOP_BOTTOM
    )
    reflection = reflection.resize((width, 250)).filter(ImageFilter.BoxBlur(6))
    water_top = frame.crop((0, horizon, width, horizon + 250))
    frame.paste(Image.blend(water_top, reflection, 0.35), (0, horizon))
    frame = frame.filter(ImageFilter.GaussianBlur(1.2))
    grain = Image.effect_noise(PHOTOGRAPH_SIZE, 28).convert("RGB")
    grey = Image.new("RGB", PHOTOGRAPH_SIZE, (128, 128, 128))
    frame = ImageChops.overlay(frame, Image.blend(grey, grain, 0.5))
    _demo_mark(frame)
    buffer = io.BytesIO()
    frame.save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()


class Illustration(NamedTuple):
    """A picture the demo content can name: its title in the library, how to make its
    file from the mission's brand colour, and the file's extension."""

    title: str
    make: Callable[[str], bytes]
    extension: str = "png"


ILLUSTRATIONS = {
    "headquarters": Illustration("United Nations Headquarters", _drawing(_draw_headquarters)),
    "assembly": Illustration("The General Assembly Hall", _drawing(_draw_assembly)),
    "council": Illustration("A Council chamber", _drawing(_draw_council)),
    "conference": Illustration("A conference room", _drawing(_draw_conference)),
    # The one photograph (a photograph-like picture, not a drawing): see above.
    "east-river": Illustration(
        "The United Nations by the East River at dawn", _east_river_at_dawn, "jpg"
    ),
}


def illustration_file(kind, brand_colour):
    """The file of the picture ``kind`` names (a drawing or the photograph), as bytes."""
    return ILLUSTRATIONS[kind].make(brand_colour)

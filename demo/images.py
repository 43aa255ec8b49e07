"""Pictures for the demo, drawn with Pillow so the demo needs no network and no image files.

Each drawing is simple on purpose (flat shapes in the mission's colours) and carries a
small 'DEMO' mark, so nobody mistakes it for a real photograph or an official flag.
"""

import io
import math

from PIL import Image, ImageDraw, ImageFont

from demo.content.types import Flag

ILLUSTRATION_SIZE = (1200, 675)
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


ILLUSTRATIONS = {
    "headquarters": ("United Nations Headquarters", _draw_headquarters),
    "assembly": ("The General Assembly Hall", _draw_assembly),
    "council": ("A Council chamber", _draw_council),
    "conference": ("A conference room", _draw_conference),
}


def illustration_png(kind, brand_colour):
    """A flat drawing of a UN place, in the mission's colours."""
    _title, draw_scene = ILLUSTRATIONS[kind]
    colour = _rgb(brand_colour)
    image = _vertical_gradient(ILLUSTRATION_SIZE, (214, 232, 244), (250, 250, 250))
    draw_scene(ImageDraw.Draw(image), colour)
    _demo_mark(image)
    return _png(image)

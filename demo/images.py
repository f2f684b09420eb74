"""Abstract artwork for demo pages, drawn locally with Pillow so that nothing is downloaded.

Each picture is derived from its title, so the same title always gives the same picture and
different pages look different.
"""

import io
import math
import random
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 800
BAND_HEIGHT = 220  # dark band at the bottom that carries the title

# (gradient start, gradient end, accent): calm, saturated colours that keep white text legible.
PALETTES = [
    ((12, 45, 87), (0, 128, 128), (255, 196, 61)),
    ((58, 12, 83), (201, 63, 98), (255, 214, 165)),
    ((8, 76, 64), (96, 170, 90), (240, 240, 180)),
    ((24, 32, 72), (72, 110, 210), (120, 230, 220)),
    ((110, 30, 20), (230, 120, 40), (255, 236, 170)),
    ((20, 60, 110), (120, 70, 160), (255, 160, 190)),
    ((30, 30, 40), (40, 120, 160), (250, 120, 90)),
    ((70, 20, 60), (30, 110, 140), (250, 210, 90)),
    ((10, 90, 110), (20, 170, 140), (255, 255, 255)),
    ((90, 40, 10), (170, 120, 30), (150, 220, 255)),
    ((35, 55, 35), (150, 140, 40), (255, 200, 120)),
    ((20, 40, 60), (200, 80, 60), (250, 230, 200)),
]


def render_artwork(title, style, label=""):
    """A 1200x800 JPEG (as bytes) with an abstract motif in `style` and the title drawn on it."""
    # Seeded from the title so a re-run draws the same picture; not used for anything secret.
    rng = random.Random(zlib.crc32(title.encode()))  # noqa: S311
    start, end, accent = rng.choice(PALETTES)
    canvas = _diagonal_gradient(start, end).convert("RGBA")
    overlay = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    PAINTERS[style](ImageDraw.Draw(overlay), rng, start, accent)
    canvas = Image.alpha_composite(canvas, overlay)
    _draw_caption(canvas, title, label)
    output = io.BytesIO()
    canvas.convert("RGB").save(output, format="JPEG", quality=85, optimize=True)
    return output.getvalue()


def _diagonal_gradient(start, end):
    vertical = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    horizontal = Image.linear_gradient("L").rotate(90).resize((WIDTH, HEIGHT))
    mask = ImageChops.add(vertical, horizontal, scale=2)
    return Image.composite(
        Image.new("RGB", (WIDTH, HEIGHT), end), Image.new("RGB", (WIDTH, HEIGHT), start), mask
    )


def _paint_network(draw, rng, base, accent):
    """Points joined to their nearest neighbours: cities connected in a network."""
    nodes = [
        (rng.randint(60, WIDTH - 60), rng.randint(60, HEIGHT - BAND_HEIGHT - 20))
        for _ in range(rng.randint(12, 18))
    ]
    for x, y in nodes:
        nearest = sorted(nodes, key=lambda node: math.dist(node, (x, y)))[1:3]
        for other in nearest:
            draw.line([(x, y), other], fill=(*accent, 150), width=3)
    for x, y in nodes:
        radius = rng.randint(7, 22)
        draw.ellipse(
            [x - radius, y - radius, x + radius, y + radius],
            fill=(255, 255, 255, 210),
            outline=(*accent, 255),
            width=4,
        )


def _paint_skyline(draw, rng, base, accent):
    """A sun and a row of buildings with lit windows."""
    sun_x, sun_y, sun_r = rng.randint(150, WIDTH - 150), rng.randint(90, 220), rng.randint(50, 90)
    draw.ellipse([sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r], fill=(*accent, 200))
    for layer, alpha in ((0, 110), (1, 210)):
        x = -rng.randint(0, 40)
        while x < WIDTH:
            width = rng.randint(50, 130)
            height = rng.randint(160, 420) - layer * 60
            top = HEIGHT - height
            draw.rectangle([x, top, x + width, HEIGHT], fill=(*base, alpha))
            if layer:
                for wy in range(top + 16, HEIGHT - BAND_HEIGHT, 34):
                    for wx in range(x + 10, x + width - 18, 26):
                        if rng.random() < 0.45:
                            draw.rectangle([wx, wy, wx + 10, wy + 14], fill=(*accent, 190))
            x += width + rng.randint(4, 18)


def _paint_circles(draw, rng, base, accent):
    """Overlapping discs and rings."""
    for _ in range(rng.randint(7, 11)):
        x, y, r = rng.randint(0, WIDTH), rng.randint(0, HEIGHT - 120), rng.randint(50, 260)
        box = [x - r, y - r, x + r, y + r]
        if rng.random() < 0.4:
            draw.ellipse(box, outline=(255, 255, 255, 150), width=rng.randint(4, 12))
        else:
            colour = accent if rng.random() < 0.5 else (255, 255, 255)
            draw.ellipse(box, fill=(*colour, rng.randint(45, 110)))


PAINTERS = {
    "network": _paint_network,
    "skyline": _paint_skyline,
    "circles": _paint_circles,
}


def _draw_caption(canvas, title, label):
    band = Image.new("RGBA", (WIDTH, BAND_HEIGHT), (10, 15, 30, 170))
    canvas.alpha_composite(band, (0, HEIGHT - BAND_HEIGHT))
    draw = ImageDraw.Draw(canvas)
    title_font, label_font = _font(50), _font(30)
    lines = _wrap(draw, title, title_font, WIDTH - 120)[:2]
    y = HEIGHT - BAND_HEIGHT + 30
    if label:
        draw.text((60, y), label.upper(), font=label_font, fill=(255, 255, 255, 200))
        y += 48
    for line in lines:
        draw.text((60, y), line, font=title_font, fill=(255, 255, 255, 255))
        y += 62


def _font(size):
    # Pillow's bundled font: no font files to ship or fetch.
    return ImageFont.load_default(size=size)


def _wrap(draw, text, font, max_width):
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    if len(lines) > 2:
        lines[1] = lines[1] + " …"
    return lines

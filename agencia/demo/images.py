"""The demo's pictures, drawn with Pillow: the agency's logo, client monograms and the key
visuals of completed campaigns.

Everything is drawn from its arguments alone (no randomness, no clock) and saved with
fixed PNG settings, so the same demo gives the same bytes. Text is set in the Lato the
application ships (resources/fonts), which covers Spanish.
"""

from __future__ import annotations

import io
import zlib
from functools import lru_cache
from importlib.resources import as_file, files

from PIL import Image, ImageDraw, ImageFont

from agencia.domain.text import words

# Client colours a monogram is drawn in (chosen by the client's name).
PALETTE: tuple[str, ...] = (
    "#C0392B",
    "#1F6F8B",
    "#2E7D32",
    "#6A1B9A",
    "#EF6C00",
    "#00897B",
    "#283593",
    "#AD1457",
    "#5D4037",
    "#F9A825",
    "#37474F",
    "#0277BD",
)


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _mix(a: str, b: str, t: float) -> tuple[int, int, int]:
    ra, rb = _rgb(a), _rgb(b)
    return tuple(round(x + (y - x) * t) for x, y in zip(ra, rb, strict=True))  # type: ignore[return-value]


@lru_cache(maxsize=32)
def _font_bytes(name: str) -> bytes:
    resource = files("agencia._resources") / "fonts" / name
    with as_file(resource) as path:
        return path.read_bytes()


def _font(size: int, bold: bool = True) -> ImageFont.FreeTypeFont:
    data = _font_bytes("Lato-Bold.ttf" if bold else "Lato-Regular.ttf")
    return ImageFont.truetype(io.BytesIO(data), size)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False, compress_level=6)
    return out.getvalue()


def client_color(name: str) -> str:
    """The colour a client's monogram is drawn in."""
    return PALETTE[zlib.crc32(name.encode()) % len(PALETTE)]


def initials(name: str) -> str:
    """Up to two letters: the first of the first two significant words ("Kola-Sierra
    Refrescos" → "KR", "D'Arcy Cosmética" → "DC", "T&C Comunicaciones" → "TC")."""
    skip = {"de", "del", "la", "las", "los", "el", "y", "e", "s", "a", "sa", "sl"}
    found = []
    for part in name.replace("&", " ").replace("-", " ").split():
        folded = "".join(words(part))
        if folded and folded not in skip and part[0].isalnum():
            found.append(part[0].upper())
    return "".join(found[:2]) or name[:1].upper()


def monogram(name: str, color: str | None = None, size: int = 256) -> bytes:
    """A client's logo for the demo: its initials, white on a rounded square of its colour."""
    color = color or client_color(name)
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    radius = size // 6
    draw.rounded_rectangle((0, 0, size - 1, size - 1), radius, fill=_rgb(color))
    inset = size // 14
    draw.rounded_rectangle(
        (inset, inset, size - 1 - inset, size - 1 - inset),
        radius - inset // 2,
        outline=_mix(color, "#FFFFFF", 0.35),
        width=max(2, size // 64),
    )
    text = initials(name)
    font = _font(int(size * (0.46 if len(text) < 2 else 0.40)))
    draw.text((size / 2, size / 2), text, font=font, fill=(255, 255, 255), anchor="mm")
    return _png(image)


def wordmark(name: str, color: str, height: int = 160) -> bytes:
    """A brand's logo for the demo: its name in its client's colour on a white plate, a
    bar of the colour before it (a client's monogram and its brand's never look alike)."""
    font = _font(int(height * 0.42))
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    text_width = probe.textlength(name, font=font)
    pad = height * 0.28
    bar = height * 0.10
    width = int(pad + bar + pad * 0.6 + text_width + pad)
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, width - 1, height - 1), height // 5, fill=(255, 255, 255))
    draw.rounded_rectangle(
        (pad, height * 0.22, pad + bar, height * 0.78), int(bar // 2), fill=_rgb(color)
    )
    draw.text((pad + bar + pad * 0.6, height / 2), name, font=font, fill=_rgb(color), anchor="lm")
    return _png(image)


def agency_logo(name: str, primary: str, secondary: str, size: int = 512) -> bytes:
    """The demo agency's mark: a wave over the sea in its two colours, its initial on top."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, size - 1, size - 1), fill=_rgb(primary))
    # three waves across the lower half, lighter towards the bottom
    for n in range(3):
        top = size * (0.58 + n * 0.11)
        shade = _mix(primary, "#FFFFFF", 0.18 + n * 0.16)
        box = (-size * 0.25, top, size * 1.25, top + size * 0.9)
        draw.chord(box, 180, 360, fill=shade)
    # keep the circle's edge: cut away what the waves drew outside it
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, size - 1, size - 1), fill=255)
    clipped = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    clipped.paste(image, (0, 0), mask)
    draw = ImageDraw.Draw(clipped)
    sun = size * 0.13
    cx, cy = size * 0.70, size * 0.30
    draw.ellipse((cx - sun, cy - sun, cx + sun, cy + sun), fill=_rgb(secondary))
    letter = initials(name)[:1]
    font = _font(int(size * 0.50))
    draw.text((size * 0.40, size * 0.46), letter, font=font, fill=(255, 255, 255), anchor="mm")
    return _png(clipped)


def key_visual(
    headline: str, brand: str, primary: str, secondary: str, size: tuple[int, int] = (1200, 675)
) -> bytes:
    """A campaign's key visual for the demo: a diagonal light over the brand's colours,
    the headline large, the brand underneath."""
    width, height = size
    base = Image.new("RGB", size, _rgb(primary))
    # a vertical gradient from the primary colour to a darker one
    ramp = Image.linear_gradient("L").resize(size)
    dark = Image.new("RGB", size, _mix(primary, "#000000", 0.45))
    base = Image.composite(dark, base, ramp)
    draw = ImageDraw.Draw(base)
    # a band of light and a disc in the secondary colour
    draw.polygon(
        [(width * 0.55, 0), (width * 0.80, 0), (width * 0.45, height), (width * 0.20, height)],
        fill=_mix(primary, "#FFFFFF", 0.18),
    )
    r = height * 0.34
    cx, cy = width * 0.78, height * 0.36
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_rgb(secondary))
    draw.ellipse(
        (cx - r * 0.62, cy - r * 0.62, cx + r * 0.62, cy + r * 0.62),
        fill=_mix(secondary, "#FFFFFF", 0.30),
    )
    # the headline in up to three lines, left, over the lower half
    font = _font(int(height * 0.11))
    lines = _wrap(draw, headline, font, width * 0.62)[:3]
    line_height = int(height * 0.13)
    top = height * 0.88 - line_height * (len(lines) + 1)
    for n, line in enumerate(lines):
        draw.text((width * 0.07, top + n * line_height), line, font=font, fill=(255, 255, 255))
    small = _font(int(height * 0.05), bold=False)
    draw.text(
        (width * 0.07, top + len(lines) * line_height + line_height * 0.35),
        brand.upper(),
        font=small,
        fill=_mix(secondary, "#FFFFFF", 0.55),
    )
    return _png(base)


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: float
) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines

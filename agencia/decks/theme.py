"""The decks' design system as numbers: page, grid, type scale and colours.

Colours come from the agency's profile; when one is too light to read as text on white
(contrast under 4.5:1) a darkened version is used for text, the original for fills.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor

from agencia.decks.content import AgencyProfile

# Page and grid (points).
PAGE_W = 960.0
PAGE_H = 540.0
MARGIN_X = 48.0
MARGIN_TOP = 40.0
MARGIN_BOTTOM = 44.0
COLUMNS = 12
GUTTER = 16.0
CONTENT_W = PAGE_W - 2 * MARGIN_X
COLUMN_W = (CONTENT_W - (COLUMNS - 1) * GUTTER) / COLUMNS
TOP = PAGE_H - MARGIN_TOP  # the top edge of the content
BOTTOM = MARGIN_BOTTOM  # the bottom edge of the content (the footer sits below)

# Type scale (points) and line height.
COVER_TITLE = 44.0
TITLE = 30.0
SUBTITLE = 18.0
BODY = 15.0
TABLE = 12.0
CAPTION = 9.0
LEADING = 1.25

# Neutrals.
INK = "#1F2328"
GREY = "#6E7781"
LIGHT = "#F2F4F7"
RULE = "#D0D7DE"
WHITE = "#FFFFFF"

DEFAULT_PRIMARY = "#1B4F9C"
DEFAULT_SECONDARY = "#E8663D"


def col_x(start: int) -> float:
    """The left edge of grid column `start` (0-based)."""
    return MARGIN_X + start * (COLUMN_W + GUTTER)


def span(columns: int) -> float:
    """The width of `columns` grid columns with the gutters between them."""
    return columns * COLUMN_W + (columns - 1) * GUTTER


def leading(size: float) -> float:
    return size * LEADING


# --- colour arithmetic ---------------------------------------------------------------

_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def normalise_hex(value: str, default: str) -> str:
    """A '#RRGGBB' string for a profile's colour, or the default if it is not one."""
    match = _HEX.match((value or "").strip())
    if not match:
        return default
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return "#" + digits.upper()


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    return (int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in rgb)


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def darken_for(colour: str, background: str = WHITE, ratio: float = 4.5) -> str:
    """The colour itself if it reads on the background, else the lightest darker shade that does."""
    if contrast(colour, background) >= ratio:
        return colour
    r, g, b = _rgb(colour)
    for step in range(1, 101):
        f = 1 - step / 100
        candidate = _hex((r * f, g * f, b * f))
        if contrast(candidate, background) >= ratio:
            return candidate
    return INK


def mix(colour: str, other: str, amount: float) -> str:
    """`amount` of `other` mixed into `colour` (a tint with white, a shade with black)."""
    (r1, g1, b1), (r2, g2, b2) = _rgb(colour), _rgb(other)
    return _hex((r1 + (r2 - r1) * amount, g1 + (g2 - g1) * amount, b1 + (b2 - b1) * amount))


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours for one deck, as '#RRGGBB' strings (see `rl` for ReportLab colours)."""

    primary: str  # fills: the cover, rules, the initials' circles
    secondary: str  # fills: highlights, the first chart series
    primary_text: str  # titles on white (>= 4.5:1)
    secondary_text: str  # highlighted text on white (>= 4.5:1)
    cover: str  # fills that carry text: the cover, the brief's band, initials, the org's head
    on_cover: str  # text on those fills (>= 4.5:1)

    @classmethod
    def of(cls, agency: AgencyProfile) -> Theme:
        primary = normalise_hex(agency.primary_color, DEFAULT_PRIMARY)
        secondary = normalise_hex(agency.secondary_color, DEFAULT_SECONDARY)
        on_primary = max((WHITE, INK), key=lambda text: contrast(text, primary))
        if contrast(on_primary, primary) >= 4.5:
            cover, on_cover = primary, on_primary  # a dark primary with white, a light one with ink
        else:
            cover, on_cover = darken_for(primary, WHITE), WHITE
        return cls(
            primary=primary,
            secondary=secondary,
            primary_text=darken_for(primary),
            secondary_text=darken_for(secondary),
            cover=cover,
            on_cover=on_cover,
        )


def rl(hex_colour: str) -> Color:
    """A ReportLab colour for a '#RRGGBB' string."""
    return HexColor(hex_colour)

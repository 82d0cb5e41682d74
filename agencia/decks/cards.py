"""Cards on a grid: services, people with initials, clients' logos, process steps and
the big numbers of a case study. A grid continues on the next slide by whole rows."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from agencia.decks import theme as t
from agencia.decks.covers import logo_size
from agencia.decks.fonts import BOLD, width
from agencia.decks.layout import (
    CONTENT_BOTTOM,
    cont,
    para,
    split_rows,
    title_block,
    title_height,
)
from agencia.decks.slides import Ctx, Slide
from agencia.decks.theme import rl
from agencia.domain.text import initials, monogram

PAD = 16.0
BADGE = 44.0


@dataclass
class Card:
    """A card: a badge on top (a number, initials or a logo), then flowing text."""

    items: list[Flowable]
    badge: Callable[[Canvas, float, float], None] | None = None  # (x, top)
    badge_h: float = 0.0
    fill: str = t.LIGHT
    border: str | None = None
    min_h: float = 0.0
    accent: str | None = None  # a bar on the card's top edge
    pad: float = PAD
    _heights: list[float] = field(default_factory=list)

    def measure(self, w: float) -> float:
        inner = w - 2 * self.pad
        self._heights = [f.wrap(inner, t.PAGE_H)[1] for f in self.items]
        gaps = sum(f.getSpaceAfter() for f in self.items[:-1])
        body = sum(self._heights) + gaps
        badge = self.badge_h + (12 if self.badge_h and self.items else 0)
        return float(max(self.min_h, 2 * self.pad + badge + body))

    def draw(self, c: Canvas, x: float, top: float, w: float, h: float) -> None:
        c.setFillColor(rl(self.fill))
        if self.border:
            c.setStrokeColor(rl(self.border))
            c.setLineWidth(0.75)
        c.roundRect(x, top - h, w, h, 6, stroke=1 if self.border else 0, fill=1)
        if self.accent:
            c.setFillColor(rl(self.accent))
            c.rect(x, top - 4, w, 4, stroke=0, fill=1)
        y = top - self.pad
        if self.badge:
            self.badge(c, x + self.pad, y)
            y -= self.badge_h + (12 if self.items else 0)
        for f, fh in zip(self.items, self._heights, strict=True):
            y -= fh
            f.drawOn(c, x + self.pad, y)
            y -= f.getSpaceAfter()


def card_slides(
    ctx: Ctx, title: str, cards: Sequence[Card], columns: int, *, subtitle: str = ""
) -> list[Slide] | None:
    """Cards `columns` to a row, as many rows as fit, then "… (cont.)".

    None when one card alone is taller than a slide: the caller lays the content out as
    flowing text instead.
    """
    gap = t.GUTTER
    w = (t.CONTENT_W - (columns - 1) * gap) / columns
    heights = [card.measure(w) for card in cards]
    rows = [list(range(i, min(i + columns, len(cards)))) for i in range(0, len(cards), columns)]
    row_h = [max(heights[i] for i in row) for row in rows]
    avail0 = title_height(ctx, title, subtitle) - CONTENT_BOTTOM
    avail_n = title_height(ctx, ctx.label("cont", title=title)) - CONTENT_BOTTOM
    if any(h > avail_n for h in row_h):
        return None
    pages = split_rows([h + gap for h in row_h], avail0 + gap, avail_n + gap)
    slides = []
    for i, page in enumerate(pages):
        slide = Slide()
        top = title_block(ctx, slide, cont(ctx, title, i), subtitle if i == 0 else "")
        y = top
        for r in page:
            for j, k in enumerate(rows[r]):
                x = t.MARGIN_X + j * (w + gap)
                card, h = cards[k], row_h[r]
                slide.add(partial(card.draw, x=x, top=y, w=w, h=h))
            slide.occupy(len(rows[r]) * (w + gap) - gap, row_h[r])
            y -= row_h[r] + gap
        slides.append(slide)
    return slides


def balanced_columns(n: int, choices: tuple[int, ...] = (3, 4)) -> int:
    """Columns for n cards so that the last row is as full as it can be (ties: more
    columns, fewer rows): 6 → 3 + 3, 7 → 4 + 3."""
    if n <= max(choices):
        return max(n, 2) if n > 1 else min(choices)
    return min(choices, key=lambda c: ((-n) % c, -c))


# --- badges ----------------------------------------------------------------------------


def number_badge(ctx: Ctx, n: int) -> tuple[Callable[[Canvas, float, float], None], float]:
    colour = ctx.theme.secondary_text
    text = f"{n:02d}"

    def draw(c: Canvas, x: float, top: float) -> None:
        c.setFont(BOLD, t.SUBTITLE)
        c.setFillColor(rl(colour))
        c.drawString(x, top - t.SUBTITLE * 0.8, text)

    return draw, t.SUBTITLE


def initials_badge(
    ctx: Ctx, name: str, size: float = BADGE
) -> tuple[Callable[[Canvas, float, float], None], float]:
    th = ctx.theme
    text = initials(name)
    font = t.BODY if size >= 40 else t.TABLE

    def draw(c: Canvas, x: float, top: float) -> None:
        c.setFillColor(rl(th.cover))
        c.circle(x + size / 2, top - size / 2, size / 2, stroke=0, fill=1)
        c.setFillColor(rl(th.on_cover))
        c.setFont(BOLD, font)
        c.drawCentredString(x + size / 2, top - size / 2 - font * 0.35, text)

    return draw, size


def logo_badge(
    ctx: Ctx, data: bytes | None, w: float, h: float
) -> tuple[Callable[[Canvas, float, float], None], float] | None:
    """A logo in a box of w × h, left-aligned and centred vertically."""
    img = ctx.image(data)
    if img is None:
        return None
    lw, lh = logo_size(img, w, h)

    def draw(c: Canvas, x: float, top: float) -> None:
        c.drawImage(img, x, top - h + (h - lh) / 2, lw, lh, mask="auto")

    return draw, h


def monogram_badge(
    ctx: Ctx, name: str, h: float
) -> tuple[Callable[[Canvas, float, float], None], float]:
    """A client without a logo: its initials on a light square, as tall as a logo."""
    th = ctx.theme
    text = monogram(name)

    def draw(c: Canvas, x: float, top: float) -> None:
        c.setFillColor(rl(t.LIGHT))
        c.roundRect(x, top - h, h, h, 6, stroke=0, fill=1)
        size = t.SUBTITLE if h >= 48 else t.BODY
        c.setFillColor(rl(th.primary_text))
        c.setFont(BOLD, size)
        c.drawCentredString(x + h / 2, top - h / 2 - size * 0.35, text)

    return draw, h


# --- big numbers -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BigNumber:
    value: str
    name: str
    note: str = ""


_FIGURE = re.compile(
    r"^([+\-−±~≈<>]?\s?\d[\d.,]*"  # a number, signed
    r"(?:\s?(?:%|pts?\.?|(?:M|k|K|mil|bn)?\s?[€$£]|M|k|K|mil|bn|x|×))?)"  # its unit
    r"\s+([^\W\d_].*)$"  # then words
)


def split_figure(value: str) -> tuple[str, str]:
    """'9,4 M usuarios únicos' → ('9,4 M', 'usuarios únicos'): the figure to set large and
    the words that say what it counts; a value without words stays whole."""
    match = _FIGURE.match(value.strip())
    return (match.group(1), match.group(2)) if match else (value, "")


def figure_size(values: Sequence[str], w: float) -> float:
    """One size for a row of figures: 44 when every one fits the tile on a line, else 30
    when every one fits in two lines, else 18 (wrapped as it needs)."""
    if all(width(v, t.COVER_TITLE, bold=True) <= w for v in values):
        return t.COVER_TITLE
    if all(len(simpleSplit(v, BOLD, t.TITLE, w)) <= 2 for v in values):
        return t.TITLE
    return t.SUBTITLE


def big_number_items(
    ctx: Ctx, figure: str, unit: str, number: BigNumber, size: float
) -> list[Flowable]:
    """The figure (and the words of its unit), its name and a note (the target)."""
    s = ctx.styles
    style = ParagraphStyle(f"big{size}", parent=s.big, fontSize=size, leading=t.leading(size))
    value = para(figure, style)
    value.spaceAfter = 4
    out: list[Flowable] = [value]
    if unit:
        out.append(para(unit, s.card_part))
    out.append(para(number.name, s.card_name))
    if number.note:
        out.append(para(number.note, s.small))
    for f in out[1:]:
        f.spaceAfter = 3
    return out


def big_numbers(
    ctx: Ctx, numbers: Sequence[BigNumber], width_total: float = t.CONTENT_W
) -> tuple[list[Card], float]:
    """Tiles for 1–4 big numbers across `width_total`, their figures at one size, and
    the tiles' width."""
    n = max(1, len(numbers))
    w = (width_total - (n - 1) * t.GUTTER) / n
    inner = w - 2 * PAD
    # A value that is a figure and words ("9,4 M usuarios únicos") shows the figure large
    # and the words under it, when the whole would not fit large on one line.
    parts = [
        split_figure(num.value)
        if width(num.value, t.COVER_TITLE, bold=True) > inner
        else (num.value, "")
        for num in numbers
    ]
    size = figure_size([figure for figure, _ in parts], inner)
    cards = [
        Card(big_number_items(ctx, figure, unit, num, size), accent=ctx.theme.secondary)
        for (figure, unit), num in zip(parts, numbers, strict=True)
    ]
    return cards, w


def draw_card_row(slide: Slide, cards: Sequence[Card], x0: float, top: float, w: float) -> float:
    """Cards side by side, equal height; returns the row's height."""
    h = max((card.measure(w) for card in cards), default=0.0)
    for i, card in enumerate(cards):
        x = x0 + i * (w + t.GUTTER)
        slide.add(partial(card.draw, x=x, top=top, w=w, h=h))
    slide.occupy(len(cards) * (w + t.GUTTER) - t.GUTTER, h)
    return h


def text_card(
    ctx: Ctx, head: str, text: str, style: ParagraphStyle | None = None
) -> list[Paragraph]:
    return [para(head, ctx.styles.card_name), para(text, style or ctx.styles.card_role)]

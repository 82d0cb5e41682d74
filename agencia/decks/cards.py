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
from agencia.decks.fonts import BOLD, draw_string, width
from agencia.decks.layout import (
    CONTENT_BOTTOM,
    cont,
    para,
    split_rows,
    title_block,
    title_height,
)
from agencia.decks.slides import Ctx, Slide
from agencia.decks.text import plain
from agencia.decks.theme import rl
from agencia.domain.text import initials, monogram

_ARABIC = re.compile("[\u0600-\u08ff]")

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
    rows = grid_rows(len(cards), columns)
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


def grid_rows(n: int, columns: int) -> list[list[int]]:
    """Card indices by row, `columns` to a row; a short row comes FIRST (under the title,
    the white at its end beside the title's): poppler's text extraction reads a grid
    whose last row is short out of order (4 + 3 reads 01 02 03 05 06 07 04), and the
    same grid with its short row first in order."""
    short = n % columns
    rows = [list(range(short))] if short else []
    return rows + [list(range(i, i + columns)) for i in range(short, n, columns)]


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
        draw_string(c, x, top - t.SUBTITLE * 0.8, text)

    return draw, t.SUBTITLE


# --- cards that read whole -----------------------------------------------------------
#
# Text extraction by position (poppler's pdftotext, see layout.py) reads a card whole
# only when its lines make ONE block: all at one size (within 5 %) and baselines at most
# 1.5 × the size apart. A number drawn larger above the name is a block of its own, and a
# row of such numbers beside a row of names is read as a table: "01 02 03 04", then the
# names, then the texts. So a numbered card sets its number, name and text at the name's
# size, a paragraph's leading plus CARD_GAP apart (1.25 + 0.2 < 1.5); the gutter and the
# cards' padding leave far more than 1.25 × the size of white between cards.

CARD_GAP = 0.2  # × the size: the space between the paragraphs of a card


def number_item(ctx: Ctx, n: int) -> Paragraph:
    """A card's number ("01") in the accent colour, at the card's text size."""
    style = ctx.styles.card_name.clone("card_number", textColor=rl(ctx.theme.secondary_text))
    return para(f"{n:02d}", style)


def read_whole(items: Sequence[Flowable], size: float = t.BODY) -> list[Flowable]:
    """A card's paragraphs, at `size`, spaced so that they read as one block (above):
    a paragraph at another size (a big figure) is left as it is."""
    out: list[Flowable] = []
    for f in items:
        if isinstance(f, Paragraph) and abs(f.style.fontSize - size) <= 0.05 * size:
            gap = min(f.getSpaceAfter(), CARD_GAP * size)
            f.style = f.style.clone(f.style.name + "_card", spaceBefore=0.0, spaceAfter=gap)
            f.spaceAfter = gap
            f.__dict__.pop("_wrapped_at", None)
        out.append(f)
    return out


def numbered_card(ctx: Ctx, n: int, items: Sequence[Flowable]) -> Card:
    """A card of a numbered grid (services, the way we work): its number, then its name
    and text, read whole by text extraction."""
    return Card(read_whole([number_item(ctx, n), *items]), accent=ctx.theme.secondary)


def initials_badge(
    ctx: Ctx, name: str, size: float = BADGE
) -> tuple[Callable[[Canvas, float, float], None], float]:
    th = ctx.theme
    text = initials(plain(name))  # an emoji is never an initial
    if _ARABIC.search(text):  # two Arabic initials would join into a word: set them apart
        text = "\u2009".join(text)
    font = t.BODY if size >= 40 else t.TABLE

    def draw(c: Canvas, x: float, top: float) -> None:
        c.setFillColor(rl(th.cover))
        c.circle(x + size / 2, top - size / 2, size / 2, stroke=0, fill=1)
        c.setFillColor(rl(th.on_cover))
        c.setFont(BOLD, font)
        draw_string(c, x + size / 2, top - size / 2 - font * 0.35, text, anchor="middle")

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
    text = monogram(plain(name))

    def draw(c: Canvas, x: float, top: float) -> None:
        c.setFillColor(rl(t.LIGHT))
        c.roundRect(x, top - h, h, h, 6, stroke=0, fill=1)
        size = t.SUBTITLE if h >= 48 else t.BODY
        c.setFillColor(rl(th.primary_text))
        c.setFont(BOLD, size)
        draw_string(c, x + h / 2, top - h / 2 - size * 0.35, text, anchor="middle")

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


# A figure tile reads figure by figure (not "+9 pts +18 % 3,4 M", then the names) when
# the text under each figure is one block that touches the figure's: poppler takes blocks
# that line up across tiles, one strictly under the other, for a table and reads them
# row by row; a block whose top rises into the figure's box above it is no row of its
# own. So the words under a figure are all at the name's size (one block: unit, name and
# note) and the first of them sits close under the figure, its top (0.8 × its size above
# its baseline, Lato's ascent as poppler measures it) above the figure's bottom (0.2 × the
# figure's size under its baseline), with FIGURE_OVERLAP of slack.

FIGURE_OVERLAP = 1.5
ASCENT, DESCENT = 0.8, 0.2  # Lato, as poppler measures a word's box


def figure_gap(size: float, text: float = t.BODY) -> float:
    """The space after a figure's paragraph (negative: into its leading) that puts the
    text's first baseline where its box rises into the figure's (above)."""
    baseline_gap = ASCENT * text + DESCENT * size - FIGURE_OVERLAP
    return baseline_gap - (t.leading(size) - size) - text


def big_number_items(
    ctx: Ctx, figure: str, unit: str, number: BigNumber, size: float
) -> list[Flowable]:
    """The figure (and the words of its unit), its name and a note (the target), read
    tile by tile (above)."""
    s = ctx.styles
    style = ParagraphStyle(f"big{size}", parent=s.big, fontSize=size, leading=t.leading(size))
    value = para(figure, style)
    value.spaceAfter = figure_gap(size)
    out: list[Flowable] = [value]
    if unit:
        out.append(
            para(unit, s.card_part.clone("card_unit", fontSize=t.BODY, leading=t.leading(t.BODY)))
        )
    out.append(para(number.name, s.card_name))
    if number.note:
        out.append(
            para(
                number.note, s.small.clone("card_note", fontSize=t.BODY, leading=t.leading(t.BODY))
            )
        )
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

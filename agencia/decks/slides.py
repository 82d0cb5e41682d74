"""Slides and the deck that paints them.

A deck is built in two steps: the deck modules lay every slide out first (each slide is a
list of drawing operations whose content already fits), then `Deck.render` paints them on
one canvas knowing the page count (the footer's "n / N"), with bookmarks per section and
the PDF's metadata. ReportLab's invariant mode and a creation date taken from the content
make the bytes depend on the content only.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from agencia.decks import theme as t
from agencia.decks.fonts import BOLD, REGULAR, draw_string, register_fonts, width
from agencia.decks.formats import Fmt
from agencia.decks.labels import label
from agencia.decks.rtl import is_mark
from agencia.decks.styles import Styles
from agencia.decks.text import plain
from agencia.decks.theme import Theme, rl

Op = Callable[[Canvas], None]


@dataclass(frozen=True, slots=True)
class Meta:
    """What the PDF says about itself."""

    title: str
    author: str
    subject: str
    lang: str  # BCP 47, e.g. "es-ES"
    made_on: date
    keywords: str = ""


@dataclass
class Ctx:
    """What every slide of one deck shares."""

    theme: Theme
    styles: Styles
    fmt: Fmt
    lang: str
    agency: str
    client: str = ""  # who the deck is prepared for ("" for none)
    version: str = ""
    made_on: date | None = None
    internal: bool = False  # holds internal decisions: marked "Uso interno" on every page
    latam: bool = False  # Latin America's Spanish (a Spanish deck for a client there)
    _images: dict[int, ImageReader | None] = field(default_factory=dict)

    def label(self, key: str, **values: object) -> str:
        return label(key, self.lang, latam=self.latam, **values)

    def image(self, data: bytes | None) -> ImageReader | None:
        """A logo or key visual, read once per deck; None if it is not an image."""
        if not data:
            return None
        key = id(data)
        if key not in self._images:
            try:
                reader = ImageReader(io.BytesIO(data))
                reader.getSize()
            except Exception:  # a broken picture must not stop the deck
                reader = None
            self._images[key] = reader
        return self._images[key]


@dataclass
class Slide:
    """One page: its drawing operations, whether it wears the footer, its bookmark."""

    ops: list[Op] = field(default_factory=list)
    footer: bool = True
    background: str | None = None
    bookmark: str | None = None  # the section's name in the outline, on its first slide
    bookmark_level: int = 0
    content_top: float | None = None  # under the title; None on frame slides (cover…)
    used: float = 0.0  # the area its content blocks cover, in pt²

    def add(self, op: Op) -> None:
        self.ops.append(op)

    def occupy(self, w: float, h: float) -> None:
        """Record a block of content w × h points (the layout knows; nothing is guessed)."""
        self.used += max(w, 0.0) * max(h, 0.0)

    @property
    def fill(self) -> float | None:
        """The share of the area under the title that content covers (None on frame
        slides): how a near-empty slide is found."""
        if self.content_top is None:
            return None
        room = t.CONTENT_W * (self.content_top - t.BOTTOM - 10)
        return min(1.0, self.used / room) if room > 0 else 1.0


class Deck:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.slides: list[Slide] = []

    def add(self, slides: Slide | list[Slide], bookmark: str | None = None, level: int = 0) -> None:
        """Add slides; `bookmark` names the section on the first of them in the outline."""
        items = [slides] if isinstance(slides, Slide) else list(slides)
        if items and bookmark:
            items[0].bookmark = bookmark
            items[0].bookmark_level = level
        self.slides.extend(items)

    def render(self, meta: Meta, progress: Callable[[int, int], None] | None = None) -> bytes:
        register_fonts()
        buffer = io.BytesIO()
        c = Canvas(
            buffer,
            pagesize=(t.PAGE_W, t.PAGE_H),
            invariant=1,
            pageCompression=1,
            lang=meta.lang,
            initialFontName=REGULAR,
            initialFontSize=t.BODY,
            initialLeading=t.leading(t.BODY),
        )
        made = meta.made_on
        c.setDateFormatter(lambda *_: f"D:{made:%Y%m%d}000000+00'00'")
        c.setTitle(meta.title)
        c.setAuthor(meta.author)
        c.setSubject(meta.subject)
        c.setCreator("Agencia")
        c.setKeywords(meta.keywords)
        total = len(self.slides)
        if progress:
            progress(0, total)
        for n, slide in enumerate(self.slides, start=1):
            if slide.bookmark:
                key = f"s{n}"
                c.bookmarkPage(key)
                c.addOutlineEntry(plain(slide.bookmark), key, level=slide.bookmark_level)
            if slide.background:
                c.setFillColor(rl(slide.background))
                c.rect(0, 0, t.PAGE_W, t.PAGE_H, stroke=0, fill=1)
            # The page is drawn in the order it is read (text taken in drawing order, as
            # copy-paste does, reads it so): the internal tag at the top, the content,
            # the footer and its page number. A frame slide's tag goes on after its
            # artwork, which would cover it.
            if self.ctx.internal and slide.footer:
                self._internal_tag(c, on_colour=False)
            for op in slide.ops:
                c.saveState()
                op(c)
                c.restoreState()
            if slide.footer:
                self._footer(c, n, total)
            elif self.ctx.internal:
                self._internal_tag(c, on_colour=True)
            c.showPage()
            if progress:
                progress(n, total)
        c.save()
        return buffer.getvalue()

    def _footer(self, c: Canvas, n: int, total: int) -> None:
        ctx = self.ctx
        size = t.CAPTION
        y = 20.0
        page = ctx.label("page", n=n, total=total)
        c.setFont(REGULAR, size)
        c.setFillColor(rl(t.GREY))
        room = t.CONTENT_W - width(page, size) - 24
        parts = footer_parts(ctx)
        text = "  ·  ".join(parts)
        if width(text, size) > room and ctx.version:  # drop the version before the client
            parts = [p for p in parts if p != ctx.version]
            text = "  ·  ".join(parts)
        text = ellipsize(text, size, room)
        # Set against the page number, not the left margin: pdftotext reads a block that
        # lies wholly right of the footer's text (a table's total, a chart's last tick)
        # before the footer when the footer ends short of it.
        right = t.PAGE_W - t.MARGIN_X - width(page, size) - 24
        draw_string(c, right, y, text, anchor="end", rtl=False)  # the deck's line, in its order
        # The page number drawn last: text taken in drawing order ends with it.
        draw_string(c, t.PAGE_W - t.MARGIN_X, y, page, anchor="end")
        c.setStrokeColor(rl(t.RULE))
        c.setLineWidth(0.5)
        c.line(t.MARGIN_X, 32, t.PAGE_W - t.MARGIN_X, 32)

    def _internal_tag(self, c: Canvas, *, on_colour: bool) -> None:
        """ "Uso interno" top right on every page of a deck that holds internal decisions."""
        text = self.ctx.label("internal_use")
        size = t.CAPTION
        w = width(text, size, bold=True) + 12
        x, y = t.PAGE_W - t.MARGIN_X - w, t.TOP + 3  # in the top margin, over no content
        c.setFillColor(rl(t.WHITE if on_colour else INTERNAL))
        c.roundRect(x, y, w, 15, 3, stroke=0, fill=1)
        c.setFillColor(rl(INTERNAL if on_colour else t.WHITE))
        c.setFont(BOLD, size)
        draw_string(c, x + 6, y + 4.5, text)


INTERNAL = "#B42318"  # a warning red, 5.9:1 on white


def draw_at(flowable: Flowable, x: float, y: float) -> Op:
    """An operation that draws a wrapped flowable with its bottom-left corner at (x, y)."""
    return lambda c: flowable.drawOn(c, x, y)


def footer_parts(ctx: Ctx) -> list[str]:
    client = plain(ctx.client)
    confidential = (
        ctx.label("internal_footer")
        if ctx.internal
        else ctx.label("confidential_for", client=client)
        if client
        else ctx.label("confidential")
    )
    when = ctx.fmt.date(ctx.made_on) if ctx.made_on else ""
    return [p for p in (plain(ctx.agency), confidential, plain(ctx.version), when) if p]


def ellipsize(text: str, size: float, room: float, *, bold: bool = False) -> str:
    """The text cut with '…' to fit `room` points (only for the footer's one line)."""
    if width(text, size, bold=bold) <= room:
        return text
    while text and width(text + "…", size, bold=bold) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def broken(text: str, size: float, room: float, *, bold: bool = False) -> list[str]:
    """`text` (one line, as typed) as the lines it takes in `room` points, for a value
    drawn on the canvas rather than as a paragraph (a brief sheet's fact): whole when it
    fits, else broken at its spaces (never at a no-break one: «250.000 €»), and a word
    longer than a line (a URL, a code, a word typed without spaces) cut where the line
    ends, as the paragraphs' `splitLongWords` does, never between a letter and its vowel
    mark. Each line is drawn as typed (`draw_string` reorders a Hebrew or Arabic one),
    so a text is broken in the order it is read."""

    def fits(line: str) -> bool:
        return width(line, size, bold=bold) <= room

    if fits(text):
        return [text] if text else []
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if not word:
            continue
        joined = f"{line} {word}" if line else word
        if fits(joined):
            line = joined
            continue
        if line:
            lines.append(line)
        while not fits(word):
            low, high = 1, len(word)  # the longest head that fits: at least one letter
            while low < high:
                mid = (low + high + 1) // 2
                low, high = (mid, high) if fits(word[:mid]) else (low, mid - 1)
            while low > 1 and is_mark(word[low]):
                low -= 1
            lines.append(word[:low])
            word = word[low:]
        line = word
    return [*lines, line] if line else lines

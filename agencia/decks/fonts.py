"""The decks' one type family: Lato Regular and Bold, shipped in resources/fonts and
embedded (subset) in every PDF. ReportLab's own Helvetica is never used: it is not
embedded, and a client's viewer would substitute it.

Lato has no Hebrew or Arabic letters: a name in them (a client's counterpart, a parent
company) is drawn in Noto Sans Hebrew or Noto Sans Arabic (OFL, shipped beside Lato, in
the same two weights), run by run inside the line (`runs`); the rest of the line stays
in Lato. Chinese, Japanese and Korean are still refused (docs/ARCHITECTURE.md says why)."""

from __future__ import annotations

import dataclasses
import struct
import threading
import unicodedata
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from agencia.decks.rtl import is_mark, needs_reorder, visual

REGULAR = "Lato"
BOLD = "Lato-Bold"
# The fonts a run of text falls back to, in order, for each weight of Lato.
FALLBACK = {
    REGULAR: ("NotoSansArabic", "NotoSansHebrew"),
    BOLD: ("NotoSansArabic-Bold", "NotoSansHebrew-Bold"),
}
_FILES = {
    REGULAR: "Lato-Regular.ttf",
    BOLD: "Lato-Bold.ttf",
    "NotoSansArabic": "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew": "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold": "NotoSansHebrew-Bold.ttf",
}

_lock = threading.Lock()
_registered: set[str] = set()  # "lato", then "fallbacks" once a text needs them


def font_path(name: str) -> Path:
    return Path(str(files("agencia._resources").joinpath("fonts", name)))


def _register(which: str, pairs: tuple[tuple[str, str], ...]) -> None:
    if which in _registered:
        return
    with _lock:
        if which in _registered:
            return
        for normal, bold in pairs:
            for name in (normal, bold):
                pdfmetrics.registerFont(TTFont(name, str(font_path(_FILES[name]))))
            pdfmetrics.registerFontFamily(
                normal, normal=normal, bold=bold, italic=normal, boldItalic=bold
            )
        _registered.add(which)


def register_fonts() -> None:
    """Register Lato with ReportLab once per process (safe from worker threads)."""
    _register("lato", ((REGULAR, BOLD),))


def register_fallbacks() -> None:
    """Register Lato's fallbacks, the first time a text holds a letter Lato lacks: a
    process that never meets one never reads them (a first deck stays as quick)."""
    register_fonts()
    _register("fallbacks", tuple(zip(FALLBACK[REGULAR], FALLBACK[BOLD], strict=True)))


def _glyphs(name: str) -> dict[int, int]:
    if name in (REGULAR, BOLD):
        register_fonts()
    else:
        register_fallbacks()
    found: dict[int, int] = pdfmetrics.getFont(name).face.charToGlyph
    return found


def has_glyph(char: str) -> bool:
    """Whether Lato or one of its fallbacks draws this character."""
    return any(ord(char) in _glyphs(name) for name in (REGULAR, *FALLBACK[REGULAR]))


def font_for(char: str, base: str) -> str:
    """The font that draws `char` in a line set in `base` (Lato or Lato-Bold): Lato when
    it has the glyph (Latin, digits, spaces, punctuation stay as they always were), else
    the first fallback that has it, else Lato (`undrawable` refused such text before)."""
    code = ord(char)
    fallbacks = FALLBACK.get(base, ())
    if code < 0x0590 or not fallbacks or code in _glyphs(base):
        return base
    for name in fallbacks:
        if code in _glyphs(name):
            return name
    return base


def runs(text: str, base: str) -> list[tuple[str, str]]:
    """`text` (already in drawing order, rtl.visual) cut into (font, text) runs."""
    found: list[tuple[str, str]] = []
    for char in text:
        name = font_for(char, base)
        if found and found[-1][0] == name:
            found[-1] = (name, found[-1][1] + char)
        else:
            found.append((name, char))
    return found


_JOINERS = frozenset({0x200D, 0x20E3})  # zero-width joiner (👩‍💻), combining keycap (1️⃣)
_PICTURE_KINDS = frozenset({"So", "Sk", "Me", "Co"})  # symbols, modifiers (🏽), private use


def is_decoration(char: str) -> bool:
    """Whether `char` is a picture, not a word, that Lato cannot draw: an emoji (🍦, 👍🏽,
    🇪🇸), the joiners and selectors that build one. The decks leave it out (`text.clean`)
    instead of refusing the whole deck for an ice cream in a group's name; the name's
    words still print. Letters Lato cannot draw (Arabic, Chinese…) are never decoration:
    dropping them would lose words, so a deck holding them is refused (`undrawable`)."""
    code = ord(char)
    if code < 0x2000:
        return False  # Latin, Greek, Cyrillic and their signs: Lato's, or words
    if code in _JOINERS or 0xFE00 <= code <= 0xFE0F or 0xE0000 <= code <= 0xE01EF:
        return True  # variation selectors (❤️), tag letters (🏴 flags)
    return unicodedata.category(char) in _PICTURE_KINDS and not has_glyph(char)


def width(text: str, size: float, *, bold: bool = False) -> float:
    """The width `text` (one line, as typed) takes when drawn (`draw_string`)."""
    base = BOLD if bold else REGULAR
    if not needs_reorder(text):
        return float(pdfmetrics.stringWidth(text, base, size))
    return sum(
        float(pdfmetrics.stringWidth(part, name, size)) for name, part in runs(visual(text), base)
    )


@lru_cache(maxsize=1024)
def _box(name: str, char: str) -> tuple[float, float, float, float]:
    """The outline's box (x0, y0, x1, y1) of `char` in font `name`, in thousandths of the
    size, from the font's own glyph table (ReportLab reads widths, not outlines): the
    vowel marks' places (`mark_offsets`). It reads ReportLab's parsed font (its face's
    `charToGlyph`, `glyphPos`, `table` and `_ttf_data`), as `put_marks` draws with its
    internals: checked with the same ReportLab (REPORTLAB_CHECKED, and a test)."""
    face = pdfmetrics.getFont(name).face
    glyph = face.charToGlyph.get(ord(char))
    if glyph is None or face.glyphPos[glyph] == face.glyphPos[glyph + 1]:
        return (0.0, 0.0, 0.0, 0.0)
    at = face.table["glyf"]["offset"] + face.glyphPos[glyph]
    _, *box = struct.unpack(">5h", face._ttf_data[at : at + 10])
    scale = 1000 / face.unitsPerEm
    return (box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale)


_SIDE = {"\u05c1": 1.0, "\u05c2": 0.0, "\u05b9": 0.0}  # shin dot right, sin dot and holam left
_GAP = 60.0  # thousandths of the size between a letter's outline and a mark moved off it


@lru_cache(maxsize=4096)
def mark_offsets(name: str, letter: str, marks: str) -> tuple[tuple[float, float], ...]:
    """Where each of `marks` (typed after `letter`, drawn in font `name`) goes, as (dx, dy)
    in thousandths of the size from the pen after the letter, as a shaping engine's
    fallback puts them: centred on the letter's outline (a shin's dot at its right, a
    sin's and a holam at its left), a mark above moved up off a tall letter (lam, alef,
    lamed) or off the mark under it (a fatha over a shadda), one below moved down off a
    letter's tail or dot. Marks drawn where the font designed them are not moved."""
    x0, y0, x1, y1 = _box(name, letter)
    advance = pdfmetrics.stringWidth(letter, name, 1000)
    top, bottom = y1, y0
    found = [(0.0, 0.0)] * len(marks)
    # A shadda sits on the letter and its vowel over it, whatever order they are typed
    # in (Unicode's normal form puts the fatha first).
    for at in sorted(range(len(marks)), key=lambda i: marks[i] != "\u0651"):
        mark = marks[at]
        m0, n0, m1, n1 = _box(name, mark)
        side = _SIDE.get(mark, 0.5)
        dx = x0 + side * (x1 - x0) - (m0 + side * (m1 - m0)) - advance
        dy = 0.0
        if n0 >= 500:  # above the letter
            dy = max(0.0, top + _GAP - n0)
            top = n1 + dy
        elif n1 <= 0:  # below the baseline
            dy = min(0.0, bottom - _GAP - n1)
            bottom = n0 + dy
        found[at] = (dx, dy)
    return tuple(found)


def clusters(text: str) -> list[tuple[str, str]]:
    """`text` (one font's run, in drawing order, marks after their letter: rtl.order) as
    (letters, marks) pieces: the marks belong to the last of the letters."""
    found: list[tuple[str, str]] = []
    for char in text:
        if is_mark(char) and found and found[-1][0]:
            found[-1] = (found[-1][0], found[-1][1] + char)
        elif found and not found[-1][1]:
            found[-1] = (found[-1][0] + char, "")
        else:
            found.append((char, ""))
    return found


Placed = tuple[tuple[str, float, float], ...]  # each mark, (dx, dy) in points from the pen


def placed(name: str, size: float, letter: str, marks: str) -> Placed:
    """`marks` on `letter` at `size` (`mark_offsets`), in points."""
    found = mark_offsets(name, letter, marks)
    return tuple(
        (mark, dx * size / 1000, dy * size / 1000)
        for mark, (dx, dy) in zip(marks, found, strict=True)
    )


REPORTLAB_CHECKED = "5.1.0"  # the ReportLab whose internals `put_marks` was read against


def put_marks(
    where: Canvas | PDFTextObject, placed: Placed, font: tuple[str, float] | None = None
) -> None:
    """Draw a letter's marks (`placed`) from the pen after the letter, in the letter's
    font, and leave the pen there. `where` is a line's text object whose pen is after the
    letter (a line drawn alone: `draw_string`), or the canvas inside a paragraph's onDraw
    hook (fallback.Paragraph: the paragraph's line, set in `font` if it is in another).

    What a PDF reader reads and what the eye sees are drawn apart: the marks are shown
    where they sit, marked as no text (an empty ActualText), then read (drawn
    invisibly) at the pen, in the line like any letter. A mark read where it is shown
    (off the line over a tall letter or another mark, or back inside its letter) would
    be taken by poppler for a word of its own, or a gap, and cut the name there.

    No public API of ReportLab does this, so this function uses its internals, and is the
    only one in Agencia that does (checked with ReportLab 5.1.0; an upgrade that changes
    them fails tests/decks/test_deck_reportlab_internals.py):

    - the paragraph's line while an onDraw hook runs: `canvas._curr_tx_info` ("tx" the
      text object, "cur_x" its pen), the line's rise (`tx.XtraState.rise`), and
      `tx._setFont`, which changes the font without touching the line's leading;
    - the text object's content (`tx._code`: the marked-content span around the shown
      marks), its line's origin (`tx._x0`: `setXPos` counts from it) and `tx._textOut`,
      which writes text without moving the pen."""
    if isinstance(where, PDFTextObject):
        tx, x, rise = where, where.getX(), 0.0
    else:
        info = where._curr_tx_info
        tx, x, rise = info["tx"], info["cur_x"], info["tx"].XtraState.rise
        if font is not None and (tx._fontname, tx._fontsize) != font:
            tx._setFont(*font)
    tx._code.append("/Span <</ActualText ()>> BDC")
    for mark, dx, dy in placed:
        tx.setXPos(x + dx - tx._x0)
        if dy:
            tx.setRise(rise + dy)
        tx._textOut(mark)
        if dy:
            tx.setRise(rise)
    tx._code.append("EMC")
    tx.setXPos(x - tx._x0)
    # Read last, at the pen: the next letter follows what poppler read last, not the
    # shown marks (read before the letter, they cut the word at a mark moved away).
    tx.setTextRenderMode(3)
    tx._textOut("".join(mark for mark, _, _ in placed))
    tx.setTextRenderMode(0)


def _draw_part(canvas: Canvas, x: float, y: float, part: str, name: str, size: float) -> None:
    """One font's run at (x, y), a fallback font's marks on their letters."""
    if name in (REGULAR, BOLD) or not any(map(is_mark, part)):
        canvas.drawString(x, y, part)
        return
    tx = canvas.beginText(x, y)
    tx.setFont(name, size)
    for letters, marks in clusters(part):
        tx.textOut(letters)
        if marks:
            put_marks(tx, placed(name, size, letters[-1], marks))
    canvas.drawText(tx)


def draw_string(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    anchor: str = "start",
    rtl: bool | None = None,
) -> None:
    """`canvas.drawString` (anchor "start"), `drawRightString` ("end") or
    `drawCentredString` ("middle") in the canvas's font (Lato or Lato-Bold), with Hebrew
    and Arabic reordered and joined (rtl.visual, in the line's own first letter's
    direction, at the same anchor: the layout is the deck's) and drawn in their fallback
    font, vowel marks on their letters. `rtl=False`: a line the deck composes (rtl.visual)."""
    if not needs_reorder(text):
        draw = {"start": canvas.drawString, "end": canvas.drawRightString}
        draw.get(anchor, canvas.drawCentredString)(x, y, text)
        return
    base, size, leading = canvas._fontname, canvas._fontsize, canvas._leading
    parts = runs(visual(text, rtl), base)
    total = sum(pdfmetrics.stringWidth(part, name, size) for name, part in parts)
    x -= {"start": 0.0, "end": total}.get(anchor, total / 2)
    for name, part in parts:
        canvas.setFont(name, size, leading)
        _draw_part(canvas, x, y, part, name, size)
        x += pdfmetrics.stringWidth(part, name, size)
    canvas.setFont(base, size, leading)


def undrawable(content: object) -> list[tuple[str, str]]:
    """The texts in `content` (a deck's data: dataclasses, tuples, strings) holding
    characters neither Lato nor its fallbacks can draw, as (the characters, the text they
    are in), so that a deck is refused with a reason instead of silently dropping words
    (Chinese, Devanagari…). Arabic is checked in the joined forms it is drawn in.
    Emoji are not words: the decks leave them out (`is_decoration`), so they are not
    listed. Line breaks and tabs are layout, not glyphs."""
    lato = _glyphs(REGULAR)
    others: set[int] = set()  # the fallbacks' letters, read only if a text needs them
    found: list[tuple[str, str]] = []
    seen: set[int] = set()

    def visit(value: object) -> None:
        if id(value) in seen:
            return
        if isinstance(value, str):
            drawn = value
            if needs_reorder(value):  # as drawn: joined forms
                drawn = "\n".join(visual(line) for line in value.splitlines())
            missing = {c for c in drawn if c not in "\n\r\t" and ord(c) not in lato}
            if missing and not others:
                for name in FALLBACK[REGULAR]:
                    others.update(_glyphs(name))
            missing = {c for c in missing if ord(c) not in others and not is_decoration(c)}
            if missing:
                found.append(("".join(sorted(missing)), value))
            return
        if isinstance(value, (bytes, int, float, bool)) or value is None:
            return
        seen.add(id(value))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            for item in dataclasses.fields(value):
                visit(getattr(value, item.name))
        elif isinstance(value, dict):
            for item in value.values():
                visit(item)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                visit(item)

    visit(content)
    return found

"""A Paragraph whose Hebrew and Arabic runs are set in their fallback font and drawn
right to left, line by line.

ReportLab picks one font per fragment of markup and has no fallback: a name in Arabic
inside a Lato paragraph would come out as empty boxes. The text arrives in the order it
is read, Arabic joined (text.markup runs rtl.shaped on it); after ReportLab has parsed the
markup, each fragment holding such letters is cut into runs (fonts.runs), each in the
weight of the fragment's own font, so a bold title stays bold in Arabic.

ReportLab breaks the lines in that reading order; only when it draws them is each line
put in the order it is drawn (rtl.order, UAX #9 per line). Reordering before breaking
would read a long Arabic paragraph from its bottom line up, cut inside a word.

A paragraph has one direction, its first letter's (UAX #9 P2/P3), decided once from its
whole text: not per line break, not by whether it wraps, and kept by the part carried to
the next slide or page (`split`), so a Spanish paragraph holding an Arabic name stays
left to right and where the design sets it, the name reordered inside its lines, and a
paragraph that starts in Hebrew or Arabic reads right to left, flush right (`drawn_as`;
on a cover at the left, as the cover is laid out).
Fragments and paragraphs without Hebrew or Arabic (nearly all) are left as they are:
only a paragraph that needs it pays for it.

A vowel mark (niqqud, harakat) has no width and nothing in ReportLab to put it on its
letter: where a line is drawn, each letter's marks become a fragment of their own that
draws them, through ReportLab's onDraw hook, where fonts.mark_offsets says, from the
pen after the letter (`_draw_marks`, fonts.put_marks)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as _Paragraph

from agencia.decks.fonts import FALLBACK, Placed, clusters, placed, put_marks, runs
from agencia.decks.rtl import is_mark, needs_reorder, order, rtl_base

_MARKS = "agencia_marks"  # the canvas's named callback that draws a letter's marks
_FALLBACKS = frozenset(name for names in FALLBACK.values() for name in names)


def with_fallback(frags: list[object]) -> list[object]:
    """The fragments, those holding Hebrew or Arabic cut into runs of their fonts."""
    if not any(needs_reorder(getattr(f, "text", "") or "") for f in frags):
        return frags
    result: list[object] = []
    for frag in frags:
        text = getattr(frag, "text", "") or ""
        if not needs_reorder(text):
            result.append(frag)
            continue
        for name, part in runs(text, frag.fontName):  # type: ignore[attr-defined]
            result.append(frag.clone(text=part, fontName=name))  # type: ignore[attr-defined]
    if len(result) == 1 and any(map(is_mark, _frags_text(result))):
        # One fragment would be drawn as ReportLab's simple kind of line, which has no
        # fragment to draw marks with: an empty one makes it the kind that has.
        result.append(result[0].clone(text=""))  # type: ignore[attr-defined]
    return result


def _draw_marks(canvas: Canvas, kind: str, label: tuple[str, float, Placed]) -> None:
    """ReportLab's onDraw hook, inside a line's text: a letter's marks (fonts.put_marks)
    from the pen after the letter, in the letter's font."""
    name, size, marks = label
    put_marks(canvas, marks, (name, size))


def _with_marks(frag: Any, text: str) -> list[Any]:
    """A piece of a line in one fragment's font: its letters, each letter's marks (in a
    fallback font: Lato's own marks are drawn as they always were) a fragment after it."""
    name, size = frag.fontName, frag.fontSize
    if name not in _FALLBACKS or not any(map(is_mark, text)):
        return [frag.clone(text=text)]
    result: list[Any] = []
    for letters, marks in clusters(text):
        result.append(frag.clone(text=letters))
        if marks:
            hook = ABag(
                kind="onDraw",
                name=_MARKS,
                label=(name, size, placed(name, size, letters[-1], marks)),
            )
            result.append(frag.clone(text="", cbDefn=hook))
    return result


def _visual_words(words: list[str], rtl: bool) -> list[str]:
    """A line of one font (ReportLab's simple kind): its words in drawing order."""
    drawn = "".join(ch for _, ch in order(" ".join(words), rtl))
    return drawn.split(" ")


def _visual_frags(frags: list[Any], rtl: bool) -> list[Any]:
    """A line of fragments: cut and put back together in drawing order, each piece in
    its own fragment's font."""
    if any(not isinstance(getattr(f, "text", None), str) or hasattr(f, "cbDefn") for f in frags):
        return frags  # an image or a mark inside the line: left as it is
    owner = [i for i, f in enumerate(frags) for _ in f.text]
    result: list[Any] = []
    piece: list[str] = []
    current = -1
    for at, ch in order("".join(f.text for f in frags), rtl):
        if owner[at] != current and piece and not is_mark(ch):
            result.extend(_with_marks(frags[current], "".join(piece)))
            piece = []
        if not piece or not is_mark(ch):
            current = owner[at]
        piece.append(ch)
    if piece:
        result.extend(_with_marks(frags[current], "".join(piece)))
    return result


def _line_text(line: Any, kind: int) -> str:
    return " ".join(line[1]) if kind == 0 else "".join(getattr(f, "text", "") for f in line.words)


def _room(line: Any, kind: int) -> float:
    """The width a broken line leaves free (negative: its spaces are squeezed)."""
    return float(line[0] if kind == 0 else line.extraSpace)


def _frags_text(frags: list[Any]) -> str:
    return "".join(t for f in frags if isinstance(t := getattr(f, "text", None), str))


def is_rtl(text: str) -> bool:
    """Whether a paragraph of this text (as read, all its lines) runs right to left: its
    first letter with a direction is Hebrew or Arabic (UAX #9 P2/P3)."""
    return needs_reorder(text) and rtl_base(text)


@dataclass(frozen=True, slots=True)
class DrawnAs:
    """How a paragraph's lines are set: the direction each line is reordered with, the
    alignment, and how far right (negative: left) the first line and the others move
    from where the style would put them."""

    rtl: bool
    alignment: int
    first: float = 0.0
    rest: float = 0.0


def drawn_as(style: ParagraphStyle, rtl: bool) -> DrawnAs:
    """A left-to-right paragraph as its style says. A right-to-left one set at its
    column's start (TA_LEFT) starts at the right instead, its indents mirrored: a
    bullet's mark hangs right of its text, as a left-to-right one hangs left. Centred
    and right-aligned styles (a title, a figure) keep their alignment.

    A label's style (`label=True`: a table's cell, a card's name, a subtitle or a
    cover's kicker the deck composes, «client · brand · year») is the deck's, left to
    right whatever its first letter, a name in it a run: «محمد — Director de marketing»
    under «Carmen Sáez — Directora de cuentas», in its column, not at the next one's
    edge.

    A frame slide's style (`keeps_side=True`: the cover, a divider, the closing) keeps
    the deck's layout, every line at the accent bar's edge under the line before, and
    reads a paragraph in its own direction inside it: a Hebrew campaign name on a
    Spanish cover starts at the left like its kicker and date, its words right to left.
    A cover is composed, not a column of text: a name flush right would float away from
    everything it is stacked with (DECKS.md: left-aligned)."""
    if getattr(style, "label", False):
        return DrawnAs(False, style.alignment)
    if getattr(style, "keeps_side", False):
        return DrawnAs(rtl, style.alignment)
    if not rtl or style.alignment != TA_LEFT:
        return DrawnAs(rtl, style.alignment)
    left, right, first = style.leftIndent, style.rightIndent, style.firstLineIndent
    return DrawnAs(True, TA_RIGHT, first=right - left - first, rest=right - left)


def visual_lines(bl: Any, rtl: bool) -> Any:
    """ReportLab's broken lines (`blPara`) in drawing order, each reordered with the
    paragraph's direction (`rtl`) as its base."""
    kind = bl.kind
    drawn: list[Any] = []
    for x in bl.lines:
        if not rtl and not needs_reorder(_line_text(x, kind)):
            drawn.append(x)
        elif kind == 0:
            drawn.append((x[0], _visual_words(list(x[1]), rtl)))
        else:
            x = copy.copy(x)
            x.words = _visual_frags(list(x.words), rtl)
            drawn.append(x)
    result = copy.copy(bl)
    result.lines = drawn
    return result


class Paragraph(_Paragraph):  # type: ignore[misc]
    """reportlab.platypus.Paragraph, with the fallback fonts and each line drawn in
    its own order, in the paragraph's one direction (see the module)."""

    _rtl: bool | None = None  # decided from the whole text, or handed down by `split`

    def _setup(self, text, style, bulletText, frags, cleaner):  # type: ignore[no-untyped-def]
        parsed = frags is None
        super()._setup(text, style, bulletText, frags, cleaner)
        if parsed:
            self.frags = with_fallback(vars(self)["frags"])
            self._rtl = is_rtl(_frags_text(self.frags))

    @property
    def rtl(self) -> bool:
        """Whether the paragraph runs right to left (its first letter's direction)."""
        if self._rtl is None:  # made from another's fragments: read them, or its lines
            frags = vars(self).get("frags") or []
            if all(hasattr(f, "text") for f in frags):
                self._rtl = is_rtl(_frags_text(frags))
            elif (bl := getattr(self, "blPara", None)) is not None:
                self._rtl = is_rtl("".join(_line_text(x, bl.kind) for x in bl.lines))
            else:
                return False
        return self._rtl

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        for part in parts:
            if part is not self:  # a part read alone could start inside a name
                part._rtl = self.rtl
        return parts

    def draw(self) -> None:
        bl = getattr(self, "blPara", None)
        if bl is None or (
            not self.rtl and not any(needs_reorder(_line_text(x, bl.kind)) for x in bl.lines)
        ):
            super().draw()
            return
        style = vars(self)["style"]
        kept = vars(self).get("_offsets")
        drawn = drawn_as(style, self.rtl)
        self.blPara = visual_lines(bl, drawn.rtl)
        self.canv.setNamedCB(_MARKS, _draw_marks)
        if drawn.alignment != style.alignment:
            # Flush right through ReportLab's left-aligned drawing, each line moved by
            # the room it leaves: its right-aligned drawing forgets a line's offset
            # when it squeezes a line's spaces to fit.
            n = len(bl.lines)
            base = (list(kept or [0]) + [(kept or [0])[-1]] * n)[:n]
            shifts = [drawn.first] + [drawn.rest] * (n - 1)
            self._offsets = [
                at + shift + max(_room(x, bl.kind), 0.0)
                for at, shift, x in zip(base, shifts, bl.lines, strict=True)
            ]
        try:
            super().draw()
        finally:
            self.blPara = bl
            if kept is None:
                self.__dict__.pop("_offsets", None)
            else:
                self._offsets = kept

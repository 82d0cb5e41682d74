"""A Paragraph whose Hebrew and Arabic runs are set in their fallback font and drawn
right to left, line by line.

ReportLab picks one font per fragment of markup and has no fallback: a name in Arabic
inside a Lato paragraph would come out as empty boxes. The text arrives in the order it
is read, Arabic joined (text.markup runs rtl.shaped on it); after ReportLab has parsed the
markup, each fragment holding such letters is cut into runs (fonts.runs), each in the
weight of the fragment's own font, so a bold title stays bold in Arabic.

ReportLab breaks the lines in that reading order; only when it draws them is each line
put in the order it is drawn (rtl.order, UAX #9 per line). Reordering before breaking
would read a long Arabic paragraph from its bottom line up, cut inside a word. A line of
a paragraph (up to a <br/>) that fits on one line keeps a left-to-right base, as a name
in a Spanish sentence; one that wraps takes the direction of its first letter, and a
paragraph with such a right-to-left text is set flush right. Fragments and paragraphs
without Hebrew or Arabic (nearly all) are left as they are: only a paragraph that needs
it pays for it."""

from __future__ import annotations

import copy
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.platypus import Paragraph as _Paragraph

from agencia.decks.fonts import runs
from agencia.decks.rtl import needs_reorder, order, rtl_base


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
        if owner[at] != current and piece:
            result.append(frags[current].clone(text="".join(piece)))
            piece = []
        current = owner[at]
        piece.append(ch)
    if piece:
        result.append(frags[current].clone(text="".join(piece)))
    return result


def _line_text(line: Any, kind: int) -> str:
    return " ".join(line[1]) if kind == 0 else "".join(getattr(f, "text", "") for f in line.words)


def visual_lines(bl: Any) -> tuple[Any, bool]:
    """ReportLab's broken lines (`blPara`) in drawing order, and whether a text that
    wraps runs right to left (the paragraph is then set flush right)."""
    kind = bl.kind
    lines = list(bl.lines)
    drawn: list[Any] = []
    flush_right = False
    start = 0
    for end, line in enumerate(lines, 1):
        if kind == 1 and not getattr(line, "lineBreak", False) and end < len(lines):
            continue
        if kind == 0 and end < len(lines):
            continue
        group = lines[start:end]
        rtl = len(group) > 1 and rtl_base("".join(_line_text(x, kind) for x in group))
        flush_right = flush_right or rtl
        for x in group:
            if not needs_reorder(_line_text(x, kind)):
                drawn.append(x)
            elif kind == 0:
                drawn.append((x[0], _visual_words(list(x[1]), rtl)))
            else:
                x = copy.copy(x)
                x.words = _visual_frags(list(x.words), rtl)
                drawn.append(x)
        start = end
    result = copy.copy(bl)
    result.lines = drawn
    return result, flush_right


class Paragraph(_Paragraph):  # type: ignore[misc]
    """reportlab.platypus.Paragraph, with the fallback fonts and each line drawn in
    its own order (see the module)."""

    def _setup(self, text, style, bulletText, frags, cleaner):  # type: ignore[no-untyped-def]
        parsed = frags is None
        super()._setup(text, style, bulletText, frags, cleaner)
        if parsed:
            self.frags = with_fallback(vars(self)["frags"])

    def draw(self) -> None:
        bl = getattr(self, "blPara", None)
        if bl is None or not any(needs_reorder(_line_text(x, bl.kind)) for x in bl.lines):
            super().draw()
            return
        style: Any = vars(self)["style"]
        self.blPara, flush_right = visual_lines(bl)
        if flush_right and style.alignment == TA_LEFT:
            self.style = style.clone(style.name, alignment=TA_RIGHT)
        try:
            super().draw()
        finally:
            self.blPara, self.style = bl, style

"""The agency's mark at the head of every page of a drawn document (the satisfaction
questionnaire and report): its logo when it has one, else its name, over a rule in its
colour — what the decks' covers and the A4 letterhead show, from the same profile
(`decks/profile.agency_profile`).

Drawn straight on the canvas so that a page template (platypus) or a hand-laid form can
call it on each page; ReportLab embeds the logo once and shows it on every page.
"""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from agencia.decks.content import AgencyProfile
from agencia.decks.fonts import BOLD, draw_string, width
from agencia.decks.slides import ellipsize
from agencia.decks.text import plain
from agencia.decks.theme import Theme, rl

MARK_H = 28.0  # the logo's height at most
RULE_GAP = 6.0  # between the mark and the rule
HEIGHT = MARK_H + RULE_GAP + 1.2  # what the mark takes from the top of the page
PIXELS_PER_POINT = 4.0  # 288 dpi, as the A4 documents: sharp on paper, few pixels to embed


def print_logo(data: bytes | None, max_w: float) -> tuple[ImageReader, float, float] | None:
    """The logo with the size it is drawn at, its pixels cut to what print needs; None
    when there is none or it is not a picture (the name stands in, as on the decks)."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except Exception:  # a broken picture must not stop the document
        return None
    return fit_logo(reader, max_w, MARK_H)


def fit_logo(reader: ImageReader, max_w: float, max_h: float) -> tuple[ImageReader, float, float]:
    """A logo scaled to fit max_w × max_h points, with the size it is drawn at; its
    pixels cut to what print needs first (a large logo costs more to embed than the rest
    of the document to lay out). The A4 letterhead (decks/a4) shrinks its logo here too."""
    w, h = reader.getSize()
    scale = min(max_w / w, max_h / h)
    dw, dh = w * scale, h * scale
    picture = getattr(reader, "_image", None)
    if picture is not None and w > dw * PIXELS_PER_POINT:
        small = picture.copy()
        small.thumbnail((round(dw * PIXELS_PER_POINT), round(dh * PIXELS_PER_POINT)))
        reader = ImageReader(small)
    return reader, dw, dh


class PageMark:
    """The agency's mark, read once per document and drawn on each page."""

    def __init__(self, agency: AgencyProfile, max_w: float = 180.0) -> None:
        self.name = plain(agency.name)  # one line: drawn as typed, never read as markup
        self.colour = Theme.of(agency).primary
        self.logo = print_logo(agency.logo, max_w)

    @property
    def has_logo(self) -> bool:
        return self.logo is not None

    def draw(self, canvas: Canvas, left: float, right: float, top: float) -> float:
        """Draw the mark from `top` down between `left` and `right`; the y under it."""
        canvas.saveState()
        base = top - MARK_H
        if self.logo is not None:
            reader, w, h = self.logo
            canvas.drawImage(reader, left, base + (MARK_H - h) / 2, w, h, mask="auto")
        elif self.name:
            size, name = fitted(self.name, right - left, 13, smallest=9, bold=True)
            canvas.setFont(BOLD, size)
            draw_string(canvas, left, base + 8, name)
        rule_y = base - RULE_GAP
        canvas.setStrokeColor(rl(self.colour))
        canvas.setLineWidth(1.2)
        canvas.line(left, rule_y, right, rule_y)
        canvas.restoreState()
        return rule_y - 1.2


def fitted(
    text: str, room: float, size: float, *, smallest: float, bold: bool = False
) -> tuple[float, str]:
    """A line drawn on the canvas (a name, a title) at `size`, smaller down to `smallest`
    when it is long, and cut with «…» when even that is wider than `room`: a long name
    never runs off the paper."""
    while size > smallest and width(text, size, bold=bold) > room:
        size -= 0.5
    return size, ellipsize(text, size, room, bold=bold)

"""The decks' one type family: Lato Regular and Bold, shipped in resources/fonts and
embedded (subset) in every PDF. ReportLab's own Helvetica is never used: it is not
embedded, and a client's viewer would substitute it."""

from __future__ import annotations

import threading
from importlib.resources import files
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "Lato"
BOLD = "Lato-Bold"

_lock = threading.Lock()
_registered = False


def font_path(name: str) -> Path:
    return Path(str(files("agencia._resources").joinpath("fonts", name)))


def register_fonts() -> None:
    """Register Lato with ReportLab once per process (safe from worker threads)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        pdfmetrics.registerFont(TTFont(REGULAR, str(font_path("Lato-Regular.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(font_path("Lato-Bold.ttf"))))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        _registered = True


def has_glyph(char: str) -> bool:
    """Whether Lato draws this character (tests keep their texts within its coverage)."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return ord(char) in font.face.charToGlyph


def width(text: str, size: float, *, bold: bool = False) -> float:
    return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))

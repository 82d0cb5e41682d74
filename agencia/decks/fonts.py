"""The decks' one type family: Lato Regular and Bold, shipped in resources/fonts and
embedded (subset) in every PDF. ReportLab's own Helvetica is never used: it is not
embedded, and a client's viewer would substitute it."""

from __future__ import annotations

import dataclasses
import threading
import unicodedata
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
    return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))


def undrawable(content: object) -> list[tuple[str, str]]:
    """The texts in `content` (a deck's data: dataclasses, tuples, strings) holding
    characters Lato cannot draw, as (the characters, the text they are in), so that a
    deck is refused with a reason instead of silently dropping words (Arabic, Chinese…).
    Emoji are not words: the decks leave them out (`is_decoration`), so they are not
    listed. Line breaks and tabs are layout, not glyphs."""
    register_fonts()
    glyphs = pdfmetrics.getFont(REGULAR).face.charToGlyph
    found: list[tuple[str, str]] = []
    seen: set[int] = set()

    def visit(value: object) -> None:
        if id(value) in seen:
            return
        if isinstance(value, str):
            missing = {
                c
                for c in value
                if c not in "\n\r\t" and ord(c) not in glyphs and not is_decoration(c)
            }
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

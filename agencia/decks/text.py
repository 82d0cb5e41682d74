"""User text made safe for ReportLab, and numbers, money and dates in the deck's locale.

Every text a person typed goes through `markup` before a Paragraph sees it: ReportLab's
Paragraph reads a little XML, so `M&M's <b>` must arrive as `M&amp;M's &lt;b&gt;` to print
as typed. Amounts and dates: agencia.decks.formats.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from agencia.decks.fonts import is_decoration
from agencia.decks.rtl import shaped

# Control characters, and the invisible direction overrides (U+202A–E, U+2066–9) that
# would show a name reversed on the client's page: the text prints in the order typed,
# Hebrew and Arabic runs right to left by the bidirectional algorithm alone (fallback.Paragraph).
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]"
)
_BULLET = re.compile(r"^\s*(?:[-•*·–—▪►]\s+|\d{1,2}[.)]\s+)")
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # where a dropped emoji stood between words
_TRAILING = re.compile(r" +$", re.MULTILINE)
_UNIT = re.compile(r"(?<=\d) (?=(?:%|€|\$|£|pp\b|p\.\s?p\.))")  # "55 %": one unbreakable word


def clean(text: str | None) -> str:
    """The text without control characters, with one kind of line break, trimmed; emoji
    the deck's font cannot draw are left out (fonts.is_decoration), so «Gran Consumo 🍦»
    prints «Gran Consumo» instead of an empty box or a refused deck."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    kept = "".join(c for c in text if not is_decoration(c))
    if len(kept) != len(text):  # the space the emoji stood between goes with it
        kept = _TRAILING.sub("", _GAP.sub(" ", kept))
    return kept.strip()


def markup(text: str | None) -> str:
    """A user's text as Paragraph markup: escaped, its line breaks kept, in the order it
    is read, Arabic joined (rtl.shaped; fallback.Paragraph draws each line right to left
    where it has to, in its fonts)."""
    kept = _UNIT.sub("\u00a0", clean(text))  # never "55" at a line's end and "%" on the next
    return "<br/>".join(escape(shaped(line)) for line in kept.split("\n"))


def plain(text: str | None) -> str:
    """A user's text on one line (for the footer, titles drawn with fonts.draw_string,
    which reorders it: it stays in the order typed here)."""
    return " ".join(clean(text).split())


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or a bullet of a user's text (plain, unescaped)."""

    text: str
    bullet: bool = False


def blocks(text: str | None) -> list[Block]:
    """A user's text as paragraphs and bullets.

    Lines that start with a list marker (-, •, *, 1.) become bullets; other lines that
    follow each other make one paragraph (their line breaks kept); a blank line separates
    paragraphs.
    """
    result: list[Block] = []
    lines: list[str] = []

    def close() -> None:
        if lines:
            result.append(Block("\n".join(lines)))
            lines.clear()

    for raw in clean(text).split("\n"):
        line = raw.strip()
        if not line:
            close()
            continue
        marker = _BULLET.match(line)
        if marker and line[marker.end() :].strip():
            close()
            result.append(Block(line[marker.end() :].strip(), bullet=True))
        elif result and result[-1].bullet and not lines and raw[:1].isspace():
            # An indented line under a bullet continues it.
            result[-1] = Block(result[-1].text + "\n" + line, bullet=True)
        else:
            lines.append(line)
    close()
    return result


def sha_groups(digest: str, per_line: int = 2) -> list[str]:
    """A SHA-256 in groups of eight characters, `per_line` groups a line, to be read aloud."""
    d = "".join(digest.split()).lower()
    groups = [d[i : i + 8] for i in range(0, len(d), 8)]
    return [" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]

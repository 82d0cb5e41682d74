"""User text made safe for ReportLab, and numbers, money and dates in the deck's locale.

Every text a person typed goes through `markup` before a Paragraph sees it: ReportLab's
Paragraph reads a little XML, so `M&M's <b>` must arrive as `M&amp;M's &lt;b&gt;` to print
as typed. Amounts and dates are formatted with Babel.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from xml.sax.saxutils import escape

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent, parse_pattern

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_BULLET = re.compile(r"^\s*(?:[-•*·–—▪►]\s+|\d{1,2}[.)]\s+)")
_UNIT = re.compile(r"(?<=\d) (?=(?:%|€|\$|£|pp\b|p\.\s?p\.))")  # "55 %": one unbreakable word


def clean(text: str | None) -> str:
    """The text without control characters, with one kind of line break, trimmed."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text).strip()


def markup(text: str | None) -> str:
    """A user's text as Paragraph markup: escaped, its line breaks kept."""
    kept = _UNIT.sub("\u00a0", clean(text))  # never "55" at a line's end and "%" on the next
    return "<br/>".join(escape(line) for line in kept.split("\n"))


def plain(text: str | None) -> str:
    """A user's text on one line (for the footer, titles drawn with drawString)."""
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


# --- the deck's locale -----------------------------------------------------------------


@cache
def deck_locale(locale: str, lang: str) -> Locale:
    """The Babel locale for a deck in `lang` for a client in `locale`.

    The client's own locale when it speaks the deck's language; else the deck's language
    in the client's country when Babel knows it (en_ES: English dates, Spanish money),
    else the deck's language alone.
    """
    try:
        client = Locale.parse(locale or "es_ES")
    except (UnknownLocaleError, ValueError, TypeError):
        client = Locale.parse("es_ES")
    if client.language == lang:
        return client
    if client.territory:
        try:
            return Locale.parse(f"{lang}_{client.territory}")
        except (UnknownLocaleError, ValueError):
            pass
    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("es")


class Fmt:
    """Money, numbers and dates for one deck."""

    def __init__(self, locale: str, lang: str, currency: str) -> None:
        self.locale = deck_locale(locale, lang)
        self.currency = (currency or "EUR").upper()
        self._money = parse_pattern(self.locale.currency_formats["standard"].pattern)
        self._whole = parse_pattern(self.locale.currency_formats["standard"].pattern)
        self._whole.frac_prec = (0, 0)

    def money(self, amount: Decimal | int | float | None, currency: str | None = None) -> str:
        """1.250.000 € (no cents when there are none), 48.500,50 €."""
        if amount is None:
            return ""
        value = Decimal(str(amount))
        cur = (currency or self.currency).upper()
        pattern = self._whole if value == value.to_integral_value() else self._money
        try:
            return str(pattern.apply(value, self.locale, currency=cur, currency_digits=False))
        except (ValueError, KeyError):
            return f"{value} {cur}"

    def number(self, value: Decimal | int | float) -> str:
        return str(format_decimal(value, locale=self.locale))

    def percent(self, share: float) -> str:
        return str(format_percent(share, locale=self.locale))

    def date(self, value: dt.date | None) -> str:
        """The deck's one date format, everywhere a date stands with its year: 4 mar 2025
        (4 Mar 2025); a deck mixing "4 de marzo de 2025" and "4 mar 2025" looks unedited."""
        if value is None:
            return ""
        # Spanish everywhere as in Spain ("2 nov 2026"; es-CO's medium is "2/11/2026").
        pattern = "d MMM y" if self.locale.language == "es" else "medium"
        return str(format_date(value, pattern, locale=self.locale))

    short_date = date

    def day_month(self, value: dt.date) -> str:
        """4 mar."""
        return str(format_date(value, "d MMM", locale=self.locale)).rstrip(".")

    def month(self, value: dt.date) -> str:
        """marzo 2025 / March 2025 (the month's standalone name)."""
        return str(format_date(value, "LLLL y", locale=self.locale))

    def month_short(self, value: dt.date) -> str:
        return str(format_date(value, "LLL", locale=self.locale)).rstrip(".")

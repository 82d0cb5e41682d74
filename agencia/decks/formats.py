"""Numbers, money and dates as the deck's reader writes them: the deck's language in the
client's country (es-ES `62.400 €`, es-MX `$62,400`, en-US `Mar 4, 2026`, en-GB
`4 Mar 2026`), money in the campaign's currency. Every deck formats through `Fmt`, so an
English sentence never carries a Spanish number ("€62,400 of €211,200", not "62.400 €").
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import (
    format_decimal,
    format_percent,
    get_decimal_symbol,
    get_group_symbol,
    parse_pattern,
)

from agencia.domain.language import AMERICAS

# In the Americas (agencia.domain.language.AMERICAS) an English deck writes as in the
# United States, a Spanish one as in Latin America (`es_419`); elsewhere British English
# and Spain's Spanish.
_FALLBACK = {("en", True): "en_US", ("en", False): "en_GB", ("es", True): "es_419"}
_CODE_NEXT_TO_DIGIT = re.compile(r"(?<=[A-Za-z])(?=[\d-])|(?<=\d)(?=[A-Za-z])")


def _parse(name: str) -> Locale | None:
    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def territory(locale: str | None) -> str:
    """The country a locale names ("es_MX" → "MX"; "" when it names none)."""
    found = _parse(locale or "")
    return (found.territory or "") if found is not None else ""


def in_the_americas(locale: str | None) -> bool:
    return territory(locale) in AMERICAS


@cache
def deck_locale(locale: str, lang: str) -> Locale:
    """The Babel locale for a deck in `lang` for a client in `locale`.

    The client's own locale when it speaks the deck's language; else the deck's language
    as that country's readers of it write it: en_GB for a Spanish client's English deck
    (never en_ES, whose numbers are Spain's), en_US in the Americas, es_419 for a Latin
    American reader of a Spanish deck, else es_ES.
    """
    lang = "en" if lang == "en" else "es"
    client = _parse(locale or "es_ES") or Locale.parse("es_ES")
    if client.language == lang:
        return client
    americas = (client.territory or "") in AMERICAS
    if lang == "es" and client.territory == "US":
        return Locale.parse("es_US")
    return Locale.parse(_FALLBACK.get((lang, americas), "es_ES"))


@cache
def _typed_number(locale: Locale) -> re.Pattern[str]:
    """A number as people write it in `locale`: 1.250.000,5 in Spain, 1,250,000.5 in
    Mexico (group and decimal symbols captured apart)."""
    group, decimal = re.escape(get_group_symbol(locale)), re.escape(get_decimal_symbol(locale))
    return re.compile(
        rf"(?<![\w.,])(\d{{1,3}}(?:{group}\d{{3}})+|\d+)(?:{decimal}(\d+))?(?![\w]|[.,]\d)"
    )


class Fmt:
    """Money, numbers and dates for one deck."""

    def __init__(self, locale: str, lang: str, currency: str, typed_in: str = "") -> None:
        self.locale = deck_locale(locale, lang)
        self.typed_in = _parse(typed_in or "es_ES") or Locale.parse("es_ES")
        self.currency = (currency or "EUR").upper()
        self._money = parse_pattern(self.locale.currency_formats["standard"].pattern)
        self._whole = parse_pattern(self.locale.currency_formats["standard"].pattern)
        self._whole.frac_prec = (0, 0)

    def money(self, amount: Decimal | int | float | None, currency: str | None = None) -> str:
        """1.250.000 € (no cents when there are none), 48.500,50 €; an ISO code stands a
        no-break space from the digits (EUR 62,400, never EUR62,400)."""
        if amount is None:
            return ""
        value = Decimal(str(amount))
        cur = (currency or self.currency).upper()
        pattern = self._whole if value == value.to_integral_value() else self._money
        try:
            text = str(pattern.apply(value, self.locale, currency=cur, currency_digits=False))
        except (ValueError, KeyError):
            return f"{value} {cur}"
        return _CODE_NEXT_TO_DIGIT.sub("\u00a0", text)

    def figure(self, typed: str) -> str:
        """A figure a person typed in the agency's locale (a KPI: "13,5 %", "9,4 M
        usuarios") with its numbers written as the deck's reader writes them ("13.5%",
        "9.4 M usuarios"); its words stay as typed. Unchanged when both write alike."""
        same = get_decimal_symbol(self.typed_in) == get_decimal_symbol(self.locale)
        if same and get_group_symbol(self.typed_in) == get_group_symbol(self.locale):
            return typed
        group = get_group_symbol(self.typed_in)

        def rewrite(found: re.Match[str]) -> str:
            whole, decimals = found.group(1), found.group(2)
            value = Decimal(whole.replace(group, "") + (f".{decimals}" if decimals else ""))
            places = len(decimals or "")
            pattern = "#,##0" + ("." + "0" * places if places else "")
            return str(format_decimal(value, pattern, locale=self.locale))

        text = _typed_number(self.typed_in).sub(rewrite, typed)
        if "\u00a0%" not in self.percent(0.5) and " %" not in self.percent(0.5):
            text = re.sub(r"(?<=\d)[ \u00a0]%", "%", text)  # 13.5%, not 13.5 %
        if self.locale.currency_formats["standard"].pattern.startswith("¤"):
            text = re.sub(r"(?<![\w.,])(\d[\d.,]*)[ \u00a0]?€", r"€\1", text)  # €1.43
        return text

    def number(self, value: Decimal | int | float) -> str:
        return str(format_decimal(value, locale=self.locale))

    def percent(self, share: float) -> str:
        return str(format_percent(share, locale=self.locale))

    def date(self, value: dt.date | None) -> str:
        """The deck's one date format, everywhere a date stands with its year: 4 mar 2025
        (Mar 4, 2025 in the US; 4 Mar 2025 in Britain); a deck mixing "4 de marzo de
        2025" and "4 mar 2025" looks unedited."""
        if value is None:
            return ""
        # Spanish everywhere as in Spain ("2 nov 2026"; es-CO's medium is "2/11/2026").
        pattern = "d MMM y" if self.locale.language == "es" else "medium"
        return str(format_date(value, pattern, locale=self.locale))

    short_date = date

    def day_month(self, value: dt.date) -> str:
        """4 mar. (Mar 4 in the US)."""
        pattern = (
            "d MMM" if self.locale.language == "es" or self.locale.territory != "US" else "MMM d"
        )
        return str(format_date(value, pattern, locale=self.locale)).rstrip(".")

    def month(self, value: dt.date) -> str:
        """marzo 2025 / March 2025 (the month's standalone name)."""
        return str(format_date(value, "LLLL y", locale=self.locale))

    def month_short(self, value: dt.date) -> str:
        return str(format_date(value, "LLL", locale=self.locale)).rstrip(".")

"""Money, numbers and dates as the window writes them, through QLocale (never a hard-coded
format): the interface's language in the agency's region (`interface_locale`), each amount
in its own record's currency.

es_ES: ``1.250.000,00 €`` and ``23 nov 2026``; es_MX: ``$1,250,000.00``; English in a
Spanish agency: ``€1,250,000.00`` and ``23 Nov 2026``; en_US: ``Nov 23, 2026``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import QDate, QLocale, QTime

# Symbols that name one currency only; any other foreign currency shows its ISO code.
_SYMBOLS = {"EUR": "€", "GBP": "£", "JPY": "¥", "PEN": "S/", "BRL": "R$", "CHF": "CHF"}
_DIGITS = {"CLP": 0, "COP": 0, "JPY": 0, "KRW": 0, "PYG": 0, "ISK": 0, "UYI": 0}


_zone: tzinfo | None = None  # the agency's clock for moments shown; None: this machine's


def set_time_zone(name: str) -> None:
    """Show moments (a sign-off, a change in the trail) on the agency's clock, by its IANA
    name; "" or an unknown name: this machine's (`agencia.domain.zones`)."""
    global _zone
    from agencia.domain.zones import zone

    _zone = zone(name)


def local_moment(moment: datetime) -> datetime:
    """A stored moment on the agency's clock (a naive one is taken as it is)."""
    return moment.astimezone(_zone) if moment.tzinfo is not None else moment


def locale_for(name: str) -> QLocale:
    """The QLocale of a stored locale name such as ``es_ES`` (the system's when empty)."""
    return QLocale(name) if name else QLocale.system()


_region: list[QLocale] = []  # the agency's stored locale, once signed in


def set_region(name: str) -> QLocale:
    """Remember the agency's locale (e.g. ``es_AR``) for the window's formats; returns it."""
    _region[:] = [locale_for(name)]
    return _region[0]


def region() -> QLocale:
    """The agency's locale as stored (the system's before anyone signed in)."""
    return QLocale(_region[0]) if _region else QLocale.system()


def interface_locale(region: QLocale, language: str) -> QLocale:
    """What the window formats with: the interface's `language` ("es", "en") in the
    agency's `region` (its stored locale), so an English window never shows Spanish month
    names nor Spanish numbers, and a Spanish one keeps the agency's own formats (Spain's
    or its Latin-American country's). English reads ``€1,250,000.00``: where Qt's English
    for the region writes numbers otherwise (Spain, Argentina…) or has none (Mexico), an
    English one with the region's order of dates (``23 Nov 2026`` or ``Nov 23, 2026``).
    The currency shown is never the locale's: it is the record's, given to `money`."""
    english = language.lower().startswith("en")
    wanted = QLocale.Language.English if english else QLocale.Language.Spanish
    if region.language() == wanted:
        return region
    own = QLocale(wanted, region.territory())
    exists = own.language() == wanted and own.territory() == region.territory()
    if exists and (not english or _writes_english_numbers(own)):
        return own
    if not english:
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
    short = region.dateFormat(QLocale.FormatType.ShortFormat)
    return QLocale("en_001") if short.lstrip().startswith("d") else QLocale("en_US")


def _writes_english_numbers(locale: QLocale) -> bool:
    """Whether `locale` writes 1,250.5 (not 1.250,5 nor 1 250,5)."""
    return locale.decimalPoint() == "." and locale.groupSeparator() == ","


class _AgencyFormats(Protocol):
    """What of the agency says how the window writes moments and numbers."""

    @property
    def time_zone(self) -> str: ...
    @property
    def locale(self) -> str: ...


def use_agency_formats(agency: _AgencyFormats | None, language: str) -> QLocale:
    """What signing in sets for every date, moment and number the window shows: moments on
    the agency's clock, the agency's region remembered, and the interface's `language` in
    that region as Qt's default locale (no Spanish formats in English screens). Returns
    that locale. `agency` None (no agency yet): this machine's clock and region. The app
    and the screenshot scripts call this one function, so pictures show what users see."""
    set_time_zone(agency.time_zone if agency is not None else "")
    locale = interface_locale(set_region(agency.locale if agency is not None else ""), language)
    QLocale.setDefault(locale)
    return locale


def currency_symbol(currency: str, locale: QLocale) -> str:
    """How `locale` writes `currency`: its own symbol for its own currency, else one that
    cannot be mistaken (``€``), else the ISO code (``USD`` in Mexico, where ``$`` is pesos)."""
    code = currency.upper()
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return _SYMBOLS.get(code, code)


def money(
    value: Decimal | float | int | None,
    currency: str,
    locale: QLocale,
    decimals: int | None = None,
) -> str:
    """``money(Decimal("1250000"), "EUR", QLocale("es_ES"))`` → ``1.250.000,00 €``;
    ``en`` → ``€1,250,000.00``. `decimals` (0 on a narrow card) overrides the currency's
    own number of places. Every amount a screen shows is written here."""
    if value is None:
        return ""
    code = currency.upper()
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code
    precision = decimals if decimals is not None else -1 if own else _DIGITS.get(code, 2)
    symbol = currency_symbol(code, locale)
    text = locale.toCurrencyString(float(value), symbol, precision)
    if symbol.isalpha():  # an ISO code never touches the digits: "USD 99.50"
        text = re.sub(rf"{symbol}(?=[\d\-])", f"{symbol}\u00a0", text)
        text = re.sub(rf"(?<=\d){symbol}", f"\u00a0{symbol}", text)
    return text


def number(value: Decimal | float | int | None, locale: QLocale, decimals: int = 0) -> str:
    """A number with the locale's grouping and decimal separators."""
    if value is None:
        return ""
    if decimals == 0 and isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "f", decimals)


def percent(value: float | Decimal | None, locale: QLocale, decimals: int = 0) -> str:
    """``0.25`` → ``25 %`` (es) / ``25%`` (en)."""
    if value is None:
        return ""
    text = locale.toString(float(value) * 100, "f", decimals)
    space = "" if locale.language() == QLocale.Language.English else "\u00a0"
    return f"{text}{space}{locale.percent()}"


def medium_date_format(locale: QLocale) -> str:
    """A "23 nov 2026"-style pattern in the locale's own order, built from its short format."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    order = [m.group(0)[0] for m in re.finditer(r"d+|M+|y+", short)]
    parts = {"d": "d", "M": "MMM", "y": "yyyy"}
    if order[:1] == ["M"]:
        return "MMM d, yyyy"
    if order[:1] == ["y"]:
        return "yyyy MMM d"
    return " ".join(parts[p] for p in order) if len(order) == 3 else "d MMM yyyy"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def short_date_format(locale: QLocale) -> str:
    """What a compact table writes a date with: the locale's short format in Spanish
    (``23/11/26``), but in English the month's name (``23 Nov 2026``, ``Nov 23, 2026``):
    the English the window takes in a Spanish-speaking region (`interface_locale`) writes
    ``23/11/2026``, a Spanish date in an English screen and the opposite of ``11/23``."""
    if locale.language() == QLocale.Language.English:
        return medium_date_format(locale)
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


def date_text(d: date | datetime | None, locale: QLocale, *, short: bool = False) -> str:
    """``23 nov 2026`` (es_ES), ``Nov 23, 2026`` (en_US); `short` (compact tables, cards)
    gives ``23/11/26`` in Spanish, ``23 Nov 2026`` in English (`short_date_format`)."""
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = local_moment(d).date()
    pattern = short_date_format(locale) if short else medium_date_format(locale)
    text = locale.toString(_qdate(d), pattern)
    return text.replace(".", "") if "MMM" in pattern else text  # «sept.», never «23.11.26»


def datetime_text(dt: datetime | None, locale: QLocale) -> str:
    """Date and time on the agency's clock (`set_time_zone`): ``23 nov 2026, 17:05``."""
    if dt is None:
        return ""
    local = local_moment(dt)
    time_text = locale.toString(
        QTime(local.hour, local.minute, local.second), QLocale.FormatType.ShortFormat
    )
    return f"{date_text(local.date(), locale)}, {time_text}"

"""The locale numbers and money are written in for people outside the window (the command
line, Pendientes' sentences): the language they read in the agency's region — the rule
the window follows with QLocale (`agencia.ui.formatting.interface_locale`), for Babel.

An English reader sees ``€12,500.00`` and ``4.5`` even in a Spanish agency (Babel's
English for Spain, ``en_ES``, would write ``12.500,00 €``); a Spanish reader the agency's
own Spanish (es_ES, es_MX, es_419…). The currency is never the locale's: it is the
agency's or the client's, given with each amount. A client's documents follow the
client's language instead (`agencia.decks.formats`).
"""

from __future__ import annotations

from functools import cache


def _language_of(locale: str) -> str:
    return (locale or "").replace("-", "_").split("_")[0].split(".")[0].lower()


@cache
def reading_locale(region: str, language: str) -> str:
    """A Babel locale name for readers of `language` ("es", "en") in an agency whose
    stored locale is `region` ("es_ES", "es-419", "en_GB"; "" for none)."""
    from babel.core import Locale, UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol

    lang = "en" if language.lower().startswith("en") else "es"
    name = (region or "").split(".")[0].replace("-", "_")
    country = name.partition("_")[2]
    chosen = _language_of(name) == lang  # the agency's own locale, kept as it is
    wanted = name if chosen else f"{lang}_{country}" if country else ""
    try:
        own = Locale.parse(wanted) if wanted else None
    except (UnknownLocaleError, ValueError):
        own = None
    if own is None:
        return "en" if lang == "en" else "es_ES"
    if (
        lang == "en"
        and not chosen
        and (get_decimal_symbol(own), get_group_symbol(own)) != (".", ",")
    ):
        return "en"  # English words and English numbers: never 12.500,00 € in English
    return wanted


def decimal_symbol(region: str, language: str) -> str:
    """How readers of `language` in the agency's `region` write a decimal point."""
    from babel.core import Locale
    from babel.numbers import get_decimal_symbol

    return str(get_decimal_symbol(Locale.parse(reading_locale(region, language))))

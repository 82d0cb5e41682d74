"""Languages, countries and currencies named in the language people read, outside Qt.

An account stores codes (ISO 3166-1 country "ES", locale "es_MX", ISO 4217 currency
"EUR"); people read «España», «español (México)», «euro». The names come from CLDR
through Babel in the messages' language (the command line's, Pendientes' sentences):
"español (México)" and "Estados Unidos" in Spanish, "Spanish (Mexico)" and "United
States" in English. Codes nobody knows show themselves. The window names them with
these same functions (`agencia.ui.locale_names`).
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

from agencia.domain.messages import language


@cache
def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _reader(lang: str | None) -> Locale:
    found = _locale("en" if (lang or language()) == "en" else "es")
    assert found is not None  # CLDR always has these two
    return found


def locale_name(code: str, lang: str | None = None) -> str:
    """ "es_MX" → "español (México)" / "Spanish (Mexico)"."""
    if not code:
        return ""
    found = _locale(code)
    if found is None:
        return code
    return found.get_display_name(_reader(lang)) or code


def language_name(code: str, lang: str | None = None) -> str:
    """ "es_MX" or "es" → "español" / "Spanish"."""
    if not code:
        return ""
    found = _locale(code)
    if found is None:
        return code
    return str(_reader(lang).languages.get(found.language, code))


def country_name(code: str, lang: str | None = None) -> str:
    """A two-letter country code: "US" → "Estados Unidos" / "United States"."""
    if not code:
        return ""
    return str(_reader(lang).territories.get(code.upper(), code))

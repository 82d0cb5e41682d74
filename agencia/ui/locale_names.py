"""Languages and countries named in the language the window speaks.

QLocale names a locale in its own language (`nativeLanguageName()`: "español de México",
"American English") or in English (`languageToString()`), never in a third one, so a
Spanish window would read "American English (United States)" and an English one "España".
The names here come from CLDR through Babel (a dependency already) in the UI language:
"español (México)" and "Estados Unidos" in Spanish, "Spanish (Mexico)" and "United
States" in English. Codes nobody knows show themselves.
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


def _ui(lang: str | None) -> Locale:
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
    return found.get_display_name(_ui(lang)) or code


def language_name(code: str, lang: str | None = None) -> str:
    """ "es_MX" or "es" → "español" / "Spanish"."""
    if not code:
        return ""
    found = _locale(code)
    if found is None:
        return code
    return str(_ui(lang).languages.get(found.language, code))


def country_name(code: str, lang: str | None = None) -> str:
    """A two-letter country code: "US" → "Estados Unidos" / "United States"."""
    if not code:
        return ""
    return str(_ui(lang).territories.get(code.upper(), code))

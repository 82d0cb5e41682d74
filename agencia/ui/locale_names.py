"""Languages and countries named in the language the window speaks.

QLocale names a locale in its own language (`nativeLanguageName()`: "español de México",
"American English") or in English (`languageToString()`), never in a third one, so a
Spanish window would read "American English (United States)" and an English one "España".
The window reads the command line's names instead (`agencia.domain.locale_names`: CLDR
through Babel, in the UI language), one source for both: "español (México)" and "Estados
Unidos" in Spanish, "Spanish (Mexico)" and "United States" in English. Babel is loaded
with this module, when a form or a page that names a country is first made, not before
the first paint.
"""

from __future__ import annotations

from agencia.domain.locale_names import country_name, language_name, locale_name

__all__ = ["country_name", "language_name", "locale_name"]

"""Pendientes' reasons write the decimal symbol CLDR gives the reader, from two short
lists instead of Babel (whose locale database stays in the window's heap once loaded):
the lists must say what Babel says, for every locale it knows, in both languages."""

from __future__ import annotations

from babel import localedata

from agencia.domain.reading_locale import decimal_symbol
from agencia.services.satisfaction.reason_words import decimal_point


def test_the_lists_agree_with_babel_for_every_locale() -> None:
    regions = ["", "es", "en", "xx_YY", "es-419", "es_MX.UTF-8", *localedata.locale_identifiers()]
    wrong = [
        (region, language, decimal_point(region, language), decimal_symbol(region, language))
        for region in regions
        for language in ("es", "en")
        if decimal_point(region, language) != decimal_symbol(region, language)
    ]
    assert wrong == []


def test_a_spanish_agency_reads_a_comma_in_spanish_and_a_point_in_english() -> None:
    assert decimal_point("es_ES", "es") == ","
    assert decimal_point("es_ES", "en") == "."
    assert decimal_point("es_MX", "es") == "."
    assert decimal_point("en_ZA", "en") == ","

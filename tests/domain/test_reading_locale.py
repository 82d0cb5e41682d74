"""Numbers and money outside the window (the command line, Pendientes' sentences) follow
the reader's language in the agency's region, as the window does: English readers see
«€12,500.00» and «3.0» even in a Spanish agency; Spanish readers the agency's Spanish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from babel.numbers import format_currency, format_decimal

from agencia.domain import messages
from agencia.domain.reading_locale import decimal_symbol, reading_locale
from agencia.services.satisfaction.reason_words import reasons_sentence

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _language_back() -> Iterator[None]:
    before = messages.language()
    yield
    messages.set_language(before)


@pytest.mark.parametrize(
    ("region", "language", "amount", "score"),
    [
        ("es_ES", "es", f"12.500,00{NBSP}€", "4,5"),
        ("es_ES", "en", "€12,500.00", "4.5"),
        ("es_AR", "en", "€12,500.00", "4.5"),
        ("es_MX", "es", "EUR12,500.00", "4.5"),
        ("es_MX", "en", "€12,500.00", "4.5"),
        ("es-419", "es", "EUR12,500.00", "4.5"),
        ("en_GB", "en", "€12,500.00", "4.5"),
        ("", "en", "€12,500.00", "4.5"),
        ("", "es", f"12.500,00{NBSP}€", "4,5"),
    ],
)
def test_the_readers_language_in_the_agencys_region(
    region: str, language: str, amount: str, score: str
) -> None:
    shown = reading_locale(region, language)
    assert format_currency(12500, "EUR", locale=shown) == amount
    assert format_decimal(4.5, locale=shown) == score


def test_an_english_agency_keeps_its_own_english() -> None:
    assert reading_locale("en_DE", "en") == "en_DE"
    assert decimal_symbol("en_DE", "en") == ","


def test_a_region_babel_does_not_know_falls_back_to_the_language() -> None:
    assert reading_locale("xx", "en") == "en"
    assert reading_locale("zz_QQ", "es") == "es_ES"


def test_pendientes_reasons_use_the_readers_decimal_point() -> None:
    reasons = [("health.fell", {"fall": 3.0, "dimension": "Actitud"})]
    messages.set_language("en")
    english = reasons_sentence(reasons, "es_ES")
    messages.set_language("es")
    spanish = reasons_sentence(reasons, "es_ES")
    assert "3.0" in english and "3,0" not in english
    assert "3,0" in spanish

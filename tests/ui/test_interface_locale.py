"""Dates and money follow the interface's language and the agency's region together: an
English window in a Spanish agency reads «23 Nov 2026» and «€1,250,000.00», never
«23 nov 2026» nor «1.250.000,00 €»; a Spanish window keeps the agency's own Spanish
formats (Spain's, Mexico's, Latin America's); the currency is always the record's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from agencia.ui.formatting import date_text, interface_locale, money, number, percent

NBSP = "\u00a0"
DAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("region", "language", "currency", "day", "amount"),
    [
        ("es_ES", "es", "EUR", "23 nov 2026", f"1.250.000,00{NBSP}€"),
        ("es_ES", "en", "EUR", "23 Nov 2026", "€1,250,000.00"),
        ("es_MX", "es", "MXN", "23 nov 2026", "$1,250,000.00"),
        ("es_MX", "en", "MXN", "23 Nov 2026", f"MXN{NBSP}1,250,000.00"),
        ("es_AR", "en", "ARS", "23 Nov 2026", f"ARS{NBSP}1,250,000.00"),
        ("es_AR", "es", "ARS", "23 nov 2026", f"${NBSP}1.250.000,00"),
        ("es_419", "es", "USD", "23 nov 2026", f"USD{NBSP}1,250,000.00"),
        ("es_419", "en", "EUR", "23 Nov 2026", "€1,250,000.00"),
        ("es_CO", "en", "COP", "23 Nov 2026", f"COP{NBSP}1,250,000"),
        ("es_US", "en", "USD", "Nov 23, 2026", "$1,250,000.00"),
        ("en_US", "es", "USD", "23 nov 2026", "$1,250,000.00"),
    ],
)
def test_the_window_formats_in_its_language_and_the_agency_region(
    region: str, language: str, currency: str, day: str, amount: str
) -> None:
    locale = interface_locale(QLocale(region), language)
    assert date_text(DAY, locale) == day
    assert money(Decimal("1250000"), currency, locale) == amount


def test_an_english_window_never_shows_spanish_month_names() -> None:
    for region in ("es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "es_PE"):
        locale = interface_locale(QLocale(region), "en")
        assert locale.language() == QLocale.Language.English, region
        assert "nov" not in date_text(DAY, locale), region


@pytest.mark.parametrize("region", ["es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "es_PE", "es_419"])
def test_an_english_window_never_shows_spanish_numbers(region: str) -> None:
    locale = interface_locale(QLocale(region), "en")
    assert number(Decimal("12500.5"), locale, 1) == "12,500.5", region
    assert percent(0.255, locale, 1) == "25.5%", region
    assert money(Decimal("12500"), "EUR", locale) == "€12,500.00", region


def test_an_english_agency_keeps_its_own_english() -> None:
    """A region the agency chose in English is kept as it is, decimal comma and all."""
    locale = interface_locale(QLocale("en_DE"), "en")
    assert locale.name() == "en_DE"
    assert money(Decimal("12500"), "EUR", locale) == f"12.500,00{NBSP}€"


def test_a_narrow_amount_has_no_cents_in_either_language() -> None:
    spanish = interface_locale(QLocale("es_ES"), "es")
    english = interface_locale(QLocale("es_ES"), "en")
    assert money(Decimal("40000"), "EUR", spanish, decimals=0) == f"40.000{NBSP}€"
    assert money(Decimal("40000"), "EUR", english, decimals=0) == "€40,000"
    assert money(Decimal("40000"), "USD", english, decimals=0) == f"USD{NBSP}40,000"

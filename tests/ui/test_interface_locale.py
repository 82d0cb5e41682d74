"""Dates and money follow the interface's language and the agency's region together: an
English window in a Spanish agency reads «23 Nov 2026» and «1.250.000,00 €», never
«23 nov 2026»; a Spanish window keeps the agency's own Spanish formats."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from agencia.ui.formatting import date_text, interface_locale, money

NBSP = "\u00a0"
DAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("region", "language", "currency", "day", "amount"),
    [
        ("es_ES", "es", "EUR", "23 nov 2026", f"1.250.000,00{NBSP}€"),
        ("es_ES", "en", "EUR", "23 Nov 2026", f"1.250.000,00{NBSP}€"),
        ("es_MX", "es", "MXN", "23 nov 2026", "$1,250,000.00"),
        ("es_MX", "en", "MXN", "23 Nov 2026", f"MXN{NBSP}1,250,000.00"),
        ("es_AR", "en", "ARS", "23 Nov 2026", f"1.250.000,00{NBSP}ARS"),
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

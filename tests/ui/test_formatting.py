"""Money, numbers and dates in the agency's locale (es-ES and es-MX examples)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from agencia.ui.formatting import (
    currency_symbol,
    date_text,
    datetime_text,
    locale_for,
    medium_date_format,
    money,
    number,
    percent,
)

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("locale", "currency", "expected"),
    [
        ("es_ES", "EUR", f"1.250.000,00{NBSP}€"),
        ("es_MX", "MXN", "$1,250,000.00"),
        ("en_US", "USD", "$1,250,000.00"),
        ("es_CL", "CLP", "$1.250.000"),  # pesos chilenos: no decimals
        ("es_MX", "USD", f"USD{NBSP}1,250,000.00"),  # "$" would be pesos
        ("es_MX", "EUR", "€1,250,000.00"),
        ("es_ES", "usd", f"1.250.000,00{NBSP}USD"),
    ],
)
def test_money(locale: str, currency: str, expected: str) -> None:
    assert money(Decimal("1250000"), currency, QLocale(locale)) == expected


def test_money_edges() -> None:
    assert money(None, "EUR", QLocale("es_ES")) == ""
    assert money(0, "EUR", QLocale("es_ES")) == f"0,00{NBSP}€"
    assert currency_symbol("PEN", QLocale("es_PE")) == "S/"
    assert currency_symbol("MXN", QLocale("es_ES")) == "MXN"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("es_ES", "23 nov 2026"),
        ("es_MX", "23 nov 2026"),
        ("en_US", "Nov 23, 2026"),
        ("en_GB", "23 Nov 2026"),
    ],
)
def test_dates(locale: str, expected: str) -> None:
    assert date_text(date(2026, 11, 23), QLocale(locale)) == expected


def test_short_dates_and_date_times() -> None:
    es = QLocale("es_ES")
    assert date_text(date(2026, 11, 23), es, short=True) == "23/11/26"
    assert date_text(None, es) == ""
    naive = datetime(2026, 11, 23, 17, 5)
    assert datetime_text(naive, es) == "23 nov 2026, 17:05"
    aware = datetime(2026, 11, 23, 17, 5, tzinfo=UTC)
    assert datetime_text(aware, es).startswith("23 nov 2026") or "nov 2026" in datetime_text(
        aware, es
    )
    assert medium_date_format(QLocale("en_US")) == "MMM d, yyyy"


def test_numbers() -> None:
    assert number(1234567, QLocale("es_ES")) == "1.234.567"
    assert number(1234.5, QLocale("es_MX"), 2) == "1,234.50"
    assert number(None, QLocale("es_ES")) == ""
    assert percent(0.25, QLocale("es_ES")) == f"25{NBSP}%"
    assert percent(0.25, QLocale("en_US")) == "25%"
    assert locale_for("es_AR").name() == "es_AR"
    assert locale_for("") == QLocale.system()

"""Compact tables' short dates follow the window's language: an English window in a
Spanish agency writes «16 Apr 2026», never Spain's «16/04/2026»; a Spanish window keeps
the agency's own short format."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.domain.satisfaction_enums import ActionStatus
from agencia.services.satisfaction.improvements import ActionRow
from agencia.ui.formatting import date_text, interface_locale
from agencia.ui.satisfaction.tables import ActionsModel

DAY = date(2026, 4, 16)


@pytest.mark.parametrize(
    ("region", "expected"),
    [("es_ES", "16 Apr 2026"), ("es_MX", "16 Apr 2026"), ("en_US", "Apr 16, 2026")],
)
def test_an_english_window_writes_short_dates_in_english(region: str, expected: str) -> None:
    english = interface_locale(QLocale(region), "en")
    assert date_text(DAY, english, short=True) == expected


@pytest.mark.parametrize("region", ["es_ES", "es_MX", "es_AR"])
def test_a_spanish_window_keeps_the_agency_s_short_format(region: str) -> None:
    spanish = interface_locale(QLocale(region), "es")
    expected = QLocale(region).toString(
        QLocale(region).toDate("16/04/2026", "dd/MM/yyyy"), QLocale.FormatType.ShortFormat
    )
    assert date_text(DAY, spanish, short=True) == expected
    assert "Apr" not in date_text(DAY, spanish, short=True)


def test_a_compact_table_follows(qtbot: QtBot) -> None:
    english = interface_locale(QLocale("es_ES"), "en")
    model = ActionsModel(english)
    row = ActionRow(
        id=1,
        account_id=1,
        account="Café Madrid",
        dimension="Empathy",
        title="Weekly call",
        owner_id=1,
        owner="Álvaro Ejecutivo",
        due_on=DAY,
        status=ActionStatus.OPEN,
        opened_gap=-0.5,
        latest_gap=None,
        verdict=None,
        overdue=False,
        version=1,
    )
    model.set_rows([row])
    assert model.index(0, 4).data() == "16 Apr 2026"

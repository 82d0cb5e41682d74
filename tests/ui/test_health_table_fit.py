"""The satisfaction page's «Salud de las cuentas»: an account with a very long name elides
(the whole name in its tooltip) and leaves Salud, Estado and Motivos in sight, at the
widths the page has in a 1024×700 and a 1280×800 window; and an account with nothing
measured says «Sin datos» instead of a figure."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from test_screens_fit import assert_fits

from agencia.domain import account_health as ah
from agencia.services.satisfaction.health import AccountHealth, WorstHealth
from agencia.ui.formatting import locale_for
from agencia.ui.satisfaction.page_view import SatisfactionView

LONG = (
    "Compañía Internacional de Alimentación, Bebidas y Distribución Mediterránea del Levante S.A."
)
SOME = ah.health(ah.HealthInputs(satisfaction=2.8, falls={"Empatía": 0.6}, overdue_tasks=3))
NOTHING = ah.health(ah.HealthInputs())


@pytest.mark.parametrize("width", [1024, 1280])
def test_a_long_name_elides_and_the_other_columns_stay(qtbot: QtBot, width: int) -> None:
    assert len(LONG) >= 90
    view = SatisfactionView(locale_for("es_ES"))
    qtbot.addWidget(view)
    view.resize(width - 80, 600)  # the window less the rail
    view.show()
    qtbot.waitExposed(view)
    rows = (AccountHealth(1, LONG, SOME), AccountHealth(2, "Café Madrid", SOME))
    view.set_health(WorstHealth(rows, 2))
    qtbot.wait(200)  # the fit the new rows asked for, done
    table = view.health_table
    assert_fits(table, [0, 1, 2, 3], "health", whole=[1, 2])
    header = table.horizontalHeader()
    assert header.sectionSize(0) < table.sizeHintForColumn(0), "the long name is not elided"
    assert table.horizontalScrollBar().maximum() == 0
    assert view.health_model.index(0, 0).data(3) == LONG  # ToolTipRole: the whole name


def test_an_account_with_nothing_measured_says_no_data(qtbot: QtBot) -> None:
    view = SatisfactionView(locale_for("es_ES"))
    qtbot.addWidget(view)
    view.set_health(WorstHealth((AccountHealth(7, "Cuenta Nueva", NOTHING),), 1))
    model = view.health_model
    assert model.index(0, 2).data() == "Sin datos"
    view.health_table.setCurrentIndex(model.index(0, 0))
    text = view.health_detail.toPlainText()
    assert "Sin datos" in text, text
    assert "Pesos" not in text, text  # no weights of nothing
    assert "No hay datos para medir la salud de la cuenta" in text

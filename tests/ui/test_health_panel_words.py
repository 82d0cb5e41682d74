"""The satisfaction page's health panel and the account's «Satisfacción» tab: weights that
add up to 100 %, and the sentence that says why a good figure reads «En observación»."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from agencia.domain import account_health as ah
from agencia.services.satisfaction.health import AccountHealth, WorstHealth
from agencia.ui.formatting import locale_for
from agencia.ui.satisfaction.page_view import SatisfactionView

DISSATISFIED = ah.health(
    ah.HealthInputs(
        satisfaction=2.8, falls={}, overdue_tasks=0, days_since_contact=3, contact_known=True
    )
)


def test_the_panel_s_weights_add_up_to_100_and_it_says_why_the_band(qtbot: QtBot) -> None:
    view = SatisfactionView(locale_for("es_ES"))
    qtbot.addWidget(view)
    view.set_health(WorstHealth((AccountHealth(7, "Café Madrid", DISSATISFIED),), 1))
    view.health_table.setCurrentIndex(view.health_model.index(0, 0))
    text = view.health_detail.toPlainText()
    shares = [int(n) for n in re.findall(r"(\d+)[\s\u00a0]%", text)]
    assert len(shares) == 4 and sum(shares) == 100, text
    assert "Satisfacción baja: las encuestas del último trimestre dan 2,8 sobre 5" in text
    assert "por debajo de 3,0" in text

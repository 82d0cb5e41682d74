"""Pendientes: a service request's line puts its subject under «Campaña o asunto» (the
column was empty: the subject was only in the first column's sentence), and says it
once."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from agencia.domain.areas import AreaId
from agencia.services.pending.items import PendingItem
from agencia.ui.formatting import locale_for
from agencia.ui.pending.view import PendingView

TODAY = date(2026, 12, 7)


def test_a_request_s_subject_is_in_its_column(qtbot: QtBot) -> None:
    view = PendingView(locale_for("es_ES"), today=TODAY)
    qtbot.addWidget(view)
    subject = "Cambiar el banner de Navidad"
    view.set_items(
        [
            PendingItem(
                AreaId.SERVICE, "service_response", 1, subject, "Café Madrid", subject,
                TODAY, False,
            ),
            PendingItem(
                AreaId.SERVICE, "service_request", 2, "Factura duplicada", "Café Madrid",
                "Factura duplicada", TODAY - timedelta(days=1), True,
            ),
        ]
    )  # fmt: skip
    lines = {line[1]: line for _group, lines in view.rows() for line in lines}
    answer, late = lines[subject], lines["Factura duplicada"]
    assert answer[0] == "Responder a la solicitud" and answer[2] == "Café Madrid"
    assert late[0] == "Solicitud vencida"
    for line in (answer, late):
        assert line[1] not in line[0]  # said once

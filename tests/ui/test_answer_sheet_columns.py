"""«Registrar respuesta»: each box sits under its header — the dimension's importance
under «Importancia» (its label sat under «Esperaba» and its box under «Percibió»), a
question's expected and perceived under «Esperaba» and «Percibió»."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from agencia.ui.satisfaction.entry_dialog import AnswerSheet


def _span(widget: QWidget, host: QWidget) -> tuple[int, int]:
    left = widget.mapTo(host, widget.rect().topLeft()).x()
    return left, left + widget.width()


def test_every_box_is_under_its_header(qtbot: QtBot) -> None:
    sheet = AnswerSheet()
    qtbot.addWidget(sheet)
    dimension = SimpleNamespace(name="Empatía", questions=("¿Le escuchan?", "¿Le entienden?"))
    sheet.build(SimpleNamespace(points=5, dimensions=(dimension,)))
    sheet.resize(700, 400)
    sheet.show()
    qtbot.waitExposed(sheet)
    host = sheet.widget()
    assert host is not None
    headers = {label.text(): _span(label, host) for label in host.findChildren(QLabel)}
    assert "Importancia" in headers, list(headers)

    def under(box: QSpinBox, header: str) -> bool:
        left, right = _span(box, host)
        h_left, h_right = headers[header]
        return left < h_right and h_left < right  # they overlap across

    assert under(sheet.importance[1], "Importancia")
    assert not under(sheet.importance[1], "Esperaba")
    assert not under(sheet.importance[1], "Percibió")
    for expected, perceived in sheet.answers.values():
        assert under(expected, "Esperaba") and under(perceived, "Percibió")

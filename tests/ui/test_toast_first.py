"""The first toast of a session reads like every later one: it is measured with the style
sheet's padding and font (it was measured before them, a 14 px bar with its text cut)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from agencia.ui.shell.toast import Toast


def test_the_first_toast_is_as_tall_as_the_next(qtbot: QtBot, house_style: None) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    toast = Toast(window)
    toast.show_message("Guardado: Pedro Ruiz")
    first = toast.height()
    toast.show_message("Guardado: Pedro Ruiz")
    assert first == toast.height()
    assert first >= toast.fontMetrics().height() + 20  # the style sheet's padding, 10 + 10

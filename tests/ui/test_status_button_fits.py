"""Coordinación ▸ Cronograma: the «Estado ▾» menu button is as tall as its neighbours
(«Nueva tarea…», «Añadir hitos») and wide enough for its word and its menu arrow side by
side — a tool button in the Fusion style drew the arrow over the word and stood narrower
than the buttons beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QStyle, QWidget
from pytestqt.qtbot import QtBot

from agencia.ui.coordination.status_moves import status_button


def test_the_status_button_holds_its_word_and_its_arrow(
    qtbot: QtBot,
    house_style: None,  # the window's look: its paddings set both buttons' heights
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    button = status_button(host)
    neighbour = QPushButton("Nueva tarea…", host)
    hint = button.sizeHint()
    text = button.fontMetrics().horizontalAdvance(button.text())
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert hint.width() >= text + arrow + 8, (hint.width(), text, arrow)
    assert hint.height() == neighbour.sizeHint().height()
    assert button.menu() is not None and len(button.menu().actions()) > 3

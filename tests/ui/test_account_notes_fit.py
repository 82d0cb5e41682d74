"""An account's notes are shown whole in «Datos» at any width: a word longer than the
line (a link, a file reference) wraps inside itself instead of running past the pane's
edge, the pane grows to every line, and the text stays as typed (selectable, copied whole)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from agencia.ui.accounts.facts_view import FactsPanel

pytestmark = pytest.mark.gui

LINK = (
    "https://intranet.cliente.example.com/departamento-de-compras/contratos/2026/"
    "condiciones-generales-de-contratacion-v3.pdf"
)
NOTES = f"Ver {LINK} antes de nada.\n" + "Segunda línea, con bastante texto para envolver. " * 6


@pytest.mark.parametrize("width", [360, 480, 700])
def test_long_notes_are_shown_whole(qtbot: QtBot, width: int) -> None:
    panel = FactsPanel(QLocale("es_ES"))
    qtbot.addWidget(panel)
    panel.resize(width, 400)
    panel.show()
    notes = panel.labels["notes"]
    notes.setText(NOTES)

    def shown_whole() -> None:  # once laid out: asked again until then, however busy
        room = panel.viewport().width()
        assert notes.geometry().right() < room, (notes.geometry(), room)
        assert panel.horizontalScrollBar().maximum() == 0  # nothing out of sight sideways
        # every line inside the value's own width: the link was broken, not cut at the edge
        longest = notes.fontMetrics().horizontalAdvance(LINK)
        assert longest > notes.width(), "the test's link must be longer than the line"
        laid_out = notes.document().size()  # type: ignore[union-attr]
        assert laid_out.width() <= notes.viewport().width() + 1, (laid_out, notes.width())
        assert notes.height() >= laid_out.height() - 1, "the last lines are cut off"

    qtbot.waitUntil(shown_whole)
    assert notes.text() == NOTES  # as typed

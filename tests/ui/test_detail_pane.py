"""Panes that say what goes there: the pane beside a list (communications log, service
queue) with its empty state, the details once a row is chosen and nothing of the last row
left behind; the people pane with nobody chosen; coordination with no tasks of one's own."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from agencia.ui.widgets.detail_pane import DetailPane

pytestmark = pytest.mark.gui


def test_nothing_chosen_then_a_row_then_nothing_again(qtbot: QtBot) -> None:
    pane = DetailPane("Ninguna fila elegida", "Elija una fila.", text_name="row-detail")
    qtbot.addWidget(pane)
    pane.show()
    assert pane.currentWidget() is pane.nothing_chosen and not pane.showing_details()
    assert pane.nothing_chosen.isVisible()
    assert pane.text.objectName() == "row-detail"
    pane.show_html("<h3>Factura &lt;duplicada&gt;</h3>")
    assert pane.showing_details() and pane.text.isVisible()
    assert "Factura <duplicada>" in pane.text.toPlainText()
    pane.clear()
    assert pane.currentWidget() is pane.nothing_chosen
    assert pane.text.toPlainText() == ""  # no old details behind the empty state


def test_the_people_pane_with_nobody_chosen_says_what_goes_there(qtbot: QtBot) -> None:
    """It was one grey line at the top of an empty half-screen (people-…png)."""
    from agencia.ui.people.person_panel import PersonPanel
    from agencia.ui.widgets.empty_state import EmptyState

    panel = PersonPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 600)
    panel.show()
    assert isinstance(panel.placeholder, EmptyState) and panel.placeholder.isVisible()
    assert panel.placeholder.title.text() == "Ninguna persona elegida"
    assert "rol" in panel.placeholder.body.text()
    assert not panel.name.isVisible()


def test_no_tasks_of_ones_own_offers_the_schedule(qtbot: QtBot) -> None:
    """«No tiene tareas abiertas» was a blank page for a director (coordination-…png):
    it offers the first thing to do instead, the campaigns' schedule."""
    from PySide6.QtCore import QLocale

    from agencia.ui.coordination.page import CoordinationPage

    page = CoordinationPage(QLocale("es_ES"))
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    page.set_my_tasks([])
    assert page.my_empty.isVisible() and page.my_empty.button.isVisible()
    assert page.my_empty.button.text() == "Ver el cronograma"
    page.my_empty.button.click()
    assert page.tabs.currentIndex() == 1  # Cronograma

"""The multi-choice filter with the keyboard: in the open list Space or Enter ticks or
unticks the highlighted option and the list stays open; the filter's own name clears it.
A real combo box and real key presses (pytest-qt), offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agencia.ui.widgets.multi_choice import MultiChoiceCombo

pytestmark = [
    pytest.mark.gui,
    # an open list on the offscreen platform says it cannot raise or grab: harmless there
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing"),
]


@pytest.fixture
def combo(qtbot: QtBot) -> MultiChoiceCombo:
    combo = MultiChoiceCombo("Estado")
    combo.set_options([("Activa", "active"), ("Prospecto", "prospect"), ("En pausa", "paused")])
    qtbot.addWidget(combo)
    combo.show()
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible())
    return combo


def _highlight(combo: MultiChoiceCombo, row: int) -> None:
    view = combo.view()
    view.setCurrentIndex(view.model().index(row, 0))


def test_space_and_enter_tick_the_highlighted_option_and_the_list_stays(
    qtbot: QtBot, combo: MultiChoiceCombo
) -> None:
    view = combo.view()
    with qtbot.waitSignal(combo.choices_changed):
        _highlight(combo, 2)
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert combo.chosen() == ["prospect"]
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the arrows move the highlight, tick nothing
    assert view.currentIndex().row() == 3 and combo.chosen() == ["prospect"]
    with qtbot.waitSignal(combo.choices_changed):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert combo.chosen() == ["prospect", "paused"]  # both: Enter did not choose one alone
    assert view.isVisible()  # still open: several in one visit
    assert combo.summary() == "Estado (2)"
    assert combo.toolTip() == "Estado: Prospecto, En pausa"

    qtbot.keyClick(view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert combo.chosen() == ["prospect"]  # the keypad's Enter unticks it again
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert combo.chosen() == []
    assert combo.summary() == "Estado"


def test_enter_on_the_filters_name_clears_it_and_closes(
    qtbot: QtBot, combo: MultiChoiceCombo
) -> None:
    combo.set_chosen(["active", "paused"])
    _highlight(combo, 0)
    with qtbot.waitSignal(combo.choices_changed):
        qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert combo.chosen() == []
    qtbot.waitUntil(lambda: not combo.view().isVisible())


def test_escape_closes_the_list_keeping_what_was_ticked(
    qtbot: QtBot, combo: MultiChoiceCombo
) -> None:
    _highlight(combo, 1)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Space)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    assert combo.chosen() == ["active"] and combo.summary() == "Activa"


def test_the_open_list_takes_the_width_of_the_options_offered_now(qtbot: QtBot) -> None:
    """Its width is set when the list is first asked for, then with each new set of
    options (the list's filters and width wait for it: agencia.ui.widgets.multi_choice)."""
    combo = MultiChoiceCombo("Ejecutivo")
    qtbot.addWidget(combo)
    combo.set_options([("Álvaro García Rubio", 1), ("Ana", 2)])
    widest = combo.fontMetrics().horizontalAdvance("Álvaro García Rubio")
    assert combo.view().minimumWidth() > widest
    combo.set_options([("Ana", 2)])
    assert combo.view().minimumWidth() < widest

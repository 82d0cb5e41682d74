"""A decision's comment is not thrown away by Esc: the small dialogs that hold typed words
ask first, as the forms do, and the window asks for them when it closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from agencia.ui.campaigns.approval_panel import CommentDialog
from agencia.ui.widgets import unsaved
from agencia.ui.widgets.unsaved import UnsavedPrompt


def _dialog(qtbot: QtBot) -> tuple[QWidget, CommentDialog]:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    dialog = CommentDialog("Pedir cambios", "Qué debe cambiar", True, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    return window, dialog


def test_esc_with_a_typed_comment_asks_and_cancel_keeps_it(qtbot: QtBot) -> None:
    window, dialog = _dialog(qtbot)
    dialog.text.setPlainText("El titular no es el aprobado en el brief.")
    assert [i.what for i in unsaved.items_under(window)] == ["«Pedir cambios»"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    prompt = dialog.findChild(UnsavedPrompt)
    assert isinstance(prompt, UnsavedPrompt) and prompt.isVisible()
    assert prompt.save_button is None  # sent by its own button, not from the question
    prompt.cancel_button.click()
    assert dialog.isVisible()
    assert dialog.comment() == "El titular no es el aprobado en el brief."
    dialog.reject()
    prompt = dialog.findChildren(UnsavedPrompt)[-1]
    prompt.discard_button.click()
    assert not dialog.isVisible()
    assert unsaved.items_under(window) == []


def test_nothing_typed_closes_at_once(qtbot: QtBot) -> None:
    _window, dialog = _dialog(qtbot)
    dialog.text.setPlainText("   ")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.findChild(UnsavedPrompt) is None

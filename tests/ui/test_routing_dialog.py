"""«Reglas de reparto» as a reviewer's screenshots showed it, in the window's look, in
Spanish and English: the brand search's hint was cut («Buscar marca o c…»), the labels
sat higher than their fields, «Cerrar» was stacked under «Añadir la regla», «Quitar la
regla» was offered with nothing to remove and the empty list said nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gui_support import make_context, until
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.service_enums import RequestKind
from agencia.ui.service.routing_dialog import RoutingDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk


@pytest.fixture
def desk(sqlite_db: Database) -> Desk:
    return service_desk(sqlite_db)


def _open(qtbot: QtBot, desk: Desk) -> tuple[RoutingDialog, QWidget]:
    """The dialog as «Atención al cliente» opens it: over its page, window-modal."""
    ctx, _recorder = make_context(desk.db, desk.admin)
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    dialog = RoutingDialog(ctx.ops, page)
    dialog.resize(720, 600)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(until(lambda: dialog.person.count() > 0))
    return dialog, page  # the page kept: the dialog goes with it


def _text_room(edit: QLineEdit) -> int:
    """The width a line edit has for its text: inside its frame and text margins."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    buttons = sum(b.width() for b in edit.findChildren(QToolButton))
    return contents.width() - margins.left() - margins.right() - 4 - buttons  # 2 a side (Qt)


def _middle(widget: QWidget, dialog: RoutingDialog) -> int:
    return widget.mapTo(dialog, widget.rect().center()).y()


def test_the_brand_search_shows_its_whole_hint(qtbot: QtBot, desk: Desk, house: str) -> None:
    dialog, _page = _open(qtbot, desk)
    search = dialog.brand_search
    hint = search.placeholderText()
    assert hint
    assert search.fontMetrics().horizontalAdvance(hint) <= _text_room(search), (
        hint,
        search.width(),
        _text_room(search),
    )


def test_each_label_is_level_with_its_field(qtbot: QtBot, desk: Desk, house: str) -> None:
    dialog, _page = _open(qtbot, desk)
    rows: list[QWidget] = [dialog.kind, dialog.channel, dialog.priority, dialog.brand]
    rows += [dialog.person, dialog.position]
    for field in rows:
        caption = None
        widget: QWidget | None = field
        while widget is not None and caption is None:  # the row's field may wrap it
            for form in dialog.findChildren(QFormLayout):
                caption = caption or form.labelForField(widget)
            widget = widget.parentWidget()
        assert caption is not None, field
        assert abs(_middle(caption, dialog) - _middle(field, dialog)) <= 2, (
            caption.text(),  # type: ignore[attr-defined]
            _middle(caption, dialog),
            _middle(field, dialog),
        )


def test_adding_and_closing_sit_in_one_button_row(qtbot: QtBot, desk: Desk, house: str) -> None:
    dialog, _page = _open(qtbot, desk)
    close = next(
        b
        for box in dialog.findChildren(QDialogButtonBox)
        if (b := box.button(QDialogButtonBox.StandardButton.Close)) is not None
    )
    add = dialog.add_button
    assert add.isDefault()  # Enter adds the rule, as before it joined the row
    assert abs(_middle(add, dialog) - _middle(close, dialog)) <= 1
    assert (
        add.mapTo(dialog, add.rect().topRight()).x()
        < close.mapTo(dialog, close.rect().topLeft()).x()
    )


def test_removing_is_offered_only_for_a_chosen_rule(qtbot: QtBot, desk: Desk, house: str) -> None:
    dialog, _page = _open(qtbot, desk)
    assert dialog.model.rowCount() == 0
    assert not dialog.remove_button.isEnabled()  # no rules: nothing to remove
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestKind.COMPLAINT))
    dialog.add_button.click()
    qtbot.waitUntil(until(lambda: dialog.model.rowCount() == 1))
    assert not dialog.remove_button.isEnabled()  # a rule, but none chosen
    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    qtbot.waitUntil(until(lambda: dialog.model.rowCount() == 0))
    assert not dialog.remove_button.isEnabled()


def test_the_empty_list_says_what_goes_there(qtbot: QtBot, desk: Desk, house: str) -> None:
    dialog, _page = _open(qtbot, desk)
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert dialog.empty.title.text() and dialog.empty.body.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestKind.COMPLAINT))
    dialog.add_button.click()
    qtbot.waitUntil(until(lambda: dialog.model.rowCount() == 1))
    assert dialog.table.isVisible() and not dialog.empty.isVisible()


def test_a_rule_chosen_and_not_added_is_asked_about(qtbot: QtBot, desk: Desk) -> None:
    """Conditions chosen and «Cerrar» pressed dropped them without a word: the dialog asks
    (Guardar adds the rule), and after a rule is added its form is blank again, so
    nothing is asked about twice."""
    from PySide6.QtCore import Qt

    from agencia.ui.widgets.unsaved import UnsavedPrompt

    dialog, _page = _open(qtbot, desk)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing chosen: closes at once
    assert not dialog.isVisible()
    dialog, _page = _open(qtbot, desk)
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestKind.COMPLAINT))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    (prompt,) = [p for p in dialog.findChildren(UnsavedPrompt) if p.isVisible()]
    assert dialog.isVisible() and prompt.save_button is not None
    prompt.save_button.click()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    dialog, _page = _open(qtbot, desk)
    qtbot.waitUntil(until(lambda: dialog.model.rowCount() == 1))
    dialog.channel.setCurrentIndex(2)
    dialog.add_button.click()
    qtbot.waitUntil(until(lambda: dialog.model.rowCount() == 2))
    assert dialog.channel.currentData() is None  # blank again
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

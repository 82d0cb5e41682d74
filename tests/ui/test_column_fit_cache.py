"""A resize alone fits the columns without measuring the visible cells again (what they
want is kept while the rows in view and their content stay); any change to those rows —
new text, rows removed, the list scrolled — is measured again, so the widths are always
those of the rows shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from agencia.ui.widgets.column_fit import ColumnFit

SHORT = "Ana"
LONG = "Una razón social bastante más larga que las otras"


class Counting(QStyledItemDelegate):
    """Counts the size hints the view asks of it (each a cell measured)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.asked = 0

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.asked += 1
        return super().sizeHint(option, index)


def _table(qtbot: QtBot, rows: list[str]) -> tuple[QTableView, QStandardItemModel, Counting]:
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Nombre", "NIF"])
    for text in rows:
        model.appendRow([QStandardItem(text), QStandardItem("B12345678")])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = Counting(view)
    view.setItemDelegate(delegate)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    return view, model, delegate


def _width_at(fit: ColumnFit, width: int) -> int:
    fit.view.resize(width, fit.view.height())
    fit.fit()
    return fit.wanted(0)


def test_a_resize_alone_does_not_measure_the_cells_again(qtbot: QtBot) -> None:
    view, _model, delegate = _table(qtbot, [SHORT, LONG, SHORT])
    fit = ColumnFit(view, whole=[1], cap=2000)
    fit.fit()
    wanted = fit.wanted(0)
    delegate.asked = 0
    assert _width_at(fit, 700) == wanted
    assert delegate.asked == 0
    assert view.horizontalHeader().sectionSize(0) >= wanted  # the room is shared again


def test_new_text_in_view_is_measured_again(qtbot: QtBot) -> None:
    view, model, _delegate = _table(qtbot, [SHORT, SHORT, SHORT])
    fit = ColumnFit(view, whole=[1], cap=2000)
    fit.fit()
    narrow = fit.wanted(0)
    model.item(1, 0).setText(LONG)
    assert _width_at(fit, 700) > narrow


def test_rows_removed_are_measured_again(qtbot: QtBot) -> None:
    view, model, _delegate = _table(qtbot, [SHORT, LONG, SHORT])
    fit = ColumnFit(view, whole=[1], cap=2000)
    fit.fit()
    wide = fit.wanted(0)
    model.removeRow(1)  # the long name gone (removing rows alone does not fit)
    assert _width_at(fit, 700) < wide


def test_rows_scrolled_into_view_are_measured_again(qtbot: QtBot) -> None:
    view, _model, _delegate = _table(qtbot, [SHORT] * 60 + [LONG])
    fit = ColumnFit(view, whole=[1], cap=2000)
    fit.fit()
    narrow = fit.wanted(0)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: view.rowAt(view.viewport().height() - 1) == 60)
    assert _width_at(fit, 700) > narrow

"""A list that is not on screen is not measured: measuring a hidden view asked a big list's
model for pages it would not show, and on 50,000 campaigns (an area built while another
was shown) the pages evicted each other and the reads never ended."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from agencia.ui.widgets.column_fit import ColumnFit


class CountingModel(QStandardItemModel):
    """Counts the cells asked for, as a big list's model fetches every page asked for."""

    def __init__(self) -> None:
        super().__init__(5000, 2)
        self.asked = 0

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            self.asked += 1
            return f"fila {index.row()}"
        return super().data(index, role)


def test_a_hidden_list_is_fitted_only_once_shown(qtbot: QtBot) -> None:
    model = CountingModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fit = ColumnFit(view)
    model.dataChanged.emit(model.index(0, 0), model.index(10, 1))
    qtbot.wait(50)
    assert model.asked == 0  # nothing measured, nothing fetched, while hidden
    view.resize(400, 300)
    view.show()
    qtbot.waitUntil(lambda: model.asked > 0)  # shown: fitted on the rows in view
    assert fit.view is view

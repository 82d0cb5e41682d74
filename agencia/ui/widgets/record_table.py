"""The parts every records list shares: its search field and its table's behaviour."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from agencia.ui.widgets.elided import ChipOrElidedDelegate, _help

PLACEHOLDER_ROOM = 56  # the search icon, the clear button and the frame


class SearchField(QLineEdit):
    """Down goes to the list, Esc clears the text. Its placeholder is the long one when
    it fits, else the short one (`set_placeholders`): never "Busc…"."""

    move_down = Signal()
    _placeholders: tuple[str, str] = ("", "")

    def set_placeholders(self, full: str, short: str) -> None:
        """`full` says what is searched ("nombre, razón social, NIF…"); `short` is what
        a narrow field shows instead ("Buscar cuentas"), `full` then in the tooltip."""
        self._placeholders = (full, short)
        self._fit_placeholder()

    def _fit_placeholder(self) -> None:
        full, short = self._placeholders
        if not full:
            return
        fits = self.fontMetrics().horizontalAdvance(full) <= self.width() - PLACEHOLDER_ROOM
        self.setPlaceholderText(full if fits or not short else short)
        self.setToolTip("" if fits else full)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_placeholder()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.move_down.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.textEdited.emit("")
            return
        super().keyPressEvent(event)


class TextCellDelegate(QStyledItemDelegate):
    """Plain text cells: Qt paints and measures them in C++ (no Python per cell, which
    the chip delegate costs on every cell of every paint); only the tooltip of a cut text
    is ours."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        handled = _help(event, view, option, index)
        return super().helpEvent(event, view, option, index) if handled is None else handled


class RecordTable(QTableView):
    """Fixed row height, elided cells with tooltips, one selected row, sortable headers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setCornerButtonEnabled(False)
        self.setShowGrid(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._chips = ChipOrElidedDelegate(self)
        self.setItemDelegate(self._chips)  # chips in any column, until `chips_in` says where
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(self.fontMetrics().height() + 12, 28))
        columns = self.horizontalHeader()
        columns.setSectionsMovable(True)
        columns.setSectionsClickable(True)
        columns.setSortIndicatorShown(True)
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setMinimumSectionSize(48)

    def chips_in(self, columns: Iterable[int]) -> None:
        """Only `columns` show chips: the others are plain text cells painted and measured
        by Qt alone (the chip delegate's paint was ~40% of a keystroke's work in the
        accounts list, mostly on cells that have no chip)."""
        self.setItemDelegate(TextCellDelegate(self))
        for column in columns:
            self.setItemDelegateForColumn(column, self._chips)

    def select_row(self, row: int) -> bool:
        """Select and show `row` (-1: the record is not listed; clear the selection)."""
        if row < 0:
            self.clearSelection()
            return False
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

"""The first-run wizard's team list as it is shown: the table of people listed (a file's
row as the spreadsheet numbers it, each row's problems beside it) and the summary under
it.

Kept apart from the page's behaviour (`team_page`) because their care is how they fit:
the wizard is a fixed size, so every cell is one line, elided with its whole text in a
tooltip, only a row's problems wrap, and the columns that say what is wrong stay on
screen while the others give way. The words keep the page's translation context
(«TeamPage»).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.elided import ElidedTooltipDelegate

translate = QCoreApplication.translate  # lupdate knows it by this name

COLUMNS = ("row", "name", "role", "email", "reports_to", "group")
ROW_COLUMN, NAME_COLUMN, ROLE_COLUMN, PROBLEMS_COLUMN = 0, 1, 2, 6
# short of room, the columns last here hide first (group, boss, e-mail: the row's own
# problem says when one of them is wrong); the name, its problems and the file's row stay
PRIORITY = (NAME_COLUMN, PROBLEMS_COLUMN, ROW_COLUMN, ROLE_COLUMN, 3, 4, 5)


class WrappedSummary(QLabel):
    """Plain text wrapped and as tall as its lines at its width: in the wizard's page of a
    fixed height a wrapped label got one line, the rest of the sentence cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        height = self.heightForWidth(max(self.width(), 1))
        if height != self.minimumHeight():
            self.setMinimumHeight(height)


class OneLine(ElidedTooltipDelegate):
    """A cell on one line, elided, its whole text in a tooltip when cut: a name wrapped
    into a row one line tall was cut mid-word («Superv… de cuentas»)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class TeamTable(QTableWidget):
    """The people listed, read-only, a row selected whole; `show_entries` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("teamTable")
        self.setHorizontalHeaderLabels(
            [
                translate("TeamPage", "Fila"),
                translate("TeamPage", "Nombre"),
                translate("TeamPage", "Rol"),
                translate("TeamPage", "Correo"),
                translate("TeamPage", "Depende de"),
                translate("TeamPage", "Grupo"),
                translate("TeamPage", "Problemas"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        # one line a cell; only a row's problems wrap (the row grows to read them whole)
        self.setItemDelegate(OneLine(self))
        self.setItemDelegateForColumn(PROBLEMS_COLUMN, QStyledItemDelegate(self))
        # every column inside the page, «Problemas» first among those that may not hide:
        # a summary that says «1 con problemas» must be able to point at the row. A role
        # is one of a few titles: it shows whole; a name elides no narrower than its
        # floor before the e-mail, boss and group columns hide
        self.fit = ColumnFit(
            self,
            whole=(ROW_COLUMN, ROLE_COLUMN),
            priority=PRIORITY,
            floors={NAME_COLUMN: self.fontMetrics().averageCharWidth() * 22},
        )
        # the title and two rows at the least: at the wizard's smallest size a summary
        # naming many people takes its lines from the table, not from the fields above
        self.setMinimumHeight(96)

    def show_entries(self, entries: list[dict[str, Any]], problems: dict[int, list[str]]) -> None:
        """`entries` one a row, each with its `problems` (by entry index) in red."""
        self.setRowCount(len(entries))
        for n, entry in enumerate(entries):
            texts = [str(entry["row"]) if entry["row"] else "", *(entry[k] for k in COLUMNS[1:])]
            texts.append(" ".join(problems.get(n, [])))
            for c, text in enumerate(texts):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(text))
                if c == PROBLEMS_COLUMN and text:
                    item.setForeground(Qt.GlobalColor.red)
                self.setItem(n, c, item)
        self.fit.fit()  # the widths first: a row's height follows its problems' wrapping
        self.resizeRowsToContents()  # a row's problems read whole

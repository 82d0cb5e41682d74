"""The media plan's lines as an editable table: channel, what runs, amount, starts, ends.

`PlanModel` holds the lines being edited (plain frozen rows, in order) and says which
cells are wrong (an end before its start, or what the service refused, by its
«lines.N.field» keys); `PlanDelegate` edits each column with the house's editors (a
channel list, the money and optional-date fields the brief uses).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agencia.domain.enums import MediaChannel
from agencia.domain.labels import label
from agencia.domain.messages import render
from agencia.services.campaigns.media_plan import DESCRIPTION_MAX, PlanLineInput
from agencia.services.campaigns.views import PlanLineView
from agencia.ui.formatting import date_text, money
from agencia.ui.style import tokens
from agencia.ui.widgets.conflict import ConflictRow
from agencia.ui.widgets.doc_widgets import MoneyEdit, OptionalDateEdit

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
CHANNEL, DESCRIPTION, AMOUNT, STARTS, ENDS = range(5)
FIELDS = ("channel", "description", "amount", "starts", "ends")


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One line as the table holds it (compared whole to tell edits from the stored plan)."""

    channel: MediaChannel
    description: str = ""
    amount: Decimal = Decimal(0)
    starts: date | None = None
    ends: date | None = None

    @classmethod
    def of(cls, line: PlanLineView) -> PlanRow:
        return cls(line.channel, line.description, line.amount, line.starts, line.ends)

    def as_input(self) -> PlanLineInput:
        return PlanLineInput(
            self.channel, self.description.strip(), self.amount, self.starts, self.ends
        )

    def key(self) -> tuple[Any, ...]:
        """What the stored plan keeps of the line (trimmed text, cents)."""
        return (
            self.channel,
            self.description.strip(),
            self.amount.quantize(Decimal("0.01")),
            self.starts,
            self.ends,
        )


def same_plan(
    a: tuple[PlanRow, ...] | list[PlanRow], b: tuple[PlanRow, ...] | list[PlanRow]
) -> bool:
    return [r.key() for r in a] == [r.key() for r in b]


def plan_conflict_rows(
    model: PlanModel, mine: tuple[PlanRow, ...], saved: tuple[PlanLineView, ...]
) -> list[ConflictRow]:
    """The person's lines beside the plan as saved now, line by line (the conflict view)."""
    theirs = [PlanRow.of(line) for line in saved]

    def text(rows: list[PlanRow] | tuple[PlanRow, ...], n: int) -> str:
        return (
            " · ".join(model.text(rows[n], c) for c in range(len(FIELDS))) if n < len(rows) else ""
        )

    line = translate("MediaPlan", "Línea %1")
    return [
        ConflictRow(line.replace("%1", str(n + 1)), text(mine, n), text(theirs, n))
        for n in range(max(len(mine), len(theirs)))
    ]


class PlanModel(QAbstractTableModel):
    """The lines being edited; `edited` is emitted (through dataChanged and rows signals)
    whenever they change."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.currency = "EUR"
        self.rows: list[PlanRow] = []
        self.editable = True
        self.refused: dict[tuple[int, int], str] = {}  # the service's refusals by cell

    # -- contents ------------------------------------------------------------------------------
    def set_rows(self, rows: list[PlanRow] | tuple[PlanRow, ...]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.refused = {}
        self.endResetModel()

    def insert(self, row: int, line: PlanRow) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, line)
        self.endInsertRows()
        self.refused = {}

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self.refused = {}

    def shift(self, row: int, by: int) -> bool:
        to = row + by
        if not (0 <= row < len(self.rows) and 0 <= to < len(self.rows)):
            return False
        # Qt's destination is the row *before which* the moved row lands
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if by > 0 else to)
        self.rows.insert(to, self.rows.pop(row))
        self.endMoveRows()
        self.refused = {}
        return True

    def total(self) -> Decimal:
        return sum((r.amount for r in self.rows), Decimal(0))

    def set_refusals(self, field_errors: dict[str, tuple[str, dict[str, Any]]]) -> list[str]:
        """Put the service's «lines.N.field» refusals on their cells; return the others."""
        self.refused = {}
        others: list[str] = []
        for key, (code, params) in field_errors.items():
            parts = key.split(".")
            if (
                len(parts) == 3
                and parts[0] == "lines"
                and parts[1].isdigit()
                and parts[2] in FIELDS
            ):
                self.refused[(int(parts[1]), FIELDS.index(parts[2]))] = render(code, params)
            else:
                others.append(render(code, params))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, ENDS))
        return others

    def cell_error(self, row: int, column: int) -> str:
        line = self.rows[row]
        if column == ENDS and line.starts and line.ends and line.ends < line.starts:
            return render("field.date_order", {})
        if column == DESCRIPTION and len(line.description.strip()) > DESCRIPTION_MAX:
            return render("field.too_long", {"max": DESCRIPTION_MAX})
        return self.refused.get((row, column), "")

    def errors(self) -> list[tuple[int, int, str]]:
        return [
            (r, c, text)
            for r in range(len(self.rows))
            for c in range(ENDS + 1)
            if (text := self.cell_error(r, c))
        ]

    # -- Qt's model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("MediaPlan", "Canal"),
                translate("MediaPlan", "Qué se hace"),
                translate("MediaPlan", "Importe"),
                translate("MediaPlan", "Inicio"),
                translate("MediaPlan", "Fin"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(line, column)
        if role == Qt.ItemDataRole.EditRole:
            return (line.channel, line.description, line.amount, line.starts, line.ends)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            error = self.cell_error(index.row(), column)
            return error or (line.description if column == DESCRIPTION else None)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.cell_error(index.row(), column):
                return QColor(tokens()["error"])
            if (
                column in (STARTS, ENDS)
                and (line.starts if column == STARTS else line.ends) is None
            ):
                return QColor(tokens()["placeholder"])
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, line: PlanRow, column: int) -> str:
        """A cell's text as the table shows it."""
        if column == CHANNEL:
            return label(line.channel)
        if column == DESCRIPTION:
            return line.description
        if column == AMOUNT:
            return money(line.amount, self.currency, self.locale)
        value = line.starts if column == STARTS else line.ends
        return date_text(value, self.locale) if value else translate("MediaPlan", "Sin fecha")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        row = index.row()
        name = FIELDS[index.column()]
        old = self.rows[row]
        if name == "channel":
            value = MediaChannel(value)
        elif name == "description":
            value = str(value).replace("\n", " ")
        new = replace(old, **{name: value})
        if new == old:
            return False
        self.rows[row] = new
        self.refused.pop((row, index.column()), None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, ENDS))
        return True


class PlanDelegate(QStyledItemDelegate):
    """Each column's editor: the channel from a list, the description as a line, the amount
    the locale's way with the currency drawn in, dates that may stay empty."""

    def __init__(self, model: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == CHANNEL:
            combo = QComboBox(parent)
            for channel in MediaChannel:
                combo.addItem(label(channel), channel.value)
            combo.setObjectName("planChannelEditor")
            return combo
        if column == DESCRIPTION:
            edit = QLineEdit(parent)
            edit.setMaxLength(DESCRIPTION_MAX)
            edit.setObjectName("planDescriptionEditor")
            return edit
        if column == AMOUNT:
            money_edit = MoneyEdit(self.model.locale, self.model.currency, parent)
            money_edit.setObjectName("planAmountEditor")
            return money_edit
        date_editor = OptionalDateEdit(self.model.locale, parent)
        date_editor.setCalendarPopup(False)  # inside a cell: type, or the arrows
        date_editor.setObjectName("planDateEditor")
        return date_editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(MediaChannel(value).value), 0))
        elif isinstance(editor, MoneyEdit):
            editor.set_amount(value)
            editor.selectAll()
        elif isinstance(editor, OptionalDateEdit):
            editor.set_date_value(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, MoneyEdit):
            if editor.is_valid():  # what is not an amount leaves the cell as it was
                model.setData(index, editor.amount() or Decimal(0))
        elif isinstance(editor, OptionalDateEdit):
            model.setData(index, editor.date_value())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)

"""The campaigns list model: the rows of one `CampaignQuery`, asked of SQL off the GUI thread.

Campaigns are thousands, not hundreds of thousands: the rows of a query come whole in one
read (search, filters and sort all in SQL through `CampaignQuery`), so the board can show
the same rows. A header click asks SQL for another ORDER BY; the brand has no SQL order
and is not sortable. Answers of an older query (the person typed on) are dropped.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from agencia.domain.campaign_life import CLOSED
from agencia.services.campaigns.queries import CampaignQuery, list_campaigns
from agencia.services.campaigns.views import CampaignRow
from agencia.ui.campaigns.labels import status_chip, status_label
from agencia.ui.formatting import date_text, money
from agencia.ui.ops import Operations
from agencia.ui.widgets.form import ERROR_DARK, ERROR_LIGHT
from agencia.ui.widgets.status_chip import CHIP_ROLE

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
translate = QCoreApplication.translate

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the CampaignRow

# (column key, CampaignQuery.sort key or None when SQL has no order for it, header)
COLUMNS: tuple[tuple[str, str | None, Any], ...] = (
    ("code", "code", QT_TRANSLATE_NOOP("CampaignListModel", "Código")),
    ("name", "name", QT_TRANSLATE_NOOP("CampaignListModel", "Campaña")),
    ("account", "account", QT_TRANSLATE_NOOP("CampaignListModel", "Cliente")),
    ("brand", None, QT_TRANSLATE_NOOP("CampaignListModel", "Marca")),
    ("status", "status", QT_TRANSLATE_NOOP("CampaignListModel", "Estado")),
    ("budget", "budget", QT_TRANSLATE_NOOP("CampaignListModel", "Presupuesto")),
    ("deadline", "deadline", QT_TRANSLATE_NOOP("CampaignListModel", "Fecha límite")),
    ("owner", "owner", QT_TRANSLATE_NOOP("CampaignListModel", "Responsable")),
)
KEYS = tuple(key for key, _sort, _label in COLUMNS)
STATUS_COLUMN = KEYS.index("status")
BUDGET_COLUMN = KEYS.index("budget")
DEADLINE_COLUMN = KEYS.index("deadline")


def column_of_sort(sort: str) -> int:
    """The column a `CampaignQuery.sort` key orders (the deadline's when unknown)."""
    for n, (_key, sort_key, _label) in enumerate(COLUMNS):
        if sort_key == sort:
            return n
    return DEADLINE_COLUMN


def is_overdue(row: CampaignRow, today: date | None = None) -> bool:
    """Past its deadline and still open (a finished or cancelled campaign is not late)."""
    return (
        row.deadline is not None
        and row.deadline < (today or date.today())
        and row.status not in CLOSED
    )


class CampaignListModel(QAbstractTableModel):
    rows_loaded = Signal(int)  # a query answered: how many campaigns match
    loading_changed = Signal(bool)

    def __init__(self, ops: Operations, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._locale = locale
        self._query = CampaignQuery()
        self._rows: list[CampaignRow] = []
        self._row_of: dict[int, int] = {}
        self._loaded = False
        self._key = f"campaigns.list.{id(self)}"
        self.today = date.today()

    # -- the query --------------------------------------------------------------------
    @property
    def query(self) -> CampaignQuery:
        return self._query

    @property
    def loaded(self) -> bool:
        return self._loaded

    def set_query(self, query: CampaignQuery) -> None:
        self._query = query
        self._loaded = False
        self.loading_changed.emit(True)
        self._ops.read(
            list_campaigns,
            query,
            on_done=self._rows_arrived,
            on_error=self._rows_failed,
            key=self._key,
        )

    def refresh(self) -> None:
        self.set_query(self._query)

    def _rows_arrived(self, rows: list[CampaignRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {r.id: n for n, r in enumerate(self._rows)}
        self._loaded = True
        self.today = date.today()
        self.endResetModel()
        self.loading_changed.emit(False)
        self.rows_loaded.emit(len(self._rows))

    def _rows_failed(self, error: BaseException) -> None:
        self._loaded = True
        self.loading_changed.emit(False)
        self._ops.failed.emit(str(error))

    # -- looking things up ------------------------------------------------------------
    def rows(self) -> list[CampaignRow]:
        return list(self._rows)

    def campaign_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def campaign_row(self, row: int) -> CampaignRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, campaign_id: int) -> int:
        return self._row_of.get(campaign_id, -1)

    # -- QAbstractTableModel ----------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("CampaignListModel", str(COLUMNS[section][2]))
        if role == Qt.ItemDataRole.TextAlignmentRole and section == BUDGET_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is None:
            return translate("CampaignListModel", "Esta columna no se puede ordenar")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        key = KEYS[column]
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        overdue = column == DEADLINE_COLUMN and is_overdue(row, self.today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.text(row, key)
            if role == Qt.ItemDataRole.AccessibleTextRole and overdue:
                text = translate("CampaignListModel", "%1 (vencida)").replace("%1", text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return translate("CampaignListModel", "Vencida: la fecha límite era el %1").replace(
                    "%1", self.text(row, key)
                )
            return self.text(row, key) or None
        if role == CHIP_ROLE and column == STATUS_COLUMN:
            return status_chip(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BUDGET_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            return QColor(ERROR_DARK if dark else ERROR_LIGHT)
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, row: CampaignRow, key: str) -> str:
        if key == "status":
            return status_label(row.status)
        if key == "budget":
            return money(row.budget, row.currency, self._locale)
        if key == "deadline":
            return date_text(row.deadline, self._locale)
        return str(getattr(row, key) or "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks sort in SQL: the same query, another ORDER BY."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = str(COLUMNS[column][1])
        if key == self._query.sort and descending == self._query.descending and self._loaded:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

"""The accounts list model: it holds IDs, and fetches the rows people look at in pages.

`search_account_ids` returns every matching ID in display order (search, filters and
sort happen in SQL); a row is asked for only when the view paints it. `data()` never
calls the database: it notes the missing page and a zero-delay timer asks for all
noted pages at once through `ops.read`, off the GUI thread. Until a page arrives its
rows show a placeholder. Pages are cached (a bounded LRU), and the answers of an older
query — the person typed on — are dropped, twice over: by `ops.read`'s key and by the
model's own generation number.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from agencia.services.accounts.queries import (
    AccountQuery,
    account_rows,
    count_accounts,
    search_account_ids,
)
from agencia.services.accounts.views import AccountRow
from agencia.ui.accounts.labels import status_chip, status_label
from agencia.ui.ops import Operations
from agencia.ui.widgets.status_chip import CHIP_ROLE

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument
translate = QCoreApplication.translate

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the AccountRow, or None while loading

# (key for AccountQuery.sort, header)
COLUMNS: tuple[tuple[str, Any], ...] = (
    ("name", QT_TRANSLATE_NOOP("AccountListModel", "Nombre")),
    ("legal_name", QT_TRANSLATE_NOOP("AccountListModel", "Razón social")),
    ("tax_id", QT_TRANSLATE_NOOP("AccountListModel", "NIF")),
    ("status", QT_TRANSLATE_NOOP("AccountListModel", "Estado")),
    ("sector", QT_TRANSLATE_NOOP("AccountListModel", "Sector")),
    ("group", QT_TRANSLATE_NOOP("AccountListModel", "Grupo")),
    ("lead_executive", QT_TRANSLATE_NOOP("AccountListModel", "Ejecutivo")),
    ("city", QT_TRANSLATE_NOOP("AccountListModel", "Ciudad")),
)
STATUS_COLUMN = 3


def _header(text: str) -> str:
    return QCoreApplication.translate("AccountListModel", text)


class AccountListModel(QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_PAGES = 60  # 12,000 rows in memory at most

    ids_loaded = Signal(int)  # a query answered: how many accounts match
    loading_changed = Signal(bool)  # a query is in flight (the view may show it)

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._query = AccountQuery()
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, AccountRow]] = OrderedDict()
        self._requested: set[int] = set()
        self._wanted: set[int] = set()
        self._generation = 0
        self._loaded = False
        self._key = f"accounts.list.{id(self)}"
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # -- the query --------------------------------------------------------------------
    @property
    def query(self) -> AccountQuery:
        return self._query

    @property
    def loaded(self) -> bool:
        """True once the current query has answered."""
        return self._loaded

    def set_query(self, query: AccountQuery) -> None:
        """Ask SQL for the IDs of `query`; the rows follow as the view shows them."""
        self._query = query
        self._loaded = False
        self.loading_changed.emit(True)
        self._ops.read(
            search_account_ids,
            query,
            on_done=self._ids_arrived,
            on_error=self._ids_failed,
            key=f"{self._key}.ids",
        )

    def refresh(self) -> None:
        """Run the same query again (after a change somewhere)."""
        self.set_query(self._query)

    def count_visible(self, on_done: Callable[[int], None]) -> None:
        """How many accounts the person may see, filters aside (for the empty state)."""
        self._ops.read(count_accounts, on_done=on_done, key=f"{self._key}.count")

    def _ids_arrived(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._row_of = None
        self._pages.clear()
        self._requested.clear()
        self._wanted.clear()
        self._loaded = True
        self.endResetModel()
        self.loading_changed.emit(False)
        self.ids_loaded.emit(len(self._ids))

    def _ids_failed(self, error: BaseException) -> None:
        self.loading_changed.emit(False)
        self._ops.failed.emit(str(error))

    # -- looking things up ------------------------------------------------------------
    def account_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, account_id: int) -> int:
        """The row showing `account_id`, or -1."""
        if self._row_of is None:
            self._row_of = {account_id: n for n, account_id in enumerate(self._ids)}
        return self._row_of.get(account_id, -1)

    def account_row(self, row: int) -> AccountRow | None:
        account_id = self.account_id(row)
        if account_id is None:
            return None
        page = self._pages.get(row // self.PAGE_SIZE)
        return page.get(account_id) if page is not None else None

    def ids(self) -> list[int]:
        return list(self._ids)

    def is_page_loaded(self, row: int) -> bool:
        return (row // self.PAGE_SIZE) in self._pages

    # -- pages --------------------------------------------------------------------------
    def _want(self, page: int) -> None:
        if page in self._pages or page in self._requested:
            return
        self._wanted.add(page)
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        wanted, self._wanted = sorted(self._wanted), set()
        for page in wanted:
            if page in self._pages or page in self._requested:
                continue
            ids = self._ids[page * self.PAGE_SIZE : (page + 1) * self.PAGE_SIZE]
            if not ids:
                continue
            self._requested.add(page)
            generation = self._generation
            self._ops.read(
                account_rows,
                ids,
                on_done=functools.partial(self._page_arrived, generation, page),
                on_error=functools.partial(self._page_failed, generation, page),
                key=f"{self._key}.page.{page}",
            )

    def _page_arrived(self, generation: int, page: int, rows: list[AccountRow]) -> None:
        if generation != self._generation:
            return  # an answer for a query the person has moved on from
        self._requested.discard(page)
        self._pages[page] = {r.id: r for r in rows}
        self._pages.move_to_end(page)
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * self.PAGE_SIZE
        last = min(first + self.PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def _page_failed(self, generation: int, page: int, error: BaseException) -> None:
        if generation == self._generation:
            self._requested.discard(page)
        self._ops.failed.emit(str(error))

    def update_row(self, row: AccountRow) -> None:
        """Replace one cached row (after an edit) without refetching its page."""
        index = self.row_of(row.id)
        page = self._pages.get(index // self.PAGE_SIZE) if index >= 0 else None
        if page is None:
            return
        page[row.id] = replace(row)
        self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))

    # -- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(str(COLUMNS[section][1]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row_number, column = index.row(), index.column()
        account_id = self._ids[row_number]
        if role == ID_ROLE:
            return account_id
        page = self._pages.get(row_number // self.PAGE_SIZE)
        row = page.get(account_id) if page is not None else None
        if row is None:
            if page is None:
                self._want(row_number // self.PAGE_SIZE)
            return self._placeholder(column, role)
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, column)
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == CHIP_ROLE and column == STATUS_COLUMN:
            return status_chip(row.status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column)
        return None

    def _placeholder(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("AccountListModel", "Cargando…") if column == 0 else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    @staticmethod
    def _text(row: AccountRow, column: int) -> str:
        key = COLUMNS[column][0]
        if key == "status":
            return status_label(row.status)
        value = getattr(row, key)
        return str(value or "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks sort in SQL: the same query, another ORDER BY."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column][0]
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

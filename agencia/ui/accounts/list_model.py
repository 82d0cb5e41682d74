"""The accounts list model: the records list over IDs (`IdListModel`) with the accounts'
columns; `search_account_ids` answers a query, `account_rows` a page, and
`account_ids_within` a keystroke, from the list read with nothing typed. Shown first at
start-up with nothing listed, it reads its first page ahead of the IDs
(`services/accounts/first_page.py`, `AheadListModel`): the rows are painted while a
director's 33,334 IDs and the count are still being read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from agencia.domain import tax_ids
from agencia.services.accounts.first_page import first_account_rows, reads_ahead
from agencia.services.accounts.queries import (
    AccountQuery,
    account_rows,
    count_accounts,
    search_account_ids,
)
from agencia.services.accounts.rows import AccountRow
from agencia.services.accounts.within import account_ids_within
from agencia.ui.accounts.labels import status_chip, status_label
from agencia.ui.ops import Operations
from agencia.ui.widgets.ahead_list_model import AheadListModel
from agencia.ui.widgets.id_list_model import ID_ROLE, ROW_ROLE
from agencia.ui.widgets.status_chip import CHIP_ROLE

__all__ = ["COLUMNS", "ID_ROLE", "ROW_ROLE", "STATUS_COLUMN", "AccountListModel"]

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


class AccountListModel(AheadListModel[AccountQuery, AccountRow]):
    ROLES = frozenset(  # what `cell` answers (the others: None at once; speed)
        {
            int(Qt.ItemDataRole.DisplayRole),
            int(Qt.ItemDataRole.ToolTipRole),
            int(Qt.ItemDataRole.AccessibleTextRole),
            CHIP_ROLE,
        }
    )

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(
            ops,
            AccountQuery(),
            search_account_ids,
            account_rows,
            "accounts.list",
            parent,
            first_rows=first_account_rows,
            reads_ahead=reads_ahead,
            search_within=account_ids_within,  # keystrokes narrow the list already read
        )

    def count_visible(self, on_done: Callable[[int], None]) -> None:
        """How many accounts the person may see, filters aside (for the empty state)."""
        self._ops.read(count_accounts, on_done=on_done, key=f"{self._key}.count")

    # -- the columns ----------------------------------------------------------------------
    def column_count(self) -> int:
        return len(COLUMNS)

    def header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AccountListModel", str(COLUMNS[section][1]))
        return None

    def sort_key(self, column: int) -> str | None:
        return COLUMNS[column][0]

    def cell(self, row: AccountRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, column)
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == CHIP_ROLE and column == STATUS_COLUMN:
            return status_chip(row.status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column)
        return None

    @staticmethod
    def _text(row: AccountRow, column: int) -> str:
        key = COLUMNS[column][0]
        if key == "status":
            return status_label(row.status)
        if key == "tax_id":  # as its country writes it (76.086.428-5); stored bare
            return tax_ids.display(row.country, row.tax_id)
        value = getattr(row, key)
        return str(value or "")

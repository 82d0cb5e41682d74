"""The campaigns list model: the records list over IDs (`IdListModel`) with the campaigns'
columns; `search_campaign_ids` answers a query (search, filters and sort in SQL, the
status in the life's order), `campaign_rows` a page. The brand has no SQL order and is
not sortable. The first page comes with the IDs: a short list shows at once, as it did
when the whole list came in one read (the board still does: `list_campaigns`).

A list shown while nothing is listed yet (the area's first look) asks for its first page
alone too, ahead of the IDs, where that is quicker (`first_page.reads_ahead`: a
director's 16,805 IDs take 60 ms to read, the page a few): the page shows as soon as it
comes, as the list's rows so far (not yet `loaded`, no count), and the IDs, when they
come, take it in as their first page (`AheadListModel`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from agencia.domain.campaign_life import CLOSED
from agencia.services.campaigns.first_page import first_campaign_rows, reads_ahead
from agencia.services.campaigns.queries import CampaignQuery, campaign_rows, search_campaign_ids
from agencia.services.campaigns.views import CampaignRow
from agencia.ui.campaigns.labels import status_chip, status_label
from agencia.ui.formatting import date_text, money
from agencia.ui.ops import Operations
from agencia.ui.widgets.ahead_list_model import AheadListModel
from agencia.ui.widgets.form import ERROR_DARK, ERROR_LIGHT
from agencia.ui.widgets.id_list_model import ID_ROLE, ROW_ROLE
from agencia.ui.widgets.status_chip import CHIP_ROLE

__all__ = ["COLUMNS", "ID_ROLE", "ROW_ROLE", "CampaignListModel", "column_of_sort"]

translate = QCoreApplication.translate

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


class CampaignListModel(AheadListModel[CampaignQuery, CampaignRow]):
    PREFETCH = True
    ROLES = frozenset(  # what `cell` answers (the others: None at once; speed)
        int(role)
        for role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            CHIP_ROLE,
        )
    )

    def __init__(self, ops: Operations, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(
            ops,
            CampaignQuery(),
            search_campaign_ids,
            campaign_rows,
            "campaigns.list",
            parent,
            first_rows=first_campaign_rows,
            reads_ahead=reads_ahead,
        )
        self._locale = locale
        self.today = date.today()

    def _ids_arrived(self, ids: list[int]) -> None:
        self.today = date.today()  # what is overdue changes at midnight
        super()._ids_arrived(ids)

    # -- the columns ----------------------------------------------------------------------
    def column_count(self) -> int:
        return len(COLUMNS)

    def sort_key(self, column: int) -> str | None:
        return COLUMNS[column][1]

    def header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("CampaignListModel", str(COLUMNS[section][2]))
        if role == Qt.ItemDataRole.TextAlignmentRole and section == BUDGET_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is None:
            return translate("CampaignListModel", "Esta columna no se puede ordenar")
        return None

    def cell(self, row: CampaignRow, column: int, role: int) -> Any:
        key = KEYS[column]
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

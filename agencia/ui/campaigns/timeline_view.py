"""The Historia tab: the campaign's life in order — versions, decisions, meetings, moves.

`CampaignDetail.timeline()` gives the entries (oldest first); the view shows the newest
first, as people read a history: date, what happened (an icon per kind), who, the detail.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencia.services.campaigns.views import CampaignDetail, TimelineEntry
from agencia.ui.campaigns.labels import TIMELINE_ICONS, timeline_kind_label
from agencia.ui.formatting import datetime_text
from agencia.ui.resources import icon
from agencia.ui.widgets.elided import ElidedTooltipDelegate
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.table_model import Column, RowsModel

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


def _first_line(text: str) -> str:
    return " ".join(text.split())


class TimelineModel(RowsModel):
    KIND_COLUMN = 1

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        def title(e: TimelineEntry) -> str:
            if e.kind == "created":  # the service names the first status: say what it was
                return translate("TimelineModel", "Alta de la campaña")
            return e.title

        super().__init__(
            [
                Column(translate("TimelineModel", "Fecha"), lambda e: datetime_text(e.at, locale)),
                Column(
                    translate("TimelineModel", "Qué"),
                    title,
                    lambda e: f"{timeline_kind_label(e.kind)}: {title(e)}",
                ),
                Column(translate("TimelineModel", "Quién"), lambda e: e.who),
                Column(
                    translate("TimelineModel", "Detalle"),
                    lambda e: _first_line(e.detail),
                    lambda e: e.detail,
                ),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == self.KIND_COLUMN
        ):
            entry = self.row(index.row())
            if isinstance(entry, TimelineEntry):
                return icon(TIMELINE_ICONS.get(entry.kind, "history"))
        return super().data(index, role)


class TimelineView(QWidget):
    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.model = TimelineModel(locale, self)
        self.table = QTableView(self)
        self.table.setObjectName("timelineTable")
        self.table.setAccessibleName(self.tr("Historia de la campaña"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setItemDelegate(ElidedTooltipDelegate(self.table))
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(self.table.fontMetrics().height() + 12, 28))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        set_widths(header, (150, 340, 170))
        self.empty = EmptyState(
            self.tr("Aún no hay historia"),
            self.tr("Cada versión del brief, propuesta, acta y decisión quedará aquí."),
            icon_name="history",
            parent=self,
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.stack)

    def set_detail(self, detail: CampaignDetail) -> None:
        entries = list(reversed(detail.timeline()))
        self.model.set_rows(entries)
        self.stack.setCurrentWidget(self.table if entries else self.empty)

    def entries(self) -> list[TimelineEntry]:
        return self.model.rows()

"""The Pendientes page: what waits for the person, grouped by kind, overdue first in red."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agencia.services.pending.items import PendingItem
from agencia.ui import style
from agencia.ui.formatting import date_text
from agencia.ui.resources import icon
from agencia.ui.widgets.elided import ElidedTooltipDelegate
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.text import plain_label

translate = QCoreApplication.translate

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the campaign's id (None on a group row)
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the item's kind, or "group"

# The groups, in the order they are shown, and the kinds each holds.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("approvals", ("approve_brief", "approve_proposal")),
    ("client", ("present", "client_decision", "changes")),
    ("meetings", ("send_report", "acknowledgement")),
    ("next_steps", ("next_step",)),
    ("deadlines", ("deadline",)),
)


def group_label(group: str) -> str:
    return {
        "approvals": translate("Pending", "Aprobaciones"),
        "client": translate("Pending", "Presentaciones y decisiones del cliente"),
        "meetings": translate("Pending", "Actas"),
        "next_steps": translate("Pending", "Próximos pasos"),
        "deadlines": translate("Pending", "Fechas límite"),
    }.get(group, group)


def group_of(kind: str) -> str:
    for group, kinds in GROUPS:
        if kind in kinds:
            return group
    return "deadlines"


def item_text(item: PendingItem) -> str:
    """What the person has to do, in a line."""
    t = {
        "approve_brief": translate("Pending", "Aprobar el brief (%1)"),
        "approve_proposal": translate("Pending", "Revisar y aprobar la propuesta"),
        "present": translate("Pending", "Presentar la propuesta al cliente"),
        "client_decision": translate("Pending", "Registrar la decisión del cliente"),
        "changes": translate("Pending", "Preparar los cambios solicitados"),
        "send_report": translate("Pending", "Enviar el acta «%1» al cliente"),
        "acknowledgement": translate("Pending", "Acuse del cliente del acta «%1»"),
        "next_step": "%1",
        "deadline": translate("Pending", "Fecha límite vencida")
        if item.overdue
        else translate("Pending", "Fecha límite próxima"),
    }.get(item.kind, "%1")
    title = item.title
    if item.kind == "approve_brief" and title.lower().startswith("brief "):
        title = title[len("brief ") :]  # "Aprobar el brief (v2)", not "(Brief v2)"
    return t.replace("%1", title)


class PendingTree(QTreeView):
    """Enter opens the campaign under the cursor (a group row folds or unfolds)."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            campaign_id = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
            if campaign_id is not None:
                self.open_requested.emit(int(campaign_id))
            elif index.isValid():
                self.setExpanded(index.siblingAtColumn(0), not self.isExpanded(index))
            return
        super().keyPressEvent(event)


class PendingView(QWidget):
    open_campaign = Signal(int)  # the person chose an item: open its campaign

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingPage")
        self.agency_locale = locale
        self.items: list[PendingItem] = []
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Pendiente"), self.tr("Campaña"), self.tr("Cliente"), self.tr("Fecha")]
        )
        self.summary = plain_label("", self)
        self.summary.setObjectName("pendingSummary")
        self.summary.setProperty("role", "secondary")
        self.tree = PendingTree(self)
        self.tree.setObjectName("pendingTree")
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setItemDelegate(  # the tables' row height; a cut text shows whole in a tip
            ElidedTooltipDelegate(self.tree, row_height=max(self.fontMetrics().height() + 10, 26))
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        set_widths(header, [360, 260, 200, 150])
        self.tree.open_requested.connect(self.open_campaign)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.empty = EmptyState(
            self.tr("Nada pendiente"),
            self.tr(
                "Aquí aparecen las aprobaciones, las presentaciones y decisiones del cliente, "
                "las actas, sus próximos pasos y las fechas límite que esperan de usted."
            ),
            icon_name="inbox",
            parent=self,
        )
        self.empty.setObjectName("pendingEmpty")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        self.stack.setCurrentWidget(self.empty)
        self.summary.hide()

    def set_items(self, items: Sequence[PendingItem]) -> None:
        """Show `items` (already most urgent first) under their groups; the selection stays."""
        current = self.current_key()
        self.items = list(items)
        self.model.removeRows(0, self.model.rowCount())
        error = style.color("error")
        overdue_count = sum(1 for i in items if i.overdue)
        for group, _kinds in GROUPS:
            members = [i for i in items if group_of(i.kind) == group]
            if not members:
                continue
            members.sort(key=lambda i: not i.overdue)  # stable: overdue first, then as given
            heading = QStandardItem(f"{group_label(group)} ({len(members)})")
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setData(None, ID_ROLE)
            heading.setData("group", KIND_ROLE)
            heading.setEditable(False)
            fillers = [QStandardItem() for _ in range(3)]
            for f in fillers:
                f.setEditable(False)
            self.model.appendRow([heading, *fillers])
            for item in members:
                cells = [
                    QStandardItem(item_text(item)),
                    QStandardItem(item.campaign),
                    QStandardItem(item.account),
                    QStandardItem(self.due_text(item)),
                ]
                cells[0].setData(item.campaign_id, ID_ROLE)
                cells[0].setData(item.kind, KIND_ROLE)
                for cell in cells:
                    cell.setEditable(False)
                if item.overdue:
                    for cell in (cells[0], cells[3]):
                        cell.setForeground(error)
                    cells[0].setIcon(icon("warning"))
                heading.appendRow(cells)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.tree.expand(self.model.index(row, 0))
        if items:
            self.stack.setCurrentWidget(self.tree)
            text = (
                self.tr("1 asunto espera de usted")
                if len(items) == 1
                else self.tr("%1 asuntos esperan de usted").replace("%1", str(len(items)))
            )
            if overdue_count:
                text += " · " + (
                    self.tr("1 vencida")
                    if overdue_count == 1
                    else self.tr("%1 vencidas").replace("%1", str(overdue_count))
                )
            self.summary.setText(text)
            self.summary.show()
        else:
            self.stack.setCurrentWidget(self.empty)
            self.summary.hide()
        self._restore(current)

    def due_text(self, item: PendingItem) -> str:
        if item.due is None:
            return ""
        text = date_text(item.due, self.agency_locale)
        if item.overdue:
            return self.tr("Vencida: %1").replace("%1", text)
        return text

    def current_key(self) -> tuple[str, int, str] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        first = index.siblingAtColumn(0)
        campaign_id = first.data(ID_ROLE)
        if campaign_id is None:
            return None
        return (str(first.data(KIND_ROLE)), int(campaign_id), str(first.data()))

    def _restore(self, key: tuple[str, int, str] | None) -> None:
        for group_row in range(self.model.rowCount()):
            group = self.model.index(group_row, 0)
            for n in range(self.model.rowCount(group)):
                index = self.model.index(n, 0, group)
                here = (str(index.data(KIND_ROLE)), int(index.data(ID_ROLE)), str(index.data()))
                if key is None or here == key:
                    self.tree.setCurrentIndex(index)
                    return

    def rows(self) -> list[tuple[str, list[tuple[str, str, str, str]]]]:
        """What the tree shows, group by group (tests and screen readers' checks)."""
        out = []
        for group_row in range(self.model.rowCount()):
            group = self.model.index(group_row, 0)
            children = []
            for n in range(self.model.rowCount(group)):
                children.append(
                    tuple(str(self.model.index(n, c, group).data() or "") for c in range(4))
                )
            out.append((str(group.data()), children))
        return out  # type: ignore[return-value]

    def _double_clicked(self, index: QModelIndex) -> None:
        campaign_id = index.siblingAtColumn(0).data(ID_ROLE)
        if campaign_id is not None:
            self.open_campaign.emit(int(campaign_id))

    def focus_list(self) -> None:
        self.tree.setFocus()

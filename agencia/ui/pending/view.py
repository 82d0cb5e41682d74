"""The Pendientes page: what waits for the person, grouped by urgency (overdue in red,
today, this week, later) with counts, each item opened where its work is or done here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.messages import render
from agencia.services.pending.items import URGENCY, PendingItem, urgency, weight
from agencia.ui import style
from agencia.ui.formatting import date_text
from agencia.ui.pending.actions import action_for
from agencia.ui.resources import icon
from agencia.ui.widgets.elided import ElidedTooltipDelegate
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.text import plain_label

translate = QCoreApplication.translate

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the record's id (None on a group row)
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the item's kind, or the group's name
ITEM_ROLE = int(Qt.ItemDataRole.UserRole) + 3  # the PendingItem itself

# The groups, most urgent first: what is overdue, due today, due this week, and the rest
# (later, or with no date).
GROUPS: tuple[str, ...] = URGENCY
# a «y N más» line's sentence, in the window's language when shown
MORE_TEXT = {
    "approve_brief_more": "pending.briefs_more",
    "approve_proposal_more": "pending.proposals_more",
}


def group_label(group: str) -> str:
    return {
        "overdue": translate("Pending", "Vencidos"),
        "today": translate("Pending", "Hoy"),
        "week": translate("Pending", "Esta semana"),
        "later": translate("Pending", "Más adelante o sin fecha"),
    }.get(group, group)


def group_of(item: PendingItem, today: date) -> str:
    """How urgent the item is: its group."""
    return urgency(item, today)


def item_text(item: PendingItem) -> str:
    """What the person has to do, in a line."""
    if item.kind in MORE_TEXT:
        return render(MORE_TEXT[item.kind], {"n": item.more})
    t = {
        "approve_brief": translate("Pending", "Aprobar el brief (%1)"),
        "approve_proposal": translate("Pending", "Revisar y aprobar la propuesta"),
        "present": translate("Pending", "Presentar la propuesta al cliente"),
        "client_decision": translate("Pending", "Registrar la decisión del cliente"),
        "changes": translate("Pending", "Preparar los cambios solicitados"),
        "send_report": translate("Pending", "Enviar el acta «%1» al cliente"),
        "acknowledgement": translate("Pending", "Acuse del cliente del acta «%1»"),
        "next_step": "%1",
        "task_overdue": translate("Pending", "Tarea vencida: %1"),
        "task_at_risk": translate("Pending", "Tarea en riesgo: %1"),
        "service_request": translate("Pending", "Solicitud: %1"),
        "service_response": translate("Pending", "Responder a la solicitud: %1"),
        "deadline": translate("Pending", "Fecha límite vencida")
        if item.overdue
        else translate("Pending", "Fecha límite próxima"),
    }.get(item.kind, "%1")
    title = item.title
    if item.kind == "approve_brief" and title.lower().startswith("brief "):
        title = title[len("brief ") :]  # "Aprobar el brief (v2)", not "(Brief v2)"
    return t.replace("%1", title)


def action_text(item: PendingItem) -> str:
    """The first column's words for a line whose subject has a column of its own (a
    service request: «Campaña o asunto» holds its subject), or "" for the others, whose
    sentence names what it is about (`item_text`)."""
    if item.kind == "service_response":
        return translate("Pending", "Responder a la solicitud")
    if item.kind == "service_request":
        return (
            translate("Pending", "Solicitud vencida")
            if item.overdue
            else translate("Pending", "Resolver la solicitud")
        )
    return ""


class PendingTree(QTreeView):
    """Enter opens the item under the cursor (a group row folds or unfolds); Ctrl+Enter
    does its action in place."""

    open_requested = Signal()
    act_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid() and index.siblingAtColumn(0).data(ITEM_ROLE) is not None:
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.act_requested.emit()
                else:
                    self.open_requested.emit()
            elif index.isValid():
                self.setExpanded(index.siblingAtColumn(0), not self.isExpanded(index))
            return
        super().keyPressEvent(event)


class PendingView(QWidget):
    open_item = Signal(object)  # the person chose an item: open it where its work is
    act = Signal(object)  # …or asked for its action in place (the PendingItem)

    def __init__(
        self, locale: QLocale, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pendingPage")
        self.agency_locale = locale
        self.today = today  # None: the day it is when the list arrives
        self.items: list[PendingItem] = []
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Pendiente"),
                self.tr("Campaña o asunto"),
                self.tr("Cliente"),
                self.tr("Fecha"),
            ]
        )
        self.summary = plain_label("", self)
        self.summary.setObjectName("pendingSummary")
        self.summary.setProperty("role", "secondary")
        self.open_button = QPushButton(icon("open"), self.tr("Abrir"), self)
        self.open_button.setObjectName("pendingOpen")
        self.open_button.setToolTip(self.tr("Abrir donde está el trabajo (Intro)"))
        self.act_button = QPushButton(self)
        self.act_button.setObjectName("pendingAct")
        self.act_button.setProperty("primary", True)
        self.act_button.setToolTip(self.tr("Hacerlo aquí mismo (Ctrl+Intro)"))
        self.act_button.clicked.connect(self._act)
        self.action_error = plain_label("", self)
        self.action_error.setObjectName("pendingActionError")
        self.action_error.setProperty("role", "error")
        self.action_error.setWordWrap(True)
        self.action_error.hide()
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
        set_widths(header, [360, 220, 180, 150])
        self.tree.open_requested.connect(lambda: self._open(self.tree.currentIndex()))
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentIndex()))
        self.tree.act_requested.connect(self._act)
        self.tree.doubleClicked.connect(self._open)
        self.tree.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.empty = EmptyState(
            self.tr("Nada pendiente"),
            self.tr(
                "Aquí aparecen las aprobaciones, las presentaciones y decisiones del cliente, "
                "las actas, sus próximos pasos, las tareas, las solicitudes y las fechas "
                "límite que esperan de usted."
            ),
            icon_name="inbox",
            parent=self,
        )
        self.empty.setObjectName("pendingEmpty")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.act_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.action_error)
        layout.addWidget(self.stack, 1)
        self.stack.setCurrentWidget(self.empty)
        self.summary.hide()
        self._update_buttons()

    def set_items(self, items: Sequence[PendingItem]) -> None:
        """Show `items` (already most urgent first) under their urgency; the selection stays."""
        current = self.current_key()
        self.items = list(items)
        today = self.today or date.today()
        self.model.removeRows(0, self.model.rowCount())
        error = style.color("error")
        overdue_count = sum(weight(i) for i in items if i.overdue)
        total = sum(weight(i) for i in items)
        for group in GROUPS:
            members = [i for i in items if group_of(i, today) == group]
            if not members:
                continue
            members.sort(key=lambda i: i.more > 0)  # a «y N más» line ends its group
            count = sum(weight(i) for i in members)  # all of them, listed or not
            heading = QStandardItem(f"{group_label(group)} ({count})")
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setData(group, KIND_ROLE)
            heading.setEditable(False)
            if group == "overdue":
                heading.setForeground(error)
            fillers = [QStandardItem() for _ in range(3)]
            for f in fillers:
                f.setEditable(False)
            self.model.appendRow([heading, *fillers])
            for item in members:
                heading.appendRow(self._cells(item, error))
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.tree.expand(self.model.index(row, 0))
        if items:
            self.stack.setCurrentWidget(self.tree)
            text = (
                self.tr("1 asunto espera de usted")
                if total == 1
                else self.tr("%1 asuntos esperan de usted").replace(
                    "%1", self.agency_locale.toString(total)
                )
            )
            if overdue_count:
                text += " · " + (
                    self.tr("1 vencida")
                    if overdue_count == 1
                    else self.tr("%1 vencidas").replace(
                        "%1", self.agency_locale.toString(overdue_count)
                    )
                )
            self.summary.setText(text)
            self.summary.show()
        else:
            self.stack.setCurrentWidget(self.empty)
            self.summary.hide()
        self._restore(current)
        self._update_buttons()

    def _cells(self, item: PendingItem, error: QColor) -> list[QStandardItem]:
        text = action_text(item)
        if text:  # the subject in its column (it was only in the sentence: the column empty)
            about = item.campaign
        else:
            text = item_text(item)
            about = "" if item.campaign and item.campaign in text else item.campaign  # once
        cells = [
            QStandardItem(text),
            QStandardItem(about),
            QStandardItem(item.account),
            QStandardItem(self.due_text(item)),
        ]
        cells[0].setData(item.campaign_id, ID_ROLE)
        cells[0].setData(item.kind, KIND_ROLE)
        cells[0].setData(item, ITEM_ROLE)
        for cell in cells:
            cell.setEditable(False)
        if item.more:  # a «y N más» line: no date of its own, opened on the list
            cells[3].setText("")
            cells[0].setIcon(icon("open"))
        elif item.overdue:
            for cell in (cells[0], cells[3]):
                cell.setForeground(error)
            cells[0].setIcon(icon("warning"))
        return cells

    def due_text(self, item: PendingItem) -> str:
        if item.due is None:
            return ""
        text = date_text(item.due, self.agency_locale)
        if item.overdue:
            return self.tr("Vencida: %1").replace("%1", text)
        return text

    def current_item(self) -> PendingItem | None:
        index = self.tree.currentIndex()
        item = index.siblingAtColumn(0).data(ITEM_ROLE) if index.isValid() else None
        return item if isinstance(item, PendingItem) else None

    def current_key(self) -> tuple[str, int, str] | None:
        item = self.current_item()
        return None if item is None else (item.kind, item.campaign_id, item.title)

    def _restore(self, key: tuple[str, int, str] | None) -> None:
        for group_row in range(self.model.rowCount()):
            group = self.model.index(group_row, 0)
            for n in range(self.model.rowCount(group)):
                index = self.model.index(n, 0, group)
                item = index.data(ITEM_ROLE)
                here = (item.kind, item.campaign_id, item.title)
                if key is None or here == key:
                    self.tree.setCurrentIndex(index)
                    return

    def select(self, kind: str, title: str = "") -> bool:
        """Put the cursor on the first item of `kind` (and `title`, when given)."""
        for group_row in range(self.model.rowCount()):
            group = self.model.index(group_row, 0)
            for n in range(self.model.rowCount(group)):
                item = self.model.index(n, 0, group).data(ITEM_ROLE)
                if item.kind == kind and (not title or item.title == title):
                    self.tree.setCurrentIndex(self.model.index(n, 0, group))
                    return True
        return False

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

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.open_button.setVisible(bool(self.items))  # nothing to open on «Nada pendiente»
        self.open_button.setEnabled(item is not None)
        action = action_for(item) if item is not None else None
        self.act_button.setVisible(action is not None)
        if action is not None:
            self.act_button.setText(action.text)

    def show_error(self, text: str) -> None:
        """Why the action in place was refused (a conflict, a permission): under the bar."""
        self.action_error.setText(text)
        self.action_error.setVisible(bool(text))

    def _open(self, index: QModelIndex) -> None:
        item = index.siblingAtColumn(0).data(ITEM_ROLE) if index.isValid() else None
        if isinstance(item, PendingItem):
            self.open_item.emit(item)

    def _act(self) -> None:
        item = self.current_item()
        if item is not None and action_for(item) is not None:
            self.act.emit(item)

    def focus_list(self) -> None:
        self.tree.setFocus()

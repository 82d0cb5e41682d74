"""The service queue's page: the requests, what is due first on top, each SLA countdown
(to the deadline the queue is ordered by: the resolution's) in colour; the request's
status and its SLA's standing (with its escalation) as chips, colour and words, as the
campaigns list and the board draw theirs; beside it the chosen request and its whole
thread."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.enums import Channel
from agencia.domain.labels import label
from agencia.domain.service_enums import Direction, Priority, RequestKind, RequestStatus
from agencia.ui import settings, style
from agencia.ui.formatting import datetime_text
from agencia.ui.service import clock_text
from agencia.ui.service.sla_chart import SlaChart
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.detail_pane import DetailPane
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.status_chip import CHIP_ROLE, Chip, ChipDelegate
from agencia.ui.widgets.table_model import ROW_ROLE, Column, RowsModel

# the countdown in the scheme's own error / warning / success ink (read at paint time):
# the light scheme's dark red is unreadable on the dark scheme's grey
_COLOURS = {
    clock_text.BREACHED: "error",
    clock_text.WARNING: "warning",
    clock_text.ON_TIME: "success",
}
PANE_KEY = "service/pane_width"  # the request's pane as the person last dragged it
PANE_WIDTH = 260  # the request's pane beside the queue, until the person drags the divider
STATUS = 6  # the request's status, a chip
FLAGS = 8  # «Plazo»: the SLA's standing and the escalation, a chip
# One accent per status: blues while the agency works on it, blue-grey while the client
# holds it, green once resolved, grey when closed, orange when it came back.
STATUS_COLORS: dict[RequestStatus, str] = {
    RequestStatus.NEW: "#6a1b9a",
    RequestStatus.ASSIGNED: "#1565c0",
    RequestStatus.IN_PROGRESS: "#00838f",
    RequestStatus.WAITING_ON_CLIENT: "#546e7a",
    RequestStatus.RESOLVED: "#2e7d32",
    RequestStatus.CLOSED: "#6d6d6d",
    RequestStatus.REOPENED: "#d84315",
}
# the standing's accent: the countdown's red, amber and green; a paused clock in the
# waiting status's blue-grey; a met or missing one grey or brown
STANDING_COLORS: dict[str, str] = {
    clock_text.BREACHED: "#c62828",
    clock_text.WARNING: "#b26a00",
    clock_text.ON_TIME: "#2e7d32",
    clock_text.PAUSED: "#546e7a",
    clock_text.MET: "#6d6d6d",
    clock_text.NO_CLOCK: "#8d6e63",
}
_OPEN = {s.value for s in RequestStatus if s not in (RequestStatus.RESOLVED, RequestStatus.CLOSED)}


def _lines(text: str) -> str:
    """Client text as written: escaped (never markup), each of its lines kept — a
    paragraph of HTML would run a 50-line description together."""
    from html import escape

    return "<br>".join(escape(line) for line in text.splitlines())


def _when(moment: datetime) -> str:
    """A moment on the agency's clock, in the window's way of writing dates
    («22 oct 2026, 17:50»), as every other page writes one."""
    return datetime_text(moment, QLocale())


class QueueModel(RowsModel):
    """The queue's rows; the SLA column coloured by how its clock stands, the status and
    the standing as chips (`CHIP_ROLE`, painted by the house's `ChipDelegate`)."""

    SLA_COLUMN = 0

    def __init__(self, parent: QObject | None = None) -> None:
        self.now = datetime.now(UTC)
        # the standing's words, in the window's language (a new language makes the page,
        # and this model, again)
        self._standings = {
            clock_text.BREACHED: self.tr("Incumplida"),
            clock_text.WARNING: self.tr("En riesgo"),
            clock_text.ON_TIME: self.tr("En plazo"),
            clock_text.PAUSED: self.tr("En pausa"),
            clock_text.MET: self.tr("Cumplida"),
            clock_text.NO_CLOCK: self.tr("Sin plazo"),
        }
        self._escalated = self.tr("Escalada")
        # the few chips a queue shows, made once (each paint asks for every visible one)
        self._chips: dict[tuple[str, str, bool], Chip] = {}
        super().__init__(
            [
                Column(
                    self.tr("SLA"),
                    self._countdown,
                    self._countdown_tip,
                ),
                Column(self.tr("Asunto"), lambda r: r.subject),
                Column(self.tr("Cuenta"), lambda r: r.account),
                Column(self.tr("Canal"), lambda r: label(Channel(r.channel))),
                Column(self.tr("Tipo"), lambda r: label(RequestKind(r.kind))),
                Column(self.tr("Prioridad"), lambda r: label(Priority(r.priority))),
                Column(self.tr("Estado"), lambda r: label(RequestStatus(r.status))),
                Column(self.tr("Responsable"), lambda r: r.assignee),
                Column(self.tr("Plazo"), lambda r: self._standing(r).text),
            ],
            parent,
        )

    def _countdown(self, row: Any) -> str:
        """To the resolution's deadline: the one the queue is ordered by (`queue_at`),
        so that the column reads in order."""
        return clock_text.countdown(row.due, self.now, row.status in _OPEN)

    def _countdown_tip(self, row: Any) -> str:
        """The standing in words (its column gives way in a narrow window) and, while it
        is owed and comes first, the first answer's countdown."""
        parts = [self._countdown(row), self._standing(row).text]
        if row.status in _OPEN and row.next_due is not None and row.next_due != row.due:
            answer = clock_text.countdown(row.next_due, self.now)
            parts.append(self.tr("Primera respuesta: %1").replace("%1", answer))
        return " · ".join(parts)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == self.SLA_COLUMN
        ):
            return self.tr("Tiempo hasta el plazo de resolución: la cola va en ese orden.")
        return super().headerData(section, orientation, role)

    def standing_words(self, row: Any) -> str:
        """The «Plazo» chip's words (the request's pane says them too)."""
        return self._standing(row).text

    @staticmethod
    def status_chip(status: str) -> Chip:
        """A status in the catalogue's words, on its accent."""
        member = RequestStatus(status)
        return Chip(label(member), STATUS_COLORS[member])

    def _standing(self, row: Any) -> Chip:
        """«En plazo», «En riesgo», «Incumplida», «En pausa», «Cumplida» (and «, Escalada»
        once the request climbed the ladder), on the standing's accent."""
        waiting = row.status == RequestStatus.WAITING_ON_CLIENT.value
        found = clock_text.standing(row.due, row.breached, row.status in _OPEN, waiting, self.now)
        key = ("standing", found, bool(row.escalation))
        chip = self._chips.get(key)
        if chip is None:
            words = [self._standings[found]] + ([self._escalated] if row.escalation else [])
            chip = self._chips[key] = Chip(", ".join(words), STANDING_COLORS[found])
        return chip

    def _status(self, status: str) -> Chip:
        key = ("status", status, False)
        chip = self._chips.get(key)
        if chip is None:
            chip = self._chips[key] = self.status_chip(status)
        return chip

    def state_of(self, row: Any) -> str:
        return clock_text.state(row.due, row.breached, row.status in _OPEN, self.now)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == CHIP_ROLE:
            row = self.row(index.row()) if index.isValid() else None
            if row is None:
                return None
            if index.column() == STATUS:
                return self._status(row.status)
            return self._standing(row) if index.column() == FLAGS else None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.SLA_COLUMN
        ):
            token = _COLOURS.get(self.state_of(self.row(index.row())))
            return QBrush(style.color(token)) if token else None
        return super().data(index, role)


class QueueView(QWidget):
    """The queue and the open request. Signals what the person chose."""

    request_chosen = Signal(int)
    breached_only = Signal(bool)
    routing_asked = Signal()  # «Reglas de reparto…» (shown to administrators only)
    campaign_asked = Signal(int)  # turn the open request into a campaign brief
    request_dropped = Signal()  # the chosen request left the queue: nothing is open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(self)
        self.only_breached = QCheckBox(self.tr("Solo incumplidas"))
        self.only_breached.toggled.connect(self.breached_only)
        self.routing_button = QPushButton(self.tr("Reglas de reparto…"))
        self.routing_button.setObjectName("service-routing")
        self.routing_button.clicked.connect(self.routing_asked)
        self.routing_button.hide()
        # the writes' buttons: their actions (request_edits) enable them and say why not
        self.new_button = QPushButton(self.tr("Nueva solicitud…"))
        self.new_button.setObjectName("service-new-request")
        self.move_button = QPushButton(self.tr("Mover a…"))
        self.move_button.setObjectName("service-move-request")
        self.move_button.setEnabled(False)
        self.reassign_button = QPushButton(self.tr("Reasignar…"))
        self.reassign_button.setObjectName("service-reassign-request")
        self.reassign_button.setEnabled(False)
        self.table = QTableView()
        self.table.setObjectName("service-queue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a request; cut text elides, the pane has it
        # the status and the standing as the house's chips; every other cell stays Qt's
        # plain text, painted and measured without Python
        chips = ChipDelegate(self.table)
        for chip_column in (STATUS, FLAGS):
            self.table.setItemDelegateForColumn(chip_column, chips)
        # Every column inside the table: the countdown, the priority, the status chip
        # («Esperando al cliente», never «En progr…») and the standing's whole (a one-word
        # chip cut to «Breach…» says nothing: shown whole, or hidden), the rest elided
        # (whole in their tooltip). The subject gets the room: it and the account elide
        # no narrower than a readable floor, and in a narrow window the type, the channel,
        # the assignee and then the standing hide (the request's pane and the countdown's
        # tooltip say the standing in words); the priority stays: what to take first.
        self.fit = ColumnFit(
            self.table,
            whole=(0, 5, STATUS, FLAGS),
            priority=(0, 1, 2, STATUS, 5, FLAGS, 7, 3, 4),
            floors={1: 200, 2: 110},
        )
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        # an empty queue says why and what to do (`_empty_words`), for the person's post
        self.admin = False  # the controller says: an administrator takes no requests
        self.empty = EmptyState(self.tr("La cola está vacía"), icon_name="service")
        self.empty.setObjectName("service-empty")
        self.empty.action_clicked.connect(self.new_button.click)
        self.empty.hide()
        # nothing chosen: the pane says what goes there rather than stay blank
        self.detail_pane = DetailPane(
            self.tr("Ninguna solicitud elegida"),
            self.tr("Elija una solicitud de la cola para ver su hilo y su estado."),
            icon_name="service",
            text_name="service-request",
        )
        self.detail = self.detail_pane.text
        self.nothing_chosen = self.detail_pane.nothing_chosen
        self.campaign_button = QPushButton(self.tr("Convertir en brief de campaña"))
        self.campaign_button.setObjectName("service-to-campaign")
        self.campaign_button.setEnabled(False)
        self.campaign_button.clicked.connect(self._campaign)
        self._open_id: int | None = None
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.only_breached)
        top.addStretch(1)
        top.addWidget(self.routing_button)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty, 1)
        self.chart = SlaChart()
        column.addWidget(self.chart)
        split = self.splitter = QSplitter()
        right = self.pane = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.detail_pane, 1)
        moves = QHBoxLayout()
        moves.addWidget(self.move_button)
        moves.addWidget(self.reassign_button)
        moves.addStretch(1)
        side.addLayout(moves)
        side.addWidget(self.campaign_button)
        # never narrower than its button's words (in Spanish or English), whatever the window
        right.setMinimumWidth(self.campaign_button.sizeHint().width() + 16)
        self.queue_side = left
        split.addWidget(left)
        split.addWidget(right)
        # the request's pane keeps the width the person gave it (remembered; `PANE_WIDTH`
        # until then) as the window changes, the queue the rest: its columns want it
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        saved = settings.settings().value(PANE_KEY)
        self.pane_width = int(saved) if str(saved).isdigit() else PANE_WIDTH
        split.splitterMoved.connect(self._dragged)
        split.installEventFilter(self)
        self._lay_out_soon = QTimer(self)
        self._lay_out_soon.setSingleShot(True)
        self._lay_out_soon.setInterval(0)
        self._lay_out_soon.timeout.connect(self.lay_out)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._lay_out_soon.start()
        return False

    def lay_out(self) -> None:
        """The pane at the person's width, never narrower than its buttons want."""
        room = self.splitter.width() - self.splitter.handleWidth()
        if room <= 0 or not self.isVisible():
            return
        width = max(self.pane_width, self.pane.minimumWidth())
        width = min(width, room - self.queue_side.minimumSizeHint().width())
        self.splitter.setSizes([room - width, width])

    def _dragged(self, _pos: int, _index: int) -> None:
        """The person's own divider, kept (and saved) for the next time."""
        self.pane_width = self.splitter.sizes()[1]
        settings.settings().setValue(PANE_KEY, self.pane_width)

    def set_rows(self, rows: Sequence[Any], now: datetime | None = None) -> None:
        self.model.now = now or datetime.now(UTC)
        self.model.set_rows(rows)
        self._empty_words()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _empty_words(self) -> None:
        """Why the queue is empty: the filter, the post, or nothing asked for yet."""
        may_log = self.new_button.isEnabled()
        if self.only_breached.isChecked():
            title = self.tr("Ninguna solicitud incumplida")
            body = self.tr(
                "Ninguna solicitud abierta ha pasado su plazo. Quite «Solo "
                "incumplidas» para ver toda la cola."
            )
        elif self.admin:
            title = self.tr("No hay solicitudes de clientes")
            body = self.tr(
                "Las registran y atienden los equipos de cada cuenta; su puesto "
                "no las registra. Con «Reglas de reparto…» decide a quién van."
            )
        elif may_log:
            title = self.tr("La cola está vacía")
            body = self.tr(
                "Cuando un cliente pida algo por teléfono, correo o en persona, "
                "regístrelo con «Nueva solicitud…»: aparecerá aquí con su plazo."
            )
        else:
            title = self.tr("La cola está vacía")
            body = self.tr("Aquí aparecerán las solicitudes de las cuentas que usted puede ver.")
        self.empty.set_texts(title, body)
        may_start = may_log and not self.only_breached.isChecked() and not self.admin
        self.empty.set_action(self.tr("Nueva solicitud…") if may_start else "")

    def select(self, request_id: int) -> None:
        for n, row in enumerate(self.model.rows()):
            if row.id == request_id:
                self.table.selectRow(n)
                return

    def _campaign(self) -> None:
        if self._open_id is not None:
            self.campaign_asked.emit(self._open_id)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is not None:
            self.request_chosen.emit(row.id)
        else:  # the chosen request left the queue (a filter, a reload)
            self._open_id = None
            self.campaign_button.setEnabled(False)
            self.detail_pane.clear()
            self.request_dropped.emit()

    def _times(self, detail: Any) -> str:
        """Received, the first answer (given, or due) and the resolution's due moment."""
        from html import escape

        lines = [self.tr("Recibida: %1").replace("%1", _when(detail.received_at))]
        if detail.first_response_at is not None:
            lines.append(
                self.tr("Primera respuesta: %1").replace("%1", _when(detail.first_response_at))
            )
        elif detail.due_response_at is not None:
            lines.append(
                self.tr("Responder antes del %1").replace("%1", _when(detail.due_response_at))
            )
        if detail.row.due is not None and detail.row.status in _OPEN:
            lines.append(self.tr("Resolver antes del %1").replace("%1", _when(detail.row.due)))
        return "<br>".join(escape(line) for line in lines)

    def show_detail(self, detail: Any) -> None:
        """The request's facts and its thread, oldest first (escaped: client text)."""
        from html import escape

        r = detail.row
        self._open_id = r.id  # «Convertir en brief de campaña»: its rule is RequestEdits'
        parts = [
            f"<h3>{escape(r.subject)}</h3>",
            f"<p>{escape(r.account)} · {escape(label(RequestStatus(r.status)))} · "
            f"{escape(self.model.standing_words(r))} · {escape(r.assignee)}</p>",
            f"<p>{escape(label(RequestKind(r.kind)))} · {escape(label(Priority(r.priority)))} · "
            f"{escape(label(Channel(r.channel)))}</p>",
            f"<p>{self._times(detail)}</p>",
            f"<p>{_lines(detail.description)}</p>",
        ]
        became = [  # what it became, by name (outside the f-string: lupdate reads it)
            self.tr("Campaña: %1").replace("%1", detail.campaign) if detail.campaign else "",
            self.tr("Tarea: %1").replace("%1", detail.task) if detail.task else "",
        ]
        parts += [f"<p>{escape(line)}</p>" for line in became if line]
        if detail.resolution:  # open again: what was said then is not the answer now
            said = (  # outside the f-string: lupdate reads it there
                self.tr("Resolución anterior") if r.status in _OPEN else self.tr("Resolución")
            )
            parts.append(f"<p><b>{escape(said)}:</b> {_lines(detail.resolution)}</p>")
        for item in detail.thread:
            parts.append(
                f"<hr><p><b>{escape(_when(item.occurred_at))}</b> · "
                f"{escape(label(Channel(item.channel)))} · "
                f"{escape(label(Direction(item.direction)))}<br><b>{escape(item.subject)}</b></p>"
                f"<p>{_lines(item.summary)}</p>"
            )
        self.detail_pane.show_html("".join(parts))

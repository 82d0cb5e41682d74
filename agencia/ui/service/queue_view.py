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
    QTimer,
    Signal,
)
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
from agencia.ui import settings
from agencia.ui.formatting import datetime_text
from agencia.ui.service.queue_model import FLAGS, OPEN, STATUS, QueueModel
from agencia.ui.service.sla_chart import SlaChart
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.detail_pane import DetailPane
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.status_chip import ChipDelegate
from agencia.ui.widgets.table_model import ROW_ROLE

PANE_KEY = "service/pane_width"  # the request's pane as the person last dragged it
PANE_WIDTH = 260  # the request's pane beside the queue, until the person drags the divider


def _lines(text: str) -> str:
    """Client text as written: escaped (never markup), each of its lines kept — a
    paragraph of HTML would run a 50-line description together."""
    from html import escape

    return "<br>".join(escape(line) for line in text.splitlines())


def _when(moment: datetime) -> str:
    """A moment on the agency's clock, in the window's way of writing dates
    («22 oct 2026, 17:50»), as every other page writes one."""
    return datetime_text(moment, QLocale())


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
        if detail.row.due is not None and detail.row.status in OPEN:
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
                self.tr("Resolución anterior") if r.status in OPEN else self.tr("Resolución")
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

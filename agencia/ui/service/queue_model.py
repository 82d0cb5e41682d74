"""The service queue's rows: each SLA countdown (to the deadline the queue is ordered by:
the resolution's) in the scheme's ink, the request's status and its SLA's standing (with
its escalation) as chips on their accents — the model apart from the page that shows it
(`queue_view`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from agencia.domain.enums import Channel
from agencia.domain.labels import label
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.ui import style
from agencia.ui.service import clock_text
from agencia.ui.widgets.status_chip import CHIP_ROLE, Chip
from agencia.ui.widgets.table_model import Column, RowsModel

# the countdown in the scheme's own error / warning / success ink (read at paint time):
# the light scheme's dark red is unreadable on the dark scheme's grey
_COLOURS = {
    clock_text.BREACHED: "error",
    clock_text.WARNING: "warning",
    clock_text.ON_TIME: "success",
}
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
# the statuses whose clock runs (the page's request pane asks too)
OPEN = {s.value for s in RequestStatus if s not in (RequestStatus.RESOLVED, RequestStatus.CLOSED)}


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
        return clock_text.countdown(row.due, self.now, row.status in OPEN)

    def _countdown_tip(self, row: Any) -> str:
        """The standing in words (its column gives way in a narrow window) and, while it
        is owed and comes first, the first answer's countdown."""
        parts = [self._countdown(row), self._standing(row).text]
        if row.status in OPEN and row.next_due is not None and row.next_due != row.due:
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
        found = clock_text.standing(row.due, row.breached, row.status in OPEN, waiting, self.now)
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
        return clock_text.state(row.due, row.breached, row.status in OPEN, self.now)

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

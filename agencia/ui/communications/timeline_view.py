"""The account's timeline: everything that happened with one client — requests, contacts,
meeting reports, approvals, campaigns — newest first, narrowed by kind and by person."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.enums import CampaignStatus, Channel, Decision
from agencia.domain.labels import label
from agencia.domain.service_enums import RequestStatus
from agencia.services.communications.timeline import KINDS
from agencia.services.results import Option
from agencia.ui.formatting import datetime_text
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.record_table import RecordTable
from agencia.ui.widgets.table_model import Column, RowsModel

SUBJECT = 2
# The subject elides no narrower than this before the detail hides (the log has it).
SUBJECT_FLOOR = 220

# The kinds whose detail is a code, and the enum that names it in words.
_CODED: dict[str, type[StrEnum]] = {
    "request": RequestStatus,
    "communication": Channel,
    "approval": Decision,
    "campaign": CampaignStatus,
}


def _detail(moment: Any) -> str:
    kind = _CODED.get(moment.kind)
    if kind is None or not moment.detail:
        return str(moment.detail)
    try:
        return label(kind(moment.detail))
    except ValueError:
        return str(moment.detail)


class TimelineView(QWidget):
    """Emits `filter_changed` when the kinds or the person change, `back` to the log."""

    filter_changed = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account_id: int | None = None
        self._kind_words = {
            "request": self.tr("Solicitud"),
            "communication": self.tr("Comunicación"),
            "meeting": self.tr("Acta"),
            "approval": self.tr("Aprobación"),
            "campaign": self.tr("Campaña"),
        }
        self.model = RowsModel(
            [
                Column(
                    self.tr("Fecha"),
                    lambda m: datetime_text(m.at, QLocale()),
                ),
                Column(self.tr("Qué"), lambda m: self._kind_words.get(m.kind, m.kind)),
                Column(self.tr("Asunto"), lambda m: m.title),
                Column(self.tr("Detalle"), _detail),
            ],
            self,
        )
        self.title = QLabel("")
        self.title.setObjectName("timeline-title")
        back = QPushButton(self.tr("Volver al registro"))
        back.clicked.connect(self.back)
        self.kinds: dict[str, QCheckBox] = {}
        bar = QHBoxLayout()
        for kind in KINDS:
            box = QCheckBox(self._kind_words[kind])
            box.setChecked(True)
            box.toggled.connect(self.filter_changed)
            self.kinds[kind] = box
            bar.addWidget(box)
        self.person = QComboBox()
        self.person.addItem(self.tr("Todas las personas"), None)
        self.person.currentIndexChanged.connect(self.filter_changed)
        bar.addStretch(1)
        bar.addWidget(self.person)
        # One line a moment (the house's fixed row height; a cut text whole in its
        # tooltip). The date and the kind whole; the subject takes the room it wants,
        # the detail (a status, a channel: a word or two) what it wants, not the rest.
        self.table = RecordTable()
        self.table.setObjectName("account-timeline")
        self.table.chips_in(())
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        columns = self.table.horizontalHeader()
        columns.setSortIndicatorShown(False)  # newest first, always: no order to choose
        columns.setSectionsClickable(False)
        self.fit = ColumnFit(
            self.table, whole=(0, 1), priority=(0, SUBJECT, 1, 3), floors={SUBJECT: SUBJECT_FLOOR}
        )
        self.empty = QLabel(self.tr("Nada con estos filtros en la cronología de esta cuenta."))
        self.empty.hide()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(back)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def set_people(self, people: Sequence[Option]) -> None:
        for option in people:
            self.person.addItem(option.label, option.id)

    def show_account(self, account_id: int, name: str) -> None:
        self.account_id = account_id
        self.set_title(name)
        self.model.set_rows([])

    def set_title(self, name: str) -> None:
        self.title.setText(self.tr("Cronología de {0}").format(name) if name else "")

    def wanted(self) -> tuple[list[str], int | None]:
        """The kinds ticked and the person chosen (None: anyone)."""
        return [k for k, box in self.kinds.items() if box.isChecked()], self.person.currentData()

    def set_moments(self, moments: Sequence[Any]) -> None:
        self.model.set_rows(moments)
        self.empty.setVisible(not moments)

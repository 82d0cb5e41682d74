"""«Registro de comunicaciones»: every contact with a client, newest first, narrowed by
account, channel, person and dates; the chosen contact's details beside it, with what its
channel confirmed of delivery (courier, certified post, fax, e-mail)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.enums import Channel
from agencia.domain.labels import label
from agencia.domain.service_enums import Delivery, Direction
from agencia.services.communications.browse import LogFilter
from agencia.services.results import Option
from agencia.ui.communications.confirmation_words import (
    CONFIRMER_KEYS,
    confirmation_value,
    confirmation_word,
    confirmed_sentence,
)
from agencia.ui.formatting import date_text, datetime_text
from agencia.ui.widgets.account_picker import AccountPicker
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.detail_pane import DetailPane
from agencia.ui.widgets.doc_widgets import OptionalDateEdit
from agencia.ui.widgets.table_model import ROW_ROLE, Column, RowsModel

ACCOUNT, CHANNEL, SUBJECT, PERSON = 1, 2, 4, 5
# how narrow each may elide before the columns after it in priority hide
FLOORS = {SUBJECT: 200, ACCOUNT: 140, CHANNEL: 100, PERSON: 120}


def _when(row: Any) -> str:
    return datetime_text(row.occurred_at, QLocale())


class LogView(QWidget):
    """Emits `filter_changed` when the person narrows the log, `timeline_asked(account
    id, name)` for the account's timeline, `survey_asked(account id, name)` to send a
    contact of it the satisfaction questionnaire, `chosen` when another contact is
    chosen (or none), `confirm_asked` for «Confirmar entrega…» on the chosen one."""

    filter_changed = Signal()
    timeline_asked = Signal(int, str)
    survey_asked = Signal(int, str)
    log_asked = Signal()  # «Registrar contacto…»
    chosen = Signal()
    confirm_asked = Signal()  # «Confirmar entrega…»

    def __init__(self, ops: Any, find: Callable[..., list[Option]], parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RowsModel(
            [
                Column(self.tr("Fecha"), _when),
                Column(self.tr("Cuenta"), lambda r: r.account),
                Column(self.tr("Canal"), lambda r: label(Channel(r.channel))),
                Column(self.tr("Sentido"), lambda r: label(Direction(r.direction))),
                Column(self.tr("Asunto"), lambda r: r.subject),
                Column(self.tr("Persona"), lambda r: r.staff),
                Column(self.tr("Entrega"), self._delivery),
            ],
            self,
        )
        self.account = AccountPicker(ops, parent=self, find=find)
        self.account.setObjectName("communications-account")
        self.account.choice_changed.connect(self._account_changed)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Todos los canales"), None)
        for channel in Channel:
            self.channel.addItem(label(channel), channel)
        self.person = QComboBox()
        self.person.addItem(self.tr("Todas las personas"), None)
        self.since = self._date_edit(self.tr("Desde: —"))
        self.until = self._date_edit(self.tr("Hasta: —"))
        for combo in (self.channel, self.person):
            combo.currentIndexChanged.connect(self.filter_changed)
        self.timeline_button = QPushButton(self.tr("Cronología de la cuenta"))
        self.timeline_button.setObjectName("communications-timeline")
        self.timeline_button.setEnabled(False)
        self.timeline_button.clicked.connect(self._timeline)
        self.log_button = QPushButton(self.tr("Registrar contacto…"))
        self.log_button.setObjectName("communications-log-contact")
        self.log_button.clicked.connect(self.log_asked)
        self.confirm_button = QPushButton(self.tr("Confirmar entrega…"))
        self.confirm_button.setObjectName("communications-confirm-delivery")
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm_asked)
        self.survey_button = QPushButton(self.tr("Enviar encuesta…"))
        self.survey_button.setObjectName("communications-send-survey")
        self.survey_button.setToolTip(
            self.tr("Enviar por correo la encuesta de satisfacción a un contacto de la cuenta")
        )
        self.survey_button.setEnabled(False)
        self.survey_button.clicked.connect(self.ask_survey)
        self.count = QLabel("")
        self.table = QTableView()
        self.table.setObjectName("communications-log")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a contact; cut text elides, the pane has it
        # the date and the delivery whole; the subject, the account, the channel and the
        # person readable: they elide no narrower than a floor, so that short of room the
        # direction, then the person, then the channel hide (the chosen contact's pane
        # has them) rather than every column being cut down to a few letters
        self.fit = ColumnFit(
            self.table,
            whole=(0, 6),
            priority=(0, SUBJECT, ACCOUNT, 6, CHANNEL, PERSON, 3),
            floors=FLOORS,
        )
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        # nothing chosen: the pane says what goes there rather than stay blank
        self.detail_pane = DetailPane(
            self.tr("Ninguna comunicación elegida"),
            self.tr("Elija una comunicación para verla."),
            icon_name="mail",
            text_name="communication-detail",
        )
        self.detail = self.detail_pane.text
        # a long word (an address, a pasted link) breaks where it must: the pane scrolls
        # down, never sideways
        self.detail.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.nothing_chosen = self.detail_pane.nothing_chosen
        filters = QHBoxLayout()
        filters.addWidget(self.account, 2)
        filters.addWidget(self.channel, 1)
        filters.addWidget(self.person, 1)
        filters.addWidget(self.since)
        filters.addWidget(self.until)
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addStretch(1)
        actions.addWidget(self.log_button)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.survey_button)
        actions.addWidget(self.timeline_button)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail_pane)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(split, 1)

    def _date_edit(self, nothing: str) -> OptionalDateEdit:
        """A day the log is narrowed to, or none; written as every date box writes it."""
        edit = OptionalDateEdit(QLocale(), self)
        edit.setSpecialValueText(nothing)
        edit.dateChanged.connect(self.filter_changed)
        return edit

    def set_people(self, people: Sequence[Option]) -> None:
        for option in people:
            self.person.addItem(option.label, option.id)

    def wanted(self) -> LogFilter:
        """The filter as the bar holds it."""

        return LogFilter(
            account_id=self.account.account_id,
            channel=self.channel.currentData(),
            staff_id=self.person.currentData(),
            since=self.since.date_value(),
            until=self.until.date_value(),
        )

    def set_rows(self, rows: Sequence[Any], limit: int) -> None:
        """The log read again: the contact chosen stays chosen, its details as they are now
        (a delivery just confirmed), or the pane empties when it is no longer listed."""
        before = self.chosen_row()
        self.model.set_rows(rows)
        ids = [row.id for row in rows]
        if before is not None and before.id in ids:
            self.table.selectRow(ids.index(before.id))
        self._chosen(self.table.currentIndex(), QModelIndex())
        more = len(rows) >= limit
        self.count.setText(
            self.tr("Las {0} más recientes").format(len(rows))
            if more
            else self.tr("{0} comunicaciones").format(len(rows))
        )
        self._update_timeline()

    def _account_changed(self) -> None:
        self._update_timeline()
        self.filter_changed.emit()

    def _target(self) -> tuple[int, str] | None:
        if self.account.account_id is not None:
            return self.account.account_id, self.account.text()
        current = self.table.currentIndex()
        row = current.data(ROW_ROLE) if current.isValid() else None
        return (row.account_id, row.account) if row is not None else None

    def _update_timeline(self) -> None:
        self.timeline_button.setEnabled(self._target() is not None)
        self.survey_button.setEnabled(self._target() is not None)

    def target(self) -> tuple[int, str] | None:
        """The account the log is about now: its filter's, else the chosen contact's."""
        return self._target()

    def ask_survey(self) -> None:
        target = self._target()
        if target is not None:
            self.survey_asked.emit(*target)

    def _timeline(self) -> None:
        target = self._target()
        if target is not None:
            self.timeline_asked.emit(*target)

    def _delivery(self, row: Any) -> str:
        if row.delivery == Delivery.NOT_APPLICABLE.value:
            return ""
        return label(Delivery(row.delivery))

    def chosen_row(self) -> Any | None:
        """The contact chosen in the log (None: none)."""
        current = self.table.currentIndex()
        return current.data(ROW_ROLE) if current.isValid() else None

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_timeline()
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is not None:
            self.detail_pane.show_html(self.describe(row))
        else:
            self.detail_pane.clear()
        self.chosen.emit()

    def describe(self, row: Any) -> str:
        """The contact's details (client text escaped), ending with what was said — a
        logged contact's summary, a message's text — as plain text, its lines kept."""
        parts = [
            f"<h3>{escape(row.subject)}</h3>",
            f"<p>{escape(row.account)} · {escape(label(Channel(row.channel)))} · "
            f"{escape(label(Direction(row.direction)))}</p>",
            f"<p>{escape(_when(row))}"
            + (f" ({escape(row.their_zone)})" if row.their_zone else "")
            + "</p>",
        ]
        if row.staff:
            who = self.tr("Persona")
            parts.append(f"<p>{escape(who)}: {escape(row.staff)}</p>")
        if row.delivery != Delivery.NOT_APPLICABLE.value:
            delivery = self.tr("Entrega")
            parts.append(
                f"<p><b>{escape(delivery)}:</b> {escape(label(Delivery(row.delivery)))}</p>"
            )
        kept = dict(row.confirmation)
        failed = row.delivery == Delivery.FAILED.value
        settled = confirmed_sentence(kept, failed, row.staff, QLocale())
        if settled:
            parts.append(f"<p>{escape(settled)}</p>")
        items = "".join(
            f"<li>{escape(confirmation_word(k))}: {escape(confirmation_value(k, v, QLocale()))}"
            "</li>"
            for k, v in row.confirmation
            if k not in CONFIRMER_KEYS
        )
        if items:
            parts.append(f"<ul>{items}</ul>")
        if row.follow_up:
            day = date_text(row.follow_up, QLocale(), short=True)
            follow = self.tr("Seguimiento")
            parts.append(f"<p>{escape(follow)}: {escape(day)}</p>")
        if row.request_id:  # named by its subject, as Pendientes names it
            asked = self.tr("Solicitud: %1").replace(
                "%1", row.request_subject or str(row.request_id)
            )
            parts.append(f"<p>{escape(asked)}</p>")
        if row.summary.strip():  # what was said, or the message: its lines as written
            heading = (
                self.tr("Mensaje") if row.channel == Channel.EMAIL.value else self.tr("Resumen")
            )
            parts.append(
                f"<p><b>{escape(heading)}</b></p>"
                f'<p style="white-space: pre-wrap">{escape(row.summary.strip())}</p>'
            )
        return "".join(parts)

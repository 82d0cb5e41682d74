"""«Confirmar entrega»: a pending delivery settled later — the courier's signature, the
post's receipt, a fax's report that came after the contact was logged.

It asks whether it arrived and what the channel confirmed that is not kept yet (who
signed, the day the carrier delivered it…); who confirms and when are not asked: the
service writes them (the server's clock and session on PostgreSQL). It saves through
`confirm_delivery`, whose refusals land in the form like any other."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from agencia.domain.enums import Channel
from agencia.domain.labels import label
from agencia.domain.service_enums import Delivery, Direction
from agencia.services.communications.confirmation import (
    CONFIRMS,
    DELIVERED_ONLY,
    confirmation_errors,
)
from agencia.services.communications.delivery import confirm_delivery
from agencia.services.communications.log import SETTLED
from agencia.ui.communications.confirmation_words import confirmation_word
from agencia.ui.ops import Operations
from agencia.ui.widgets.doc_widgets import OptionalDateEdit
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import plain_label

# the order the form asks them in: who and what first, then dates and numbers
_ORDER = (
    "signed_by",
    "delivered_at",
    "receipt",
    "carrier",
    "tracking_number",
    "transmission_report",
    "pages",
    "read_receipt",
    "message_id",
)


@dataclass(frozen=True, slots=True)
class Confirmation:
    """What the form holds: the outcome and the channel's fields typed (blank: left out)."""

    communication_id: int
    delivery: Delivery
    given: dict[str, Any] = field(default_factory=dict)


class ConfirmDeliveryDialog(FormDialog):
    """For one pending contact (a row of the log: id, subject, channel, what is kept)."""

    def __init__(self, ops: Operations, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(ops, "", parent)
        self.row_id: int = row.id
        self.setWindowTitle(self.tr("Confirmar entrega: «%1»").replace("%1", row.subject))
        self.setObjectName("confirmDeliveryForm")
        self.save_button.setText(self.tr("Confirmar"))
        channel = Channel(row.channel)
        self.channel = channel
        sent: datetime = row.occurred_at
        self.sent = sent if sent.tzinfo is not None else sent.replace(tzinfo=UTC)
        about = plain_label(
            f"{row.account} · {label(channel)} · {label(Direction(row.direction))}", self
        )
        about.setWordWrap(True)
        self.body.addWidget(about)
        self.form = Form(self)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("confirmOutcome")
        for delivery in SETTLED:
            self.outcome.addItem(label(delivery), delivery)
        self.form.add("delivery", self.tr("Resultado"), self.outcome)
        kept = {key for key, _value in row.confirmation}
        wanted = CONFIRMS.get(channel, frozenset()) - kept
        self.fields: dict[str, QWidget] = {}
        for key in sorted(wanted, key=lambda k: _ORDER.index(k) if k in _ORDER else 99):
            editor = self._date_edit() if key == "delivered_at" else QLineEdit(self)
            editor.setObjectName(f"confirm-{key}")
            self.fields[key] = editor
            words = self.tr("Fecha de entrega") if key == "delivered_at" else None
            self.form.add(key, words or confirmation_word(key), editor)
            if isinstance(editor, OptionalDateEdit):  # the house watches no date box: this one asks
                editor.dateChanged.connect(lambda *_a, name=key: self._date_touched(name))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.body.addWidget(self.form)
        who = plain_label(self.tr("Quedará anotado que la confirma usted, ahora."), self)
        who.setObjectName("confirmWho")
        who.setWordWrap(True)
        self.body.addWidget(who)
        self.add_form(self.form)
        self._outcome_changed()
        resize_within_screen(self, 480, 280)
        self.outcome.setFocus()

    def _date_edit(self) -> OptionalDateEdit:
        """The carrier's day, or none (a blank date is left out), written as every date."""
        edit = OptionalDateEdit(QLocale(), self)
        edit.setMaximumDate(QDate.currentDate())  # a carrier's day is never ahead of today
        edit.setSpecialValueText(self.tr("—"))
        return edit

    def _date_touched(self, name: str) -> None:
        self.form.touched.add(name)
        self.revalidate()

    def _outcome_changed(self, *_args: object) -> None:
        """Only what makes sense for the outcome is asked: nobody signed for, or took on
        some day, what never arrived (explore10 L6)."""
        failed = not self._delivered()
        for key in self.fields:
            if key in DELIVERED_ONLY:
                self.form.layout_.setRowVisible(self.form.labels[key], not failed)
        self.revalidate()

    def _delivered(self) -> bool:
        return Delivery(self.outcome.currentData()) is not Delivery.FAILED

    def _asked(self, key: str) -> bool:
        return self._delivered() or key not in DELIVERED_ONLY

    def field_errors(self, data: Confirmation) -> dict[str, tuple[str, dict[str, Any]]]:
        """The service's own rules, asked live."""
        return confirmation_errors(self.channel, data.delivery, data.given, self.sent)

    def _draft_key(self) -> tuple[str, str]:
        """One draft per contact (two pending contacts may share a subject)."""
        return f"form.{type(self).__name__}", f"communication {self.row_id}"

    def collect(self) -> Confirmation:
        given: dict[str, Any] = {}
        for key, editor in self.fields.items():
            if not self._asked(key):
                continue
            if isinstance(editor, OptionalDateEdit):
                day = editor.date_value()
                if day is not None:
                    given[key] = day.isoformat()
            elif isinstance(editor, QLineEdit) and editor.text().strip():
                given[key] = editor.text()  # as typed: the service trims it
        return Confirmation(self.row_id, Delivery(self.outcome.currentData()), given)

    def submit(self, data: Confirmation) -> None:
        self.write(confirm_delivery, data.communication_id, data.delivery, data.given)

"""«Confirmar entrega»: a pending delivery settled later — the courier's signature, the
post's receipt, a fax's report that came after the contact was logged.

It asks whether it arrived and what the channel confirmed that is not kept yet (who
signed, the day the carrier delivered it…); who confirms and when are not asked: the
service writes them (the server's clock and session on PostgreSQL). It saves through
`confirm_delivery`, whose refusals land in the form like any other."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from agencia.domain.enums import Channel
from agencia.domain.labels import label
from agencia.domain.service_enums import Delivery, Direction
from agencia.services.communications.delivery import confirm_delivery
from agencia.services.communications.log import CONFIRMS, SETTLED
from agencia.ui.communications.confirmation_words import confirmation_word
from agencia.ui.ops import Operations
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import plain_label

_NO_DATE = QDate(2000, 1, 1)
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
        self.body.addWidget(self.form)
        who = plain_label(self.tr("Quedará anotado que la confirma usted, ahora."), self)
        who.setObjectName("confirmWho")
        who.setWordWrap(True)
        self.body.addWidget(who)
        self.add_form(self.form)
        resize_within_screen(self, 480, 280)
        self.outcome.setFocus()

    def _date_edit(self) -> QDateEdit:
        """The carrier's day, or none (a blank date is left out)."""
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("—"))
        edit.setDate(_NO_DATE)
        return edit

    def _draft_key(self) -> tuple[str, str]:
        """One draft per contact (two pending contacts may share a subject)."""
        return f"form.{type(self).__name__}", f"communication {self.row_id}"

    def collect(self) -> Confirmation:
        given: dict[str, Any] = {}
        for key, editor in self.fields.items():
            if isinstance(editor, QDateEdit):
                day = editor.date()
                if day != _NO_DATE:
                    given[key] = date(day.year(), day.month(), day.day()).isoformat()
            elif isinstance(editor, QLineEdit) and editor.text().strip():
                given[key] = editor.text().strip()
        return Confirmation(self.row_id, Delivery(self.outcome.currentData()), given)

    def submit(self, data: Confirmation) -> None:
        self.write(confirm_delivery, data.communication_id, data.delivery, data.given)

"""«Registrar contacto»: a call, a letter, a visit… put down in the log by hand — the
account and its contact, the channel, whether the client reached us or we them, when it
happened (on the agency's clock), a subject and what was said. It validates as typed
with the service's own `validate_communication` and saves through `log_communication`."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from agencia.domain.enums import Channel
from agencia.domain.labels import label
from agencia.domain.service_enums import Direction
from agencia.services.accounts.contact_options import contacts_of
from agencia.services.accounts.queries import account_options
from agencia.services.communications.log import (
    NewCommunication,
    log_communication,
    validate_communication,
)
from agencia.ui.formatting import local_moment
from agencia.ui.ops import Operations
from agencia.ui.widgets.account_contact_picker import AccountContactPicker
from agencia.ui.widgets.doc_widgets import moment_edit
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen


def agency_now() -> datetime:
    """Now on the agency's clock (what the form shows and the person edits)."""
    return local_moment(datetime.now(UTC))


class LogContactDialog(FormDialog):
    """Opens on the account the log shows (or none); the contact list follows the account."""

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        account: tuple[int, str] | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(self.tr("Registrar contacto"))
        self.setObjectName("logContactForm")
        self.form = Form(self)
        self.picker = AccountContactPicker(ops, self, find=account_options, contacts=contacts_of)
        self.account = self.picker.account
        self.account.setObjectName("logAccount")
        self.contact = self.picker.contact
        self.contact.setObjectName("logContact")
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(label(channel), channel)
        self.channel.setCurrentIndex(self.channel.findData(Channel.PHONE))
        self.direction = QComboBox(self)
        for direction in Direction:
            self.direction.addItem(label(direction), direction)
        now = agency_now()
        self.zone = now.tzinfo
        self.when = moment_edit(QLocale(), self)  # the house's day: «06/12/2026 20:16»
        self.when.setObjectName("logWhen")
        self.when.setDateTime(  # now on the agency's clock, to the minute
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        # a contact has happened: none ahead of the clock (the server takes none either)
        self.when.setMaximumDateTime(self.when.dateTime().addSecs(240))
        self.subject = QLineEdit(self)
        self.subject.setObjectName("logSubject")
        # text that came without a keystroke (a draft given back, a paste) is the
        # person's too: what is wrong with it shows (spaces alone are no subject)
        self.subject.textChanged.connect(self._subject_changed)
        self.summary = QPlainTextEdit(self)
        self.summary.setFixedHeight(110)
        self.summary.setTabChangesFocus(True)
        for name, text, editor in (
            ("account_id", self.tr("Cuenta *"), self.account),
            ("contact_ids", self.tr("Contacto del cliente"), self.contact),
            ("channel", self.tr("Canal"), self.channel),
            ("direction", self.tr("Sentido"), self.direction),
            ("occurred_at", self.tr("Fecha y hora"), self.when),
            ("subject", self.tr("Asunto *"), self.subject),
            ("summary", self.tr("Resumen"), self.summary),
        ):
            self.form.add(name, text, editor)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        self.picker.account_changed.connect(self._account_changed)
        resize_within_screen(self, 560, 540)
        if account is not None:
            self.picker.set_account(*account)  # reads its contacts
            self.subject.setFocus()
        else:
            self._account_changed()
            self.account.setFocus()

    def _account_changed(self) -> None:
        """The form says if no account is chosen (its contacts follow by themselves)."""
        self.set_extra_error("account_id", self.picker.account_error())

    def _subject_changed(self, text: str) -> None:
        if text:
            self.form.touched.add("subject")

    def _moment(self) -> datetime:
        value = self.when.dateTime()
        day, time = value.date(), value.time()
        naive = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return naive.replace(tzinfo=self.zone)

    def collect(self) -> NewCommunication:
        contact = self.picker.contact_id
        return NewCommunication(
            account_id=self.account.account_id or 0,
            channel=Channel(self.channel.currentData()),  # a combo's data comes back as text
            direction=Direction(self.direction.currentData()),
            subject=self.subject.text(),
            summary=self.summary.toPlainText().strip(),
            contact_ids=(contact,) if contact is not None else (),
            occurred_at=self._moment(),
        )

    def field_errors(self, data: NewCommunication) -> FieldErrors:
        return dict(validate_communication(data))

    def submit(self, data: NewCommunication) -> None:
        self.write(log_communication, data)

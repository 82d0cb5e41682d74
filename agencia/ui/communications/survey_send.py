"""«Enviar encuesta de satisfacción»: a contact of the account receives their fillable
questionnaire by e-mail, through the agency's SMTP server; the send is logged as a
communication with the PDF's SHA-256 and the server's delivery confirmation
(`services/communications/questionnaire_mail.py`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.errors import DomainError
from agencia.services.accounts.contact_options import contacts_of
from agencia.services.communications.questionnaire_mail import send_questionnaire
from agencia.services.communications.servers import mail_server
from agencia.services.results import Option
from agencia.services.satisfaction.templates import list_templates
from agencia.ui.ops import Operations
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import WrapLabel


def choices(db: Any, actor: Any, account_id: int) -> tuple[list[Option], list[Option]]:
    """The account's contacts and the surveys in use, for the two lists."""
    surveys = [Option(t.id, t.name) for t in list_templates(db, actor)]
    return contacts_of(db, actor, account_id), surveys


def send(db: Any, actor: Any, template_id: int, contact_id: int) -> int:
    """Through the agency's mail account (its password from the keyring)."""
    server = mail_server(db, actor)
    if server is None:
        raise DomainError("mail.no_account")
    return send_questionnaire(db, actor, server, template_id, contact_id)


class SurveySendDialog(QDialog):
    """Emits `sent(communication id, contact's name)` once the server took the message."""

    sent = Signal(int, str)

    def __init__(
        self, ops: Operations, account_id: int, account: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("surveySend")
        self.setWindowTitle(self.tr("Enviar encuesta a %1").replace("%1", account))
        self.setModal(True)
        self.ops = ops
        self.account_id = account_id
        self.contact = QComboBox()
        self.contact.setObjectName("surveyContact")
        self.survey = QComboBox()
        self.survey.setObjectName("surveyTemplate")
        self.note = WrapLabel(
            self.tr(
                "El contacto recibe el cuestionario en PDF rellenable, en su idioma; el envío "
                "queda en el registro de comunicaciones con su confirmación de entrega."
            )
        )
        self.problem = WrapLabel("")
        self.problem.setObjectName("surveySendProblem")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Contacto"), self.contact)
        form.addRow(self.tr("Encuesta"), self.survey)
        buttons = QDialogButtonBox()
        self.send_button: QPushButton = buttons.addButton(
            self.tr("Enviar"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("surveySendButton")
        self.send_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(buttons)
        resize_within_screen(self, 480, 240)
        ops.read(choices, account_id, on_done=self._fill, on_error=self._failed)

    def _fill(self, answer: tuple[Sequence[Option], Sequence[Option]]) -> None:
        contacts, surveys = answer
        for combo, options in ((self.contact, contacts), (self.survey, surveys)):
            combo.clear()
            for option in options:
                combo.addItem(option.label, option.id)
        self.send_button.setEnabled(bool(contacts) and bool(surveys))
        if not contacts:
            self._say(self.tr("La cuenta no tiene contactos activos."))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def send(self) -> None:
        if not self.send_button.isEnabled():
            return
        self.send_button.setEnabled(False)
        self.send_button.setText(self.tr("Enviando…"))
        self._say("")
        self.ops.write(
            send,
            int(self.survey.currentData()),
            int(self.contact.currentData()),
            on_done=self._sent,
            on_error=self._failed,
        )

    def _sent(self, communication_id: int) -> None:
        self.sent.emit(communication_id, self.contact.currentText())
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.send_button.setText(self.tr("Enviar"))
        self.send_button.setEnabled(self.contact.count() > 0 and self.survey.count() > 0)
        self._say(error_text(error))

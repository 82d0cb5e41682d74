"""«Correo de la agencia»: the IMAP and SMTP servers the service mailbox is read from and
mail is sent through — host, port, security, user — with «Probar conexión», which signs
in to both for real before anyone relies on them.

The password is typed here and goes to the system keyring only (`servers.save_mail_account`);
it is never shown back, never kept in a draft (its editor is outside the form whose
values drafts keep), and left empty it keeps the one the keyring holds."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from agencia.domain.text import fill
from agencia.services.communications.connection import (
    PORT_MAX,
    ConnectionCheck,
    check_connection,
    validate_settings,
)
from agencia.services.communications.servers import MailServer, save_mail_account
from agencia.ui.ops import Operations
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import WrapLabel


def _port(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, PORT_MAX)
    box.setValue(value)
    return box


class MailSettingsDialog(FormDialog):
    """Emits `saved` once the settings (and a new password) are stored."""

    def __init__(
        self, ops: Operations, current: MailServer | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, self.tr("Correo de la agencia"), parent)
        self.setObjectName("mailSettings")
        self.has_password = current is not None
        self.address = QLineEdit()
        self.address.setPlaceholderText("servicio@agencia.es")
        self.username = QLineEdit()
        self.smtp_host = QLineEdit()
        self.smtp_port = _port(587)
        self.imap_host = QLineEdit()
        self.imap_port = _port(993)
        self.security = QComboBox()
        for value, words in (
            ("starttls", self.tr("STARTTLS (puertos 587 y 143)")),
            ("tls", self.tr("SSL/TLS desde el inicio (puertos 465 y 993)")),
            ("none", self.tr("Sin cifrar (solo en la red de la agencia)")),
        ):
            self.security.addItem(words, value)
        self.form = Form(self)
        for name, label, editor in (
            ("address", self.tr("Dirección *"), self.address),
            ("username", self.tr("Usuario *"), self.username),
            ("smtp_host", self.tr("Servidor de salida (SMTP) *"), self.smtp_host),
            ("smtp_port", self.tr("Puerto SMTP"), self.smtp_port),
            ("imap_host", self.tr("Servidor de entrada (IMAP) *"), self.imap_host),
            ("imap_port", self.tr("Puerto IMAP"), self.imap_port),
            ("security", self.tr("Seguridad"), self.security),
        ):
            self.form.add(name, label, editor)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        # outside the form: drafts keep what forms hold, and a password is never kept
        self.password = QLineEdit()
        self.password.setObjectName("mailPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("Guardada en el llavero del sistema: escriba solo para cambiarla")
            if self.has_password
            else self.tr("Se guardará en el llavero del sistema, no en la base de datos")
        )
        secret = QFormLayout()
        secret.addRow(self.tr("Contraseña"), self.password)
        self.body.addLayout(secret)
        self.test_button = QPushButton(self.tr("Probar conexión"))
        self.test_button.setObjectName("mailTest")
        self.test_button.clicked.connect(self.test_connection)
        self.check_label = WrapLabel("")
        self.check_label.setObjectName("mailCheckResult")
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.check_label, 1)
        self.body.addLayout(row)
        if current is not None:
            self._fill(current)
        resize_within_screen(self, 560, 520)
        self.revalidate()

    def _fill(self, server: MailServer) -> None:
        self.address.setText(server.address)
        self.username.setText(server.username)
        self.smtp_host.setText(server.smtp_host)
        self.smtp_port.setValue(server.smtp_port)
        self.imap_host.setText(server.imap_host)
        self.imap_port.setValue(server.imap_port)
        self.security.setCurrentIndex(max(self.security.findData(server.security), 0))

    def collect(self) -> MailServer:
        return MailServer(
            address=self.address.text().strip(),
            username=self.username.text().strip(),
            imap_host=self.imap_host.text().strip(),
            imap_port=self.imap_port.value(),
            smtp_host=self.smtp_host.text().strip(),
            smtp_port=self.smtp_port.value(),
            security=str(self.security.currentData()),
        )

    def typed_password(self) -> str | None:
        """A new password, or None to keep the keyring's."""
        return self.password.text() or None

    def field_errors(self, data: MailServer) -> FieldErrors:
        return dict(validate_settings(data))

    def submit(self, data: MailServer) -> None:
        self.write(save_mail_account, data, self.typed_password())

    # -- «Probar conexión» ------------------------------------------------------------------
    def test_connection(self) -> None:
        if not self.revalidate():
            self.form.reveal_all()
            return
        self.test_button.setEnabled(False)
        self.check_label.setText(self.tr("Probando…"))
        self.ops.read(
            check_connection,
            self.collect(),
            self.typed_password(),
            on_done=self._tested,
            on_error=self._test_failed,
        )

    def _tested(self, check: ConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        ok = self.tr("correcto")
        self.check_label.setText(
            fill(self.tr("SMTP: %1\nIMAP: %2"), check.smtp or ok, check.imap or ok)
        )
        self.check_label.setProperty("ok", check.ok)

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.check_label.setText(error_text(error))

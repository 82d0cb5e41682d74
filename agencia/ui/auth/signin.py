"""Signing in: user and password, checked (argon2) on the writer worker.

A wrong password leaves the dialog open with the reason under the field; Esc cancels
(and the application closes, since nothing can be done without a person).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.ui import settings
from agencia.ui.resources import icon
from agencia.ui.shell.spinner import Spinner
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.text import plain_label

if TYPE_CHECKING:
    from agencia.domain.actor import Actor
    from agencia.ui.ops import Operations

LAST_LOGIN = settings.Setting("auth/last_login", "", str)


def _sign_in(db: Any, _actor: Any, login: str, password: str) -> Actor:
    from agencia.services.auth import sign_in

    return sign_in(db, login, password)


class SignInDialog(QDialog):
    """Emits `signed_in(Actor)` and accepts; `rejected` when the person cancels."""

    signed_in = Signal(object)

    def __init__(
        self,
        ops: Operations,
        agency_name: str = "",
        database: str = "",
        parent: QWidget | None = None,
        *,
        remember_login: bool = True,  # False: «Cambiar de usuario» starts with an empty name
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Iniciar sesión · Agencia"))
        self.setModal(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 32, 32, 24)
        column.setSpacing(16)

        head = QHBoxLayout()
        head.setSpacing(16)
        logo = QLabel(self)
        logo.setPixmap(icon("agencia").pixmap(48, 48))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        title = QLabel(self.tr("Iniciar sesión"), self)
        title.setObjectName("WelcomeTitle")
        titles.addWidget(title)
        self.subtitle = plain_label(agency_name or "Agencia", self)
        self.subtitle.setProperty("role", "secondary")
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        column.addLayout(head)

        self.form = Form(self)
        self.login = QLineEdit(self)
        self.login.setText(str(settings.get(LAST_LOGIN) or "") if remember_login else "")
        self.login.setAccessibleName(self.tr("Usuario"))
        self.form.add("login", self.tr("Usuario"), self.login)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Contraseña"))
        self.form.add("password", self.tr("Contraseña"), self.password)
        column.addWidget(self.form)

        if database:
            where = plain_label(self.tr("Base de datos: %s") % database, self)
            where.setProperty("role", "caption")
            column.addWidget(where)

        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.spinner = Spinner(16, self)
        self.spinner.hide()
        bottom.addWidget(self.spinner)
        self.working = QLabel(self.tr("Comprobando…"), self)
        self.working.setProperty("role", "secondary")
        self.working.hide()
        bottom.addWidget(self.working)
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("Salir"), self)
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.enter_button = QPushButton(self.tr("Entrar"), self)
        self.enter_button.setDefault(True)
        self.buttons.addButton(self.enter_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        column.addLayout(bottom)

        self.login.textChanged.connect(self._changed)
        self.password.textChanged.connect(self._changed)
        self.setMinimumWidth(420)
        self._busy = False
        self.password_dialog: QDialog | None = None  # asked for a new password
        self._changed()
        (self.password if self.login.text() else self.login).setFocus()

    def _changed(self) -> None:
        self.form.set_errors({})
        self.enter_button.setEnabled(
            not self._busy and bool(self.login.text().strip()) and bool(self.password.text())
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.spinner.setVisible(busy)
        self.working.setVisible(busy)
        self.login.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self._changed()

    def submit(self) -> None:
        if self._busy or not self.enter_button.isEnabled():
            return
        self._set_busy(True)
        self.ops.write(
            _sign_in,
            self.login.text().strip(),
            self.password.text(),
            on_done=self._done,
            on_error=self._refused,
        )

    def _done(self, actor: Actor) -> None:
        settings.put(LAST_LOGIN, actor.login)
        self._set_busy(False)
        self.signed_in.emit(actor)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        if getattr(error, "code", "") == "auth.password_change_required":
            self._ask_new_password()
            return
        self.password.clear()
        self.form.set_errors({"password": str(error)})
        self.form.reveal_all()
        self.password.setFocus()

    def _ask_new_password(self) -> None:
        """A reset password: the person chooses their own, then enters with it."""
        from agencia.ui.auth.password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(
            self.ops, self.login.text().strip(), self.password.text(), self
        )
        dialog.changed.connect(self._enter_with)
        dialog.rejected.connect(self.password.clear)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.password_dialog = dialog
        dialog.open()

    def _enter_with(self, password: str) -> None:
        self.password.setText(password)
        self.submit()

    def error_text(self) -> str:
        return self.form.error("password")

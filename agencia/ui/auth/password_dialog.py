"""«Cambiar la contraseña»: asked at sign-in when an administrator has reset the
person's password (the sign-in answers `auth.password_change_required`). The person
proves the password they were given (typed already at sign-in) and chooses their own,
checked as they type against the one password rule; then the sign-in goes on with it.

The change is the people area's (`services/people/sign_ins.change_password`), reached
through its name as the area declarations name things: the sign-in belongs to no area
and imports none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from agencia.domain.messages import render
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.password_fields import PasswordFields
from agencia.ui.widgets.text import plain_label

if TYPE_CHECKING:
    from agencia.ui.ops import Operations

CHANGE_PASSWORD = "agencia.services.people.sign_ins:change_password"


def _change(db: Any, _actor: Any, login: str, current: str, new: str) -> Any:
    from agencia.areas import resolve

    return resolve(CHANGE_PASSWORD)(db, login, current, new)


class ChangePasswordDialog(QDialog):
    """Emits `changed(new_password)` and accepts once the new password is saved."""

    changed = Signal(str)

    def __init__(
        self, ops: Operations, login: str, current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Cambiar la contraseña"))
        self.setModal(True)
        self.ops = ops
        self.login = login
        self.current = current
        self._busy = False
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 24, 24, 16)
        column.setSpacing(16)
        intro = plain_label(
            self.tr(
                "La contraseña de «%1» se ha restablecido. Elija una nueva para entrar: al "
                "menos 10 caracteres, que no sea de las más usadas (una frase de varias "
                "palabras sirve)."
            ).replace("%1", login),
            self,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.form = Form(self)
        self.password = PasswordFields(
            self.form,
            "new_password",
            self.tr("Contraseña nueva"),
            self.tr("Repita la contraseña"),
            self,
        )
        column.addWidget(self.form)
        self.banner = plain_label("", self)
        self.banner.setWordWrap(True)
        self.banner.hide()
        column.addWidget(self.banner)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Cambiar y entrar"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = QPushButton(self.tr("Cancelar"), self)
        cancel.setAutoDefault(False)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.password.first.textChanged.connect(self._revalidate)
        self.password.second.textChanged.connect(self._revalidate)
        self.setMinimumWidth(460)
        self._revalidate()
        self.password.first.setFocus()

    def _revalidate(self) -> bool:
        errors = {k: render(c, p) for k, (c, p) in self.password.errors(self.login).items()}
        self.form.set_errors(errors)
        self.save_button.setEnabled(not errors and not self._busy)
        return not errors

    def submit(self) -> None:
        if self._busy or not self._revalidate():
            self.form.reveal_all()
            return
        self._busy = True
        self.save_button.setEnabled(False)
        self.ops.write(
            _change,
            self.login,
            self.current,
            self.password.value(),
            on_done=self._done,
            on_error=self._refused,
        )

    def _done(self, _result: object) -> None:
        self._busy = False
        self.changed.emit(self.password.value())
        self.accept()

    def _refused(self, error: BaseException) -> None:
        from agencia.domain.errors import ValidationError

        self._busy = False
        if isinstance(error, ValidationError):
            self.form.set_errors({k: render(c, p) for k, (c, p) in error.field_errors.items()})
            self.form.reveal_all()
        else:
            self.banner.setText(str(error))
            self.banner.show()
        self._revalidate()

    def error_text(self) -> str:
        return self.form.error("new_password") or self.banner.text()

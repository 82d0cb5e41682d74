"""The administrator's sign-in dialogs: a new sign-in account for a person, and a new
password that its person must change at their next sign-in (`sign_ins`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import QLineEdit, QWidget

from agencia.domain.errors import ValidationError
from agencia.domain.logins import suggest_login
from agencia.services.people.sign_ins import add_user, check_login, reset_password
from agencia.services.people.views import StaffRow
from agencia.ui.ops import Operations
from agencia.ui.widgets.doc_widgets import secondary
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.password_fields import PasswordFields
from agencia.ui.widgets.screen_fit import resize_within_screen


@dataclass(frozen=True, slots=True)
class NewSignIn:
    login: str
    password: str


def suggested_login(name: str, taken: Iterable[str] = ()) -> str:
    """The house's one login rule (`agencia.domain.logins`): first name and first surname,
    accents folded, free among `taken` — «Carmen Sáez Molina» → carmen.saez."""
    return suggest_login(name, taken)


class NewUserDialog(FormDialog):
    """«Crear usuario de acceso…» for `person`."""

    def __init__(
        self,
        ops: Operations,
        person: StaffRow,
        parent: QWidget | None = None,
        taken: Iterable[str] = (),
    ) -> None:
        """`taken`: the logins already in use, which the suggestion steers clear of."""
        super().__init__(ops, "", parent)
        self.setWindowTitle(self.tr("Usuario de acceso para %1").replace("%1", person.name))
        self.setObjectName("newUserDialog")
        self.person = person
        self.save_button.setText(self.tr("Crear usuario"))
        self.form = Form(self)
        self.login = QLineEdit(suggested_login(person.name, taken), self)
        self.login.setObjectName("loginEdit")
        self.form.add("login", self.tr("Usuario"), self.login)
        self.password = PasswordFields(
            self.form,
            "password",
            self.tr("Contraseña provisional"),
            self.tr("Repita la contraseña"),
            self,
        )
        note = self.tr(
            "Es una contraseña provisional: entréguela a %1 en mano; deberá cambiarla la "
            "primera vez que inicie sesión."
        )
        self.form.add_row("", secondary(note.replace("%1", person.name), self))
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 480, 280)
        self.revalidate()
        self.password.first.setFocus()

    def collect(self) -> NewSignIn:
        return NewSignIn(self.login.text().strip(), self.password.value())

    def field_errors(self, data: NewSignIn) -> FieldErrors:
        errors: FieldErrors = {}
        try:
            check_login(data.login)
        except ValidationError as error:
            errors.update(error.field_errors)
        errors.update(self.password.errors(data.login))
        return errors

    def submit(self, data: NewSignIn) -> None:
        self.write(add_user, data.login, self.person.id, data.password)


class ResetPasswordDialog(FormDialog):
    """«Restablecer contraseña…»: the person must change it at their next sign-in."""

    def __init__(self, ops: Operations, person: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(self.tr("Nueva contraseña para %1").replace("%1", person.login))
        self.setObjectName("resetPasswordDialog")
        self.person = person
        self.save_button.setText(self.tr("Restablecer"))
        self.form = Form(self)
        self.password = PasswordFields(
            self.form,
            "password",
            self.tr("Contraseña provisional"),
            self.tr("Repita la contraseña"),
            self,
        )
        note = self.tr("%1 deberá cambiarla la próxima vez que inicie sesión.")
        self.form.add_row("", secondary(note.replace("%1", person.name), self))
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 480, 240)
        self.revalidate()

    def collect(self) -> str:
        return self.password.value()

    def field_errors(self, data: str) -> FieldErrors:
        return self.password.errors(self.person.login)

    def submit(self, data: str) -> None:
        self.write(reset_password, self.person.login, data)

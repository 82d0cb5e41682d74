"""A new password typed twice, checked as the person types against the one password rule
(`agencia.domain.passwords`: length, common passwords, the login), with the reason under
the field. The administrator's dialogs (new sign-in, reset) and the person's own change
of password share it."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from agencia.domain.passwords import password_problem
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors


class PasswordFields:
    """Two password editors added to `form` under `field` and `field` + "_again"."""

    def __init__(self, form: Form, field: str, label: str, again: str, parent: QWidget) -> None:
        self.field = field
        self.first = QLineEdit(parent)
        self.second = QLineEdit(parent)
        for editor in (self.first, self.second):
            editor.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName(f"{field}Edit")
        self.second.setObjectName(f"{field}AgainEdit")
        form.add(field, label, self.first)
        form.add(f"{field}_again", again, self.second)

    def value(self) -> str:
        return self.first.text()

    def errors(self, login: str = "") -> FieldErrors:
        """What is wrong with the new password (empty: nothing)."""
        errors: FieldErrors = {}
        problem = password_problem(self.first.text(), login)
        if problem is not None:
            errors[self.field] = problem
        elif self.first.text() != self.second.text():
            errors[f"{self.field}_again"] = ("password.mismatch", {})
        return errors

"""Start-up on a shared server whose people connect as themselves (server roles).

The workstation's URL names the server and the database but holds no password, so the
server lets nothing be read before someone signs in: start-up goes straight to the
sign-in dialog, the typed password opens that person's own connection (the schema is
checked then), and only after that is the agency read — through their connection, under
their privileges. A schema this version cannot use, found at that moment, is a refusal
like any other (exit status 3), not a wrong password. Signing out drops the person's
connection again: the next person opens their own.

«Recordarme en este equipo» keeps the password in the system keyring, only when asked
(agencia.services.remembered); at start the last person is then signed in from it without
a question, and a stored password the server refuses (changed elsewhere) leaves the
dialog asking, the box still ticked, so the one typed replaces it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout

from agencia.domain.errors import DatabaseRefused
from agencia.ui.auth.signin import SignInDialog


def _sign_in(db: Any, _actor: Any, login: str, password: str, remember: bool) -> Any:
    from agencia.services.auth import sign_in
    from agencia.services.remembered import after_sign_in

    actor = sign_in(db, login, password)
    after_sign_in(db, login, password, remember)
    return actor


def _remembered(db: Any, _actor: Any, login: str) -> str | None:
    from agencia.services.remembered import remembered_password

    return remembered_password(db, login)


def forget_remembered(db: Any, _actor: Any, login: str) -> bool:
    """Archivo ▸ «Olvidar mi contraseña en este equipo» (on a reader: no database work)."""
    from agencia.services.remembered import forget_password

    return forget_password(db, login)


class ServerSignInDialog(SignInDialog):
    """The sign-in dialog that also opens the database: `refused(DatabaseRefused)` when
    the password was right but the database cannot be used by this version."""

    refused = Signal(object)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.remember = QCheckBox(self.tr("Recordarme en este equipo"), self)
        self.remember.setToolTip(
            self.tr("La contraseña se guarda en el llavero del sistema, no en la base de datos.")
        )
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(column.indexOf(self.form) + 1, self.remember)

    def recall(self) -> None:
        """At start: sign the last person in with the password kept for them, if any."""
        login = self.login.text().strip()
        if login:
            self.ops.read(_remembered, login, on_done=self._recalled, on_error=lambda _e: None)

    def _recalled(self, password: str | None) -> None:
        if not password or self._busy or self.password.text():
            return
        self.remember.setChecked(True)
        self.password.setText(password)
        self.submit()

    def submit(self) -> None:
        if self._busy or not self.enter_button.isEnabled():
            return
        self._set_busy(True)
        self.ops.write(
            _sign_in,
            self.login.text().strip(),
            self.password.text(),
            self.remember.isChecked(),
            on_done=self._done,
            on_error=self._refused,
        )

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, DatabaseRefused) and error.code != "db.unreachable":
            self._set_busy(False)
            self.hide()  # not rejected: that would be "Salir", status 0
            self.refused.emit(error)
            return
        super()._refused(error)


def read_agency(db: Any, _actor: Any) -> Any:
    """The agency, read by the person who just signed in (on the reader worker)."""
    from agencia.services.first_run import get_agency

    return get_agency(db)


def sign_out_of_server(db: Any) -> None:
    """The person's connections are closed; the next sign-in opens someone else's."""
    from agencia.services.auth import leave_server

    leave_server(db)

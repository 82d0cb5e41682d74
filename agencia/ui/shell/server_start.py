"""Start-up on a shared server whose people connect as themselves (server roles).

The workstation's URL names the server and the database but holds no password, so the
server lets nothing be read before someone signs in: start-up goes straight to the
sign-in dialog, the typed password opens that person's own connection (the schema is
checked then), and only after that is the agency read — through their connection, under
their privileges. A schema this version cannot use, found at that moment, is a refusal
like any other (exit status 3), not a wrong password. Signing out drops the person's
connection again: the next person opens their own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal

from agencia.domain.errors import DatabaseRefused
from agencia.ui.auth.signin import SignInDialog


class ServerSignInDialog(SignInDialog):
    """The sign-in dialog that also opens the database: `refused(DatabaseRefused)` when
    the password was right but the database cannot be used by this version."""

    refused = Signal(object)

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

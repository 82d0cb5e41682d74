"""What each process does in the concurrency tests: sign in as one person on the secured
server (their own role, under the server's rules) and edit one account with the services,
the way a workstation does. Run in separate processes (multiprocessing, spawn)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any


def _signed_in(url: str, login: str, password: str) -> tuple[Any, Any]:
    from agencia.db.database import open_database
    from agencia.services import auth

    db = open_database(url)
    return db, auth.sign_in(db, login, password)


def append_notes(
    url: str, login: str, password: str, account_id: int, rounds: int, start: Any, out: Any
) -> None:
    """Add `rounds` marks to the account's notes; a stale save is reloaded and retried
    (what a person does after «Otra persona ha modificado este registro»)."""
    from agencia.domain.errors import Conflict
    from agencia.services.accounts.account_edit import input_from_detail, update_account
    from agencia.services.accounts.queries import get_account

    conflicts = 0
    try:
        db, actor = _signed_in(url, login, password)
        try:
            start.wait(60)
            for n in range(rounds):
                while True:
                    detail = get_account(db, actor, account_id)
                    data = input_from_detail(detail)
                    data = replace(data, notes=f"{data.notes}[{login}:{n}]")
                    try:
                        update_account(db, actor, account_id, data, detail.version)
                        break
                    except Conflict:
                        conflicts += 1
        finally:
            db.close()
    except BaseException as exc:  # the test says what went wrong
        out.put((login, "error", repr(exc)))
        return
    out.put((login, "done", conflicts))


def save_once(url: str, login: str, password: str, account_id: int, loaded: Any, out: Any) -> None:
    """Load the account, wait until the others have loaded the same version, then save."""
    from agencia.domain.errors import DomainError
    from agencia.services.accounts.account_edit import input_from_detail, update_account
    from agencia.services.accounts.queries import get_account

    try:
        db, actor = _signed_in(url, login, password)
        try:
            detail = get_account(db, actor, account_id)
            data = replace(input_from_detail(detail), notes=f"[{login}]")
            loaded.wait(60)
            try:
                update_account(db, actor, account_id, data, detail.version)
            except DomainError as refused:
                out.put((login, refused.code, detail.version))
            else:
                out.put((login, "saved", detail.version))
        finally:
            db.close()
    except BaseException as exc:
        out.put((login, "error", repr(exc)))

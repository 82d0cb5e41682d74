"""Which database a command works on, and who it acts as.

--db (else $AGENCIA_DATABASE_URL, else the user's data folder); --user (on SQLite the
database's only administrator or the demo director by default; on PostgreSQL required,
its password from the keyring, else $AGENCIA_PASSWORD, else one line of standard input).
A new password (`db init`, `user add`, `user reset-password`) is read after it. Nothing
here is imported before a command runs: SQLAlchemy loads only then.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from agencia.cli.words import t
from agencia.domain.errors import DatabaseRefused, DomainError

if TYPE_CHECKING:
    from agencia.db.database import Database
    from agencia.domain.actor import Actor

T = TypeVar("T")


def database_url(args: argparse.Namespace) -> str | None:
    """What --db said, if anything (at either level)."""
    value: str | None = getattr(args, "db", None)
    return value


def open_db(args: argparse.Namespace, *, create: bool = False, read_only: bool = False) -> Database:
    """Open the database; a SQLite file that does not exist is refused unless `create`.
    `read_only` (lists, shows, decks): it opens beside the window, which keeps writing."""
    from agencia.db import urls
    from agencia.db.database import open_database

    url = urls.resolve(database_url(args))
    if not create and url.get_backend_name() == "sqlite":
        from pathlib import Path

        path = Path(url.database or "").expanduser()
        if not path.is_file() or path.stat().st_size == 0:  # a read never creates a database
            raise DatabaseRefused("db.not_found", path=str(path))
    return open_database(url, read_only=read_only)


def acting_user(db: Database, args: argparse.Namespace) -> Actor:
    """Who the command acts as: --user, or on SQLite the one the database implies."""
    from agencia.services import auth

    login: str | None = getattr(args, "user", None)
    if db.is_sqlite:
        if login:
            return auth.actor_for(db, login)
        found = auth.default_login(db)
        if found is None:
            raise DomainError("user.ambiguous" if auth.has_users(db) else "user.none")
        return auth.actor_for(db, found)
    if not login:
        raise DomainError("user.required")
    try:
        return auth.sign_in(db, login, read_password(db, login))
    except DomainError as refused:  # a new or reset password: how to change it here
        if refused.code == "auth.password_change_required":
            raise DomainError("auth.password_change_cli", login=login) from None
        raise


def acting(
    args: argparse.Namespace, work: Callable[[Database, Actor], T], *, read_only: bool = False
) -> T:
    """Open the database, find who acts (`acting_user`), do `work`, close: one command's
    whole visit to the database (`read_only`: one that only reads, beside the window)."""
    db = open_db(args, read_only=read_only)
    try:
        return work(db, acting_user(db, args))
    finally:
        db.close()


def acting_unseen_as_missing(
    args: argparse.Namespace,
    work: Callable[[Database, Actor], T],
    *,
    read_only: bool = False,
    record: str | None = None,
) -> T:
    """`acting`, for a command given an account's or a campaign's ID: one the person may
    not see reads exactly as one that does not exist («No existe la cuenta N», exit 1), so
    that nobody learns from the command line which IDs exist (`services.unseen`). What
    the person does to an account or campaign they see keeps its real reason. A command
    given the ID (`args.id`) of what is on a campaign (a task) names it in `record`
    («task.not_found»): «No existe la tarea N», not the campaign's ID. (A command whose
    account only filters what it lists: `cli.accounts.acting_on_account`.)"""

    def guarded(db: Database, actor: Actor) -> T:
        from agencia.services.unseen import unseen_as_missing

        asked = {"code": record, "id": args.id} if record else {}
        with unseen_as_missing(**asked):
            return work(db, actor)

    return acting(args, guarded, read_only=read_only)


def read_password(db: Database, login: str) -> str:
    """The keyring's password for this server and user, else $AGENCIA_PASSWORD, else one
    line of standard input."""
    import os

    from agencia.services.remembered import remembered_password

    stored = remembered_password(db, login)  # the window's «Recordarme en este equipo»
    if stored:
        return stored
    if os.environ.get("AGENCIA_PASSWORD"):
        return os.environ["AGENCIA_PASSWORD"]
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(t("password", login=login))
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def agency_locale(db: Database) -> str:
    """The agency's locale for money and dates (Babel), Spanish (Spain) until it has one."""
    from agencia.services.first_run import get_agency

    agency = get_agency(db)
    return agency.locale if agency and agency.locale else "es_ES"


def agency_zone(db: Database) -> str:
    """The agency's time zone (an IANA name) for the moments shown; "" is this machine's."""
    from agencia.services.first_run import get_agency

    agency = get_agency(db)
    return agency.time_zone if agency else ""


def new_password(login: str) -> str:
    """A new password for `login`: asked twice on a terminal (they must match), else one
    line of standard input (after the acting person's own, when that is read too)."""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        first = getpass.getpass(t("new_password", login=login))
        if getpass.getpass(t("new_password_again")) != first:
            raise DomainError("password.mismatch")
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    password = line.rstrip("\r\n")
    if not password:
        raise DomainError("password.empty")
    return password

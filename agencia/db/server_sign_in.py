"""Signing in to a server set up with server roles: the connection is the person's.

The workstation's URL names the server and the database, never a password; the password
typed at sign-in opens the person's own connections (their role, checked by the server
with SCRAM), and from then on every query runs under their privileges and row-level
security (`agencia.db.server_security`).
"""

from __future__ import annotations

from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from agencia.db import server_roles
from agencia.db.connection_refusals import too_many_connections
from agencia.db.database import Database, check_schema
from agencia.db.engine import make_engines
from agencia.domain.errors import DatabaseRefused, DomainError


def secured(db: Database) -> bool:
    """Whether `db` is a PostgreSQL database whose people use their own server roles."""
    if db.is_sqlite:
        return False
    if db.needs_sign_in:  # it let nobody in without a password
        return True
    try:
        with db.reader.connect() as connection:
            return server_roles.is_secured(connection)
    except SQLAlchemyError:
        return False


def connect_as(db: Database, login: str, password: str) -> Database:
    """`db`'s server and database as the person; a refused password (or unknown login)
    is `auth.failed`, a disabled role `auth.inactive`."""
    url = server_roles.person_url(db.url, login, password)
    writer, reader = make_engines(url)
    person = Database(url=url, writer=writer, reader=reader)
    try:
        with writer.connect() as connection:
            check_schema(connection)  # not checked yet when the open waited for a password
    except DatabaseRefused:
        person.close()
        raise
    except OperationalError as exc:
        person.close()
        detail = str(getattr(exc, "orig", exc))
        if "not permitted to log in" in detail:
            raise DomainError("auth.inactive") from None
        if "authentication failed" in detail or "password" in detail:
            raise DomainError("auth.failed") from None
        slots = too_many_connections(exc)  # the driver's English, said in the app's words
        if slots is not None:
            raise DatabaseRefused(slots) from None
        first = detail.strip().splitlines()[0] if detail.strip() else type(exc).__name__
        raise DatabaseRefused("db.unreachable", detail=first) from None
    return person


def leave(db: Database) -> None:
    """Sign-out on a workstation that opened without a password: the person's
    connections are closed and `db` waits for the next sign-in (nothing is read until
    then, and nobody goes on with the previous person's privileges)."""
    url = db.url._replace(password=None)  # URL.set() leaves a None unchanged
    writer, reader = make_engines(url)
    db.adopt(url, writer, reader)
    db.needs_sign_in = True


def set_own_password(session: Session, login: str, password: str) -> None:
    """The person's own role gets a new password (any role may change its own)."""
    server_roles.set_password(session.connection(), login, password)

"""Each person's own server role, on a PostgreSQL database set up for it (`db init`).

A sign-in login is a server role of the same name (LOGIN, a SCRAM password, a member of
`agencia_staff`; an administrator also of `agencia_admins`; nobody's has CREATEROLE, which
on PostgreSQL 15 lets its holder make itself a superuser): the server checks the password
and keeps it, and the people services call the hooks below so that adding, disabling or
resetting a sign-in changes the role in the same transaction, through the owner's
SECURITY DEFINER function `agencia_manage_login` (`agencia.db.server_logins`). Passwords never
travel as text in SQL: the SCRAM verifier is computed here (libpq's own routine).
SQLite and databases not set up this way are left alone (every hook then does nothing).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from agencia.db.server_database_access import database_access_sql
from agencia.db.server_security import ADMIN_GROUP, apply
from agencia.db.server_settings import SETTINGS, mark_sql
from agencia.domain.errors import DomainError

# The database's mark, once `db init` set it up: a row of the owner's settings table
# (`server_security.SETTINGS`), readable by every role. A custom database parameter
# (`ALTER DATABASE … SET agencia.server_roles`, the mark before) needs a superuser on
# PostgreSQL 15 and later; databases marked that way are still recognised.
LEGACY_SETTING = "agencia.server_roles"
_RESERVED = {"postgres", "public", "none", "current_user", "session_user", "current_role"}


def is_secured(connection: Connection) -> bool:
    """Whether this database's people connect with their own server roles."""
    if connection.dialect.name != "postgresql":
        return False
    marked = connection.execute(
        text(f"SELECT to_regclass('public.{SETTINGS}') IS NOT NULL")
    ).scalar()
    if (
        marked
        and connection.execute(
            text(f"SELECT 1 FROM {SETTINGS} WHERE name = 'server_roles' AND value = 'on'")
        ).first()
    ):
        return True
    found = connection.execute(
        text(
            "SELECT 1 FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase "
            "WHERE d.datname = current_database() AND s.setrole = 0 "
            "AND :on = ANY(s.setconfig)"
        ),
        {"on": f"{LEGACY_SETTING}=on"},
    ).first()
    return found is not None


def role_exists(connection: Connection, login: str) -> bool:
    return (
        connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first()
        is not None
    )


def check_free(connection: Connection, login: str) -> None:
    """Refuse a login that names a role the server already has (another agency's, a
    system role), or one reserved by PostgreSQL."""
    if login.lower() in _RESERVED or login.lower().startswith(("pg_", "agencia_")):
        raise DomainError("server.login_reserved", login=login)
    if role_exists(connection, login):
        raise DomainError("server.role_exists", login=login)


def _raw(connection: Connection) -> Any:
    """The psycopg connection under `connection`, inside the same transaction."""
    return connection.connection.driver_connection


def _verifier(connection: Connection, login: str, password: str) -> str:
    raw = _raw(connection)
    hashed: bytes = raw.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    return hashed.decode()


def _execute(connection: Connection, template: str, *identifiers: str, literal: str = "") -> None:
    """Run a role command: identifiers quoted, the one literal (a verifier) escaped."""
    from psycopg import sql

    parts: dict[str, Any] = {f"i{n}": sql.Identifier(v) for n, v in enumerate(identifiers)}
    if literal:
        parts["lit"] = sql.Literal(literal)
    _raw(connection).execute(sql.SQL(template).format(**parts))


def _manage(connection: Connection, login: str, verifier: str | None = None) -> None:
    """The owner's `agencia_manage_login` (`agencia.db.server_logins`): the login's role
    made to match its `users` row (and given `verifier` as its password). People's roles,
    administrators' included, have no CREATEROLE: this function is the only way."""
    connection.execute(
        text("SELECT agencia_manage_login(:login, :verifier)"),
        {"login": login, "verifier": verifier},
    )


def create_login(connection: Connection, login: str, password: str, *, admin: bool) -> None:
    """The person's server role, in the caller's transaction, after their `users` row:
    LOGIN, a member of `agencia_staff` (and of `agencia_admins` when their staff row says
    administrator: `admin` is the caller's expectation, the tables decide)."""
    check_free(connection, login)
    _manage(connection, login, _verifier(connection, login, password))


def set_enabled(connection: Connection, login: str, enabled: bool) -> None:
    """LOGIN or NOLOGIN as the tables say (the sign-in and its person both active);
    disabling also ends every session the person has open."""
    if not role_exists(connection, login):
        return
    _manage(connection, login)
    if not enabled:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE usename = :r AND pid <> pg_backend_pid()"
            ),
            {"r": login},
        )


def set_password(connection: Connection, login: str, password: str) -> None:
    """A new password for the role: the person's own (any role may change its own), or
    an administrator's reset (through the owner's function)."""
    verifier = _verifier(connection, login, password)
    me = connection.execute(text("SELECT session_user")).scalar()
    if (
        me == login
        and connection.execute(
            text("SELECT to_regprocedure('agencia_change_own_password(text)') IS NOT NULL")
        ).scalar()
    ):  # the owner's function: also ends a forced change (server_logins)
        connection.execute(text("SELECT agencia_change_own_password(:v)"), {"v": verifier})
    elif me == login:  # a database `db upgrade` has not brought to that yet
        _execute(connection, "ALTER ROLE {i0} PASSWORD {lit}", login, literal=verifier)
    else:
        _manage(connection, login, verifier)


def secure_database(connection: Connection, admin_login: str, admin_password: str) -> None:
    """`db init` on a server: the privileges and policies, the first administrator's
    role, only the people's roles may connect, and no password hash left in a table.
    Run by the owner (a role with CREATEROLE that owns the database, no superuser), in
    the caller's transaction: every step here is one such an owner may take on
    PostgreSQL 15 to 17, and a failure leaves nothing (roles are transactional too)."""
    apply(connection)
    for statement in mark_sql():  # first: the owner's function lists the roles it makes
        connection.execute(text(statement))
    create_login(connection, admin_login, admin_password, admin=True)
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    _execute(connection, "REVOKE CONNECT, TEMPORARY ON DATABASE {i0} FROM PUBLIC", database)
    for statement in database_access_sql():  # its own sign-ins only (server_database_access)
        connection.execute(text(statement))
    connection.execute(text("UPDATE users SET password_hash = ''"))
    # Ending a disabled person's sessions: superusers may, others through this role.
    import psycopg

    savepoint = connection.begin_nested()
    try:
        _execute(connection, "GRANT pg_signal_backend TO {i0}", ADMIN_GROUP)
    except psycopg.Error:  # only a superuser may grant it: then IT does (README)
        savepoint.rollback()
    else:
        savepoint.commit()


def person_url(url: URL, login: str, password: str) -> URL:
    """The workstation's server and database, as the person with their password."""
    return url.set(username=login, password=password)


# --- hooks for the people services: nothing happens unless the database is secured ------


def on_user_added(session: Session, login: str, password: str, *, admin: bool) -> None:
    """A new sign-in: its server role, in the same transaction."""
    session.flush()  # the owner's function reads the users row
    connection = session.connection()
    if is_secured(connection):
        create_login(connection, login, password, admin=admin)


def on_user_active(session: Session, login: str, active: bool) -> None:
    """A sign-in disabled or enabled: so is its role (and its sessions end)."""
    session.flush()
    connection = session.connection()
    if is_secured(connection):
        if active:  # a deactivated person's sign-in stays closed until they are back
            active = bool(
                connection.execute(
                    text(
                        "SELECT s.active FROM users u JOIN staff s ON s.id = u.staff_id "
                        "WHERE u.login = :l"
                    ),
                    {"l": login},
                ).scalar()
            )
        set_enabled(connection, login, active)


def on_password_reset(session: Session, login: str, password: str) -> None:
    """An administrator's reset: the role's password."""
    connection = session.connection()
    if is_secured(connection):
        set_password(connection, login, password)


def set_admin(connection: Connection, login: str, admin: bool) -> None:
    """Someone becomes an administrator (a member of `agencia_admins`) or stops being
    one: the owner's function reads which from their staff row."""
    if role_exists(connection, login):
        _manage(connection, login)


def _logins(session: Session, staff_id: int) -> list[tuple[str, bool]]:
    rows = session.execute(
        text("SELECT login, active FROM users WHERE staff_id = :s"), {"s": staff_id}
    )
    return [(str(login), bool(active)) for login, active in rows]


def on_staff_active(session: Session, staff_id: int, active: bool) -> None:
    """A person deactivated (their sign-in's role NOLOGIN, their sessions ended) or
    brought back (LOGIN again, if their sign-in itself is enabled)."""
    session.flush()
    connection = session.connection()
    if is_secured(connection):
        for login, enabled in _logins(session, staff_id):
            set_enabled(connection, login, active and enabled)


def on_staff_role(session: Session, staff_id: int, admin: bool) -> None:
    """A person's role changed to or from administrator: so does their server role."""
    session.flush()
    connection = session.connection()
    if is_secured(connection):
        for login, _enabled in _logins(session, staff_id):
            set_admin(connection, login, admin)

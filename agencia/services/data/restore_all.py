"""Loading a whole export (`export_all`) into an empty database, SQLite or PostgreSQL: the
way to move from the one-workstation edition to the shared server.

The target must be at this version's schema and hold no rows: a restore never merges.
The export's manifest is checked first (its format, its schema, every stored file's and
every table file's SHA-256: a file damaged, or edited by hand without recomputing its
fingerprint, is refused naming the file). The fingerprints are checksums, not a
signature: whoever rewrites the trail and recomputes them (an approval «decided» by
someone else) is not caught here. What guards the trail is where a restore may go —
into an empty database only (a new SQLite file, or a server database by its owner role),
never into an agency in use, whose trail stays as written — and where the exports are
kept (they hold everyone's data: only the administrator makes one).

Then every table is loaded in one transaction, parents first; each value is checked
against its column before it is written («staff.json, fila 1: …»: its type, a text's
length, a field the table does not have), each row's keys, references and what the
services' validators refuse (an amount's places and sign, a blank name) by
`restore_checks`, naming the column by its label, and any refusal rolls the whole restore
back; onto a SQLite file, through a sibling file renamed at the end (`restore_file`). A
reference that points forward (a person's boss, a group's director) is set once every row
is in. On PostgreSQL the id sequences are moved past the loaded ids.

An export of an earlier build has no table fingerprints: it is restored (a backup must
stay restorable) with a warning that it could not be checked. A PostgreSQL export holds
no passwords (the server's roles kept them): restored into SQLite, nobody can sign in
until the administrator's password is set, and the result says so.

Restored onto PostgreSQL, the database is secured in the same transaction exactly as
`agencia db init` secures one (`server_roles.secure_database`: privileges and row rules,
only its own sign-ins may connect, no password hash left in a table): a database loaded
and left open would let anyone on the server connect and read every person and sign-in,
and its people could not sign in with roles of their own. So a server restore names the
export's administrator who signs in first, with a new password; every other sign-in gets
its own role, with a password nobody knows until the administrator gives one. A login
the server already has (another database's person) refuses the restore: that role would
read this agency as the person the export names.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, Table, and_, func, select, text, update
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.types import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Integer,
    LargeBinary,
    Numeric,
    String,
)

from agencia.db.database import Database
from agencia.domain.column_labels import column_label
from agencia.domain.enums import Role
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.passwords import password_problem
from agencia.services.data.export_all import FORMAT, MANIFEST, TABLE_SUMS, tables
from agencia.services.data.restore_checks import RowChecks

_BATCH = 1000


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore loaded, and what the person must know after it: `unchecked` when
    the export carried no table fingerprints (an earlier build's), and the
    administrators' logins left without a password (a PostgreSQL export into SQLite)."""

    counts: dict[str, int]
    unchecked: bool = False
    no_password: tuple[str, ...] = ()
    # on PostgreSQL: the sign-ins whose roles wait for a password from the administrator
    waiting: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ServerAdmin:
    """On PostgreSQL, the export's administrator who signs in first, and their new
    password (the server keeps it; the export holds none a server could use)."""

    login: str
    password: str = field(repr=False)


def restore_all(
    db: Database, folder: Path, server_admin: ServerAdmin | None = None
) -> dict[str, int]:
    """Load the export in `folder` into `db` (empty); returns the rows per table."""
    return restore_checked(db, folder, server_admin).counts


def restore_checked(
    db: Database, folder: Path, server_admin: ServerAdmin | None = None
) -> Restored:
    """`restore_all`, with what the person must be told after it; onto PostgreSQL,
    secured as `db init` does, `server_admin` signing in first (required there)."""
    manifest = _manifest(folder)
    if not db.is_sqlite and server_admin is None:
        raise DomainError("data.restore_server_admin")
    if not db.is_sqlite and server_admin is not None:
        problem = password_problem(server_admin.password, server_admin.login)
        if problem is not None:  # `db init`'s rule for the first administrator's
            raise ValidationError({"password": problem})
    with db.writer.connect() as connection, connection.begin():
        for table in tables():
            if connection.scalar(select(func.count()).select_from(table)):
                raise DomainError("data.restore_not_empty", table=table.name)
        order = tables()
        later: dict[str, set[str]] = {}  # columns pointing at a table loaded after
        itself: dict[str, set[str]] = {}  # columns pointing at the same table
        for position, table in enumerate(order):
            after = {t.name for t in order[position + 1 :]}
            later[table.name] = {
                fk.parent.name for fk in table.foreign_keys if fk.column.table.name in after
            }
            itself[table.name] = {
                fk.parent.name for fk in table.foreign_keys if fk.column.table is table
            }
        deferred: list[tuple[Table, dict[str, Any], dict[str, Any]]] = []
        counts: dict[str, int] = {}
        checks = RowChecks(order)
        for table in order:
            rows = _load(folder, table)
            counts[table.name] = len(rows)
            if len(rows) != manifest["tables"].get(table.name, 0):
                raise DomainError("data.restore_damaged", file=f"{table.name}.json")
            for start in range(0, len(rows), _BATCH):
                batch = []
                for number, row in enumerate(rows[start : start + _BATCH], start + 1):
                    values = _decoded(folder, table, row, number)
                    held = {k: values[k] for k in later[table.name] if values.get(k) is not None}
                    held.update(_forward(values, table, itself[table.name]))
                    checks.row(table, number, values, set(held))
                    if held:
                        keys = {c.name: values[c.name] for c in table.primary_key.columns}
                        # an update stamps `onupdate` columns (updated_at): keep the export's
                        kept = {c.name: values[c.name] for c in table.columns if c.onupdate}
                        deferred.append((table, keys, {**held, **kept}))
                        values = {**values, **dict.fromkeys(held)}
                    batch.append(values)
                if batch:
                    _execute(connection, table, table.insert(), batch)
        checks.finish()
        for table, keys, held in deferred:
            where = [table.c[k] == v for k, v in keys.items()]
            _execute(connection, table, update(table).where(*where).values(**held))
        if connection.dialect.name == "postgresql":
            assert server_admin is not None
            _move_sequences(connection)
            waiting = _secure(connection, server_admin)
            return Restored(counts, TABLE_SUMS not in manifest, waiting=waiting)
        return Restored(counts, TABLE_SUMS not in manifest, _without_password(connection))


def _execute(connection: Connection, table: Table, statement: Any, rows: Any = None) -> None:
    """What the database itself refuses (a reference to a missing row, a repeated key)
    names the file; the transaction, and so the whole restore, is rolled back."""
    try:
        connection.execute(statement, rows)
    except StatementError as error:
        detail = str(getattr(error, "orig", None) or error).splitlines()[0][:160]
        raise DomainError(
            "data.restore_refused", file=f"{table.name}.json", detail=detail
        ) from None


def _secure(connection: Connection, admin: ServerAdmin) -> tuple[str, ...]:
    """`db init`'s hardening of the restored rows, in the restore's transaction: the
    administrator's role with their new password, then every other sign-in's role (with
    a random password: theirs comes from the administrator); the sign-ins waiting."""
    import psycopg

    from agencia.db import server_roles
    from agencia.domain.models import Staff, User

    login = admin.login.strip()
    people = connection.execute(
        select(User.login, Staff.role == Role.ADMINISTRATOR, and_(User.active, Staff.active))
        .join(Staff, Staff.id == User.staff_id)
        .order_by(User.id)
    ).all()
    if not any(who == login and is_admin and active for who, is_admin, active in people):
        raise DomainError("data.restore_admin_unknown", login=login)
    for who, _is_admin, _active in people:  # before any role: the refusal names the login
        server_roles.check_free(connection, who)
    try:
        server_roles.secure_database(connection, login, admin.password)
        for who, is_admin, _active in people:
            if who != login:
                server_roles.create_login(
                    connection, who, secrets.token_urlsafe(32), admin=bool(is_admin)
                )
    except (DBAPIError, psycopg.Error) as error:
        detail = str(getattr(error, "orig", None) or error).splitlines()[0][:160]
        raise DomainError("data.restore_refused", file="users.json", detail=detail) from None
    return tuple(who for who, _is_admin, _active in people if who != login)


def _without_password(connection: Connection) -> tuple[str, ...]:
    """The active administrators with no password hash (a server export's users)."""
    from agencia.domain.models import Staff, User

    found = connection.execute(
        select(User.login)
        .join(Staff, Staff.id == User.staff_id)
        .where(User.password_hash == "", User.active.is_(True), Staff.role == Role.ADMINISTRATOR)
        .order_by(User.id)
    )
    return tuple(found.scalars())


def _forward(values: dict[str, Any], table: Table, columns: set[str]) -> dict[str, Any]:
    """References to a row of the same table not loaded yet (rows load in id order: a
    boss added after their report); earlier ones are set at once (an approval's
    `supersedes_id`, which the trail never updates)."""
    keys = list(table.primary_key.columns)
    own = values.get(keys[0].name) if len(keys) == 1 else None
    return {
        k: values[k]
        for k in columns
        if values.get(k) is not None and (own is None or values[k] >= own)
    }


def _manifest(folder: Path) -> dict[str, Any]:
    try:
        manifest: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise DomainError("data.restore_no_manifest", path=str(folder)) from None
    from agencia.db.migrate import head

    if manifest.get("format") != FORMAT or manifest.get("schema") != head():
        raise DomainError(
            "data.restore_other_version", schema=str(manifest.get("schema")), ours=head()
        )
    for relative, digest in manifest.get("files", {}).items():
        path = folder / relative
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            raise DomainError("data.restore_damaged", file=relative)
    sums = manifest.get(TABLE_SUMS)
    if sums is not None:
        for table in tables():
            name = f"{table.name}.json"
            path = folder / name
            if not path.is_file():
                raise DomainError("data.restore_damaged", file=name)
            if hashlib.sha256(path.read_bytes()).hexdigest() != sums.get(name):
                raise DomainError("data.restore_changed", file=name)
    return manifest


def _load(folder: Path, table: Table) -> list[dict[str, Any]]:
    path = folder / f"{table.name}.json"
    try:
        rows: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise DomainError("data.restore_damaged", file=path.name) from None
    return rows


def _decoded(folder: Path, table: Table, row: Any, number: int) -> dict[str, Any]:
    """A row's values as the columns take them; one that does not fit is refused naming
    the file, the row (the first is 1) and the column."""
    if not isinstance(row, dict):
        raise DomainError("data.restore_damaged", file=f"{table.name}.json")
    unknown = sorted(row.keys() - table.columns.keys())
    if unknown:  # an edited file: a value no column would keep, dropped without a word
        raise DomainError(
            "data.restore_unknown_column", file=f"{table.name}.json", row=number, column=unknown[0]
        )
    values: dict[str, Any] = {}
    for column in table.columns:
        value = row.get(column.name)
        most = _passed(column, value)
        if most is not None:
            raise DomainError(
                "data.restore_too_long",
                file=f"{table.name}.json",
                row=number,
                column=column_label(column.name),
                length=len(str(value)),
                most=most,
            )
        try:
            values[column.name] = _value(folder, column, value)
        except (ValueError, TypeError, KeyError, ArithmeticError, OSError):
            raise _bad(table, number, column, value) from None
    return values


def _passed(column: Column[Any], value: Any) -> int | None:
    """The length a text passes (SQLite would keep it whole, PostgreSQL refuse it), or
    None; an enum's codes are checked as codes (`_fits`)."""
    kind = column.type
    if not isinstance(kind, String) or isinstance(kind, Enum) or not isinstance(value, str):
        return None
    most = kind.length
    return most if most and len(value) > most else None


def _value(folder: Path, column: Column[Any], value: Any) -> Any:
    kind = column.type
    if value is None:
        if not column.nullable and column.default is None and column.server_default is None:
            raise ValueError(column.name)
        return None
    if isinstance(kind, LargeBinary):
        return (folder / str(value["file"])).read_bytes()
    if isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Numeric) and isinstance(value, str | int | float):
        if isinstance(value, bool):
            raise ValueError(value)
        return Decimal(str(value))  # its places and range: `restore_checks._ruled`
    if not _fits(kind, value):
        raise ValueError(value)
    return value


def _fits(kind: Any, value: Any) -> bool:
    """A code among the enum's, a true/false, a whole number, a text within its length."""
    if isinstance(kind, Enum):
        return value in kind.enums
    if isinstance(kind, Boolean):
        return isinstance(value, bool)
    if isinstance(kind, Integer):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(kind, String) and not isinstance(kind, JSON):
        # a NUL: PostgreSQL refuses it in any text, SQLite would cut what is read back
        return isinstance(value, str) and "\x00" not in value
    return True


def _bad(table: Table, number: int, column: Column[Any], value: Any) -> DomainError:
    shown = str(value)
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    return DomainError(
        "data.restore_bad_value",
        file=f"{table.name}.json",
        row=number,
        column=column_label(column.name),
        value=shown,
    )


def _move_sequences(connection: Connection) -> None:
    for table in tables():
        for column in table.primary_key.columns:
            if column.autoincrement is True or (
                column.autoincrement == "auto" and len(table.primary_key.columns) == 1
            ):
                connection.execute(
                    text(
                        "SELECT setval(pg_get_serial_sequence(:t, :c), "
                        f'COALESCE((SELECT MAX("{column.name}") FROM "{table.name}"), 0) + 1, '
                        "false)"
                    ),
                    {"t": table.name, "c": column.name},
                )

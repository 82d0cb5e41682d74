"""The whole database as files people can keep, read and move: one JSON file per table,
every stored file (logos, documents) beside them with its SHA-256, and a manifest with
the schema version, the counts and every table file's SHA-256 (a damaged file, or one
edited by hand without recomputing its fingerprint, is refused by `restore_all`, naming
the file: checksums, not a signature — see `restore_all`).

Exporting the same content gives the same bytes, whichever database holds it (rows in
primary-key order, keys sorted, values written one way: dates and moments in ISO 8601,
amounts as text, enums as their codes), so an export restored elsewhere and exported
again can be compared file by file. `restore_all` loads it into an empty database.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, select

from agencia.db import metadata as _every_table  # noqa: F401  (every table, exported)
from agencia.db import staged
from agencia.db.database import Database
from agencia.domain.actor import Actor
from agencia.domain.errors import DomainError, PermissionDenied
from agencia.domain.models import Base
from agencia.services.files import write_atomically

FORMAT = 1
MANIFEST = "manifest.json"
FILES = "files"
PARTIAL = staged.PARTIAL  # the ending of an export being written (a hidden sibling folder)
TABLE_SUMS = "tables_sha256"  # the manifest's {"staff.json": SHA-256} (older exports lack it)


def tables() -> list[Table]:
    """Every table, parents before children."""
    return list(Base.metadata.sorted_tables)


def dumps(value: Any) -> bytes:
    """JSON written one way: sorted keys, UTF-8, a final newline."""
    return (json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def encode(value: Any) -> Any:
    """A column's value as JSON holds it (bytes are the caller's: they become files)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def export_all(db: Database, actor: Actor, folder: Path) -> dict[str, int]:
    """Write the database to `folder`; returns the count of rows per table. An
    administrator's: it holds everyone's data.

    All or nothing: the files go to a hidden sibling folder renamed to `folder` at the end
    (an earlier export there is replaced; a folder holding anything else is refused), so a
    full disk or a process killed midway never leaves a half-written export under the
    name chosen; a failure removes what was written."""
    if not actor.is_admin:
        raise PermissionDenied("data.export_admin_only")
    folder = Path(folder).expanduser().absolute()
    _check_target(folder)
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        # a hidden sibling; the ones a killed export left there are removed (`staged`)
        partial = staged.new_folder(folder)
    except OSError as error:
        raise _failed(folder, error) from error
    try:
        _set_folder_mode(partial)
        with staged.holding(partial):
            counts = _write(db, partial)
        _put_in_place(partial, folder)
    except OSError as error:
        shutil.rmtree(partial, ignore_errors=True)
        raise _failed(folder, error) from error
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return counts


def _write(db: Database, folder: Path) -> dict[str, int]:
    from agencia.db.migrate import head

    counts: dict[str, int] = {}
    files: dict[str, str] = {}
    sums: dict[str, str] = {}
    with db.reader.connect() as connection, connection.begin():
        if connection.dialect.name == "postgresql":
            # between two tables the stored files are written to disk, which a slow drive
            # can keep at longer than people's roles let a transaction idle (server_logins)
            connection.exec_driver_sql("SET LOCAL idle_in_transaction_session_timeout = 0")
        for table in tables():
            rows = _rows(connection, table, folder, files)
            counts[table.name] = len(rows)
            data = dumps(rows)
            write_atomically(folder / f"{table.name}.json", data)
            sums[f"{table.name}.json"] = hashlib.sha256(data).hexdigest()
    manifest = {
        "format": FORMAT,
        "schema": head(),
        "tables": counts,
        "files": files,
        TABLE_SUMS: sums,
    }
    write_atomically(folder / MANIFEST, dumps(manifest))
    return counts


def _check_target(folder: Path) -> None:
    """Refuse, before writing anything, a target that is a file or a folder holding
    something other than an earlier export (replacing it would delete someone's files)."""
    if not folder.exists():
        return
    if not folder.is_dir() or (any(folder.iterdir()) and not (folder / MANIFEST).is_file()):
        raise DomainError("data.export_folder_taken", path=str(folder))


def _put_in_place(partial: Path, folder: Path) -> None:
    """Rename the finished export to `folder`; an earlier export there goes aside first
    and is removed once the new one is in place."""
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    if not folder.exists():
        os.replace(partial, folder)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".old", dir=folder.parent))
    old.rmdir()
    os.replace(folder, old)
    try:
        os.replace(partial, folder)
    except OSError:
        os.replace(old, folder)  # the earlier export back where it was
        raise
    shutil.rmtree(old, ignore_errors=True)


def _set_folder_mode(folder: Path) -> None:
    """mkdtemp makes a private folder (0700): give it what a plain mkdir would."""
    if os.name == "posix":
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(folder, 0o777 & ~umask)


def _failed(folder: Path, error: OSError) -> DomainError:
    return DomainError("data.export_failed", path=str(folder), detail=error.strerror or str(error))


def _rows(
    connection: Connection, table: Table, folder: Path, files: dict[str, str]
) -> list[dict[str, Any]]:
    order = list(table.primary_key.columns) or list(table.columns)
    found = []
    for row in connection.execute(select(table).order_by(*order)).mappings():
        record: dict[str, Any] = {}
        for name, value in row.items():
            if isinstance(value, bytes | memoryview):
                record[name] = _file(bytes(value), table, row, name, folder, files)
            else:
                record[name] = encode(value)
        found.append(record)
    return found


def _file(
    data: bytes, table: Table, row: Any, column: str, folder: Path, files: dict[str, str]
) -> dict[str, str]:
    key = "-".join(str(row[c.name]) for c in table.primary_key.columns)
    relative = f"{FILES}/{table.name}/{key}.{column}"
    target = folder / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, data)
    digest = hashlib.sha256(data).hexdigest()
    files[relative] = digest
    return {"file": relative, "sha256": digest}

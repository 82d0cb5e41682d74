"""Loading a whole export (`export_all`) into an empty database, SQLite or PostgreSQL: the
way to move from the one-workstation edition to the shared server.

The target must be at this version's schema and hold no rows: a restore never merges.
The export's manifest is checked first (its format, its schema, every file's SHA-256),
then every table is loaded in one transaction, parents first; a reference that points
forward (a person's boss, a group's director) is set once every row is in. On
PostgreSQL the id sequences are moved past the loaded ids.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, select, text, update
from sqlalchemy.types import Date, DateTime, LargeBinary, Numeric

from agencia.db.database import Database
from agencia.domain.errors import DomainError
from agencia.services.data.export_all import FORMAT, MANIFEST, tables

_BATCH = 1000


def restore_all(db: Database, folder: Path) -> dict[str, int]:
    """Load the export in `folder` into `db` (empty); returns the rows per table."""
    manifest = _manifest(folder)
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
        for table in order:
            rows = _load(folder, table)
            counts[table.name] = len(rows)
            if len(rows) != manifest["tables"].get(table.name, 0):
                raise DomainError("data.restore_damaged", file=f"{table.name}.json")
            for start in range(0, len(rows), _BATCH):
                batch = []
                for row in rows[start : start + _BATCH]:
                    values = _decoded(folder, table, row)
                    held = {k: values[k] for k in later[table.name] if values.get(k) is not None}
                    held.update(_forward(values, table, itself[table.name]))
                    if held:
                        keys = {c.name: values[c.name] for c in table.primary_key.columns}
                        # an update stamps `onupdate` columns (updated_at): keep the export's
                        kept = {c.name: values[c.name] for c in table.columns if c.onupdate}
                        deferred.append((table, keys, {**held, **kept}))
                        values = {**values, **dict.fromkeys(held)}
                    batch.append(values)
                if batch:
                    connection.execute(table.insert(), batch)
        for table, keys, held in deferred:
            where = [table.c[k] == v for k, v in keys.items()]
            connection.execute(update(table).where(*where).values(**held))
        if connection.dialect.name == "postgresql":
            _move_sequences(connection)
    return counts


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
    return manifest


def _load(folder: Path, table: Table) -> list[dict[str, Any]]:
    path = folder / f"{table.name}.json"
    try:
        rows: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise DomainError("data.restore_damaged", file=path.name) from None
    return rows


def _decoded(folder: Path, table: Table, row: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in table.columns:
        value = row.get(column.name)
        kind = column.type
        if value is None:
            values[column.name] = None
        elif isinstance(kind, LargeBinary):
            values[column.name] = (folder / value["file"]).read_bytes()
        elif isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime):
            values[column.name] = datetime.fromisoformat(value)
        elif isinstance(kind, Date):
            values[column.name] = date.fromisoformat(value)
        elif isinstance(kind, Numeric) and isinstance(value, str):
            values[column.name] = Decimal(value)
        else:
            values[column.name] = value
    return values


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

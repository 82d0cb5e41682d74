"""The demo's rows straight to the driver read back exactly like a Core insert's, on both
databases (on PostgreSQL it is the Core insert): enums, moments in UTC, JSON, decimals,
and the columns left out filled with their defaults in Python; rows of unlike shape fall
back to the Core insert."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, cast

import pytest
from sqlalchemy import Table, insert, text
from sqlalchemy.exc import StatementError

from agencia.db.database import Database
from agencia.db.driver_rows import _converted, insert_rows, insert_tuples
from agencia.domain.enums import AccountStatus, AuditAction
from agencia.domain.models import Account, AuditEvent

ACCOUNTS = cast(Table, Account.__table__)
TRAIL = cast(Table, AuditEvent.__table__)


def _accounts(first: int) -> list[dict[str, Any]]:
    at = datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=UTC)
    return [
        {
            "id": first + n,
            "trade_name": f"Conservas Núñez {n}",
            "name_key": f"conservas nunez {n}",
            "search_text": "conservas nunez",
            "status": AccountStatus.PROSPECT if n else AccountStatus.ACTIVE,
            "created_at": at,
            "updated_at": at,
        }
        for n in range(3)
    ]


def _trail(first: int) -> list[dict[str, Any]]:
    return [
        {
            "at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
            "entity": "account",
            "entity_id": first + n,
            "account_id": first + n,
            "action": AuditAction.CREATE,
            "changes": {"trade_name": [None, f"Ñandú {n}"], "budget": [None, str(Decimal("1.5"))]},
        }
        for n in range(3)
    ]


def _read(db: Database, table: str, ids: range) -> list[tuple[Any, ...]]:
    with db.writer.connect() as connection:
        rows = connection.exec_driver_sql(
            f"SELECT * FROM {table} WHERE id >= {ids.start} AND id < {ids.stop} ORDER BY id"
        ).all()
    return [tuple(row)[1:] for row in rows]  # all but the id


def test_the_same_rows_as_a_core_insert(db: Database) -> None:
    with db.writer.connect() as connection, connection.begin():
        connection.execute(insert(ACCOUNTS), _accounts(1))
        insert_rows(connection, ACCOUNTS, _accounts(101))
    core, driver = _read(db, "accounts", range(1, 4)), _read(db, "accounts", range(101, 104))
    assert len(core) == 3 and [r[1:] for r in driver] == [r[1:] for r in core]  # but the name
    with db.writer.connect() as connection, connection.begin():
        connection.execute(insert(TRAIL), _trail(1))
        insert_rows(connection, TRAIL, _trail(101))
        ids = [i for (i,) in connection.execute(text("SELECT id FROM audit_events ORDER BY id"))]
    assert len(ids) == 6
    with db.writer.connect() as connection:
        both = connection.exec_driver_sql(
            "SELECT at, staff_id, login, entity, action, summary, changes FROM audit_events "
            "ORDER BY id"
        ).all()
    core_trail, driver_trail = both[:3], both[3:]
    assert [tuple(r) for r in driver_trail] == [tuple(r) for r in core_trail]
    assert all(r[0] is not None for r in driver_trail)


def test_rows_of_unlike_shape_go_through_the_core_insert(db: Database) -> None:
    rows = _accounts(201)
    rows[1] = {k: v for k, v in rows[1].items() if k != "search_text"}
    with (
        pytest.raises(StatementError, match="search_text"),  # the Core insert's own refusal
        db.writer.connect() as connection,
        connection.begin(),
    ):
        insert_rows(connection, ACCOUNTS, rows)
    assert _read(db, "accounts", range(201, 204)) == []


def test_nothing_to_insert(db: Database) -> None:
    with db.writer.connect() as connection, connection.begin():
        insert_rows(connection, ACCOUNTS, [])
    assert _read(db, "accounts", range(0, 10**6)) == []
    assert date(2026, 1, 1)  # the module's own import stays used


def test_tuples_read_back_as_dicts_do(db: Database) -> None:
    """`insert_tuples` is `insert_rows` with the values in the keys' order; a column that
    repeats its values (the status, the moment) has each converted once, alike."""
    dicts = [{**row, "id": 301 + n} for n, row in enumerate(_accounts(0) * 4)]
    keys = list(dicts[0])
    tuples = [tuple(row[k] for k in keys) for row in dicts]
    tuples = [(t[0] + 100, *t[1:]) for t in tuples]
    with db.writer.connect() as connection, connection.begin():
        insert_rows(connection, ACCOUNTS, dicts)
        insert_tuples(connection, ACCOUNTS, keys, tuples)
    assert len(_read(db, "accounts", range(301, 313))) == 12
    assert _read(db, "accounts", range(401, 413)) == _read(db, "accounts", range(301, 313))


def test_equal_moments_of_other_zones_are_converted_each() -> None:
    """Only the same object is converted once for all: an instant in UTC and the same
    instant at +01:00 are equal, but a conversion may tell them apart."""
    utc = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    madrid = utc.astimezone(timezone(timedelta(hours=1)))
    values = [utc, madrid] * 10
    assert _converted(str, values) == [str(v) for v in values]
    flags = [True, 1] * 10  # equal, of two types
    assert _converted(repr, flags) == [repr(v) for v in flags]
    same = [utc] * 20
    assert _converted(str, same) == [str(utc)] * 20

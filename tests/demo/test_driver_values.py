"""Rows made in the driver's terms (`Converters.of` on each repeated object) read back
exactly like the same rows through a Core insert, on both databases (on PostgreSQL
nothing is converted beforehand and it is the Core insert), the columns left out filled
with their converted defaults; a conversion that was skipped would read back apart."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, insert

from agencia.db.database import Database
from agencia.demo.driver_values import Converters
from agencia.domain.enums import AccountStatus
from agencia.domain.models import Account

ACCOUNTS = cast(Table, Account.__table__)
KEYS = (
    "id", "trade_name", "name_key", "search_text", "status", "may_be_shown", "created_at",
    "updated_at",
)  # fmt: skip
AT = datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=UTC)


def _values(first: int) -> list[tuple[Any, ...]]:
    return [
        (first + n, f"Núñez {n}", f"nunez {n}", "nunez", s, n == 1, AT, AT)
        for n, s in enumerate((AccountStatus.ACTIVE, AccountStatus.PAUSED, AccountStatus.ACTIVE))
    ]


def _read(db: Database, first: int) -> list[tuple[Any, ...]]:
    with db.writer.connect() as connection:
        rows = connection.exec_driver_sql(
            f"SELECT * FROM accounts WHERE id >= {first} AND id < {first + 3} ORDER BY id"
        ).all()
    return [tuple(row)[2:] for row in rows]  # all but the id and the name


def test_converted_rows_read_back_as_a_core_insert(db: Database) -> None:
    with db.writer.connect() as connection, connection.begin():
        connection.execute(insert(ACCOUNTS), [dict(zip(KEYS, v, strict=True)) for v in _values(1)])
        driver = Converters(connection, [(ACCOUNTS, KEYS)])
        assert driver.active(ACCOUNTS) is db.is_sqlite
        converts = [driver.of(ACCOUNTS, key) for key in KEYS]
        made = [tuple(f(v) for f, v in zip(converts, row, strict=True)) for row in _values(101)]
        if driver.active(ACCOUNTS):
            assert made[0][4] == "active" and made[0][5] == 0  # in the driver's terms
        driver.insert(ACCOUNTS, made)
        driver.insert(ACCOUNTS, [])
    core, converted = _read(db, 1), _read(db, 101)
    assert len(core) == 3 and [r[1:] for r in converted] == [r[1:] for r in core]

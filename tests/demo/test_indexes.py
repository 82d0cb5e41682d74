"""A bulk load's indexes (`demo/indexes.py`): gone within, the same ones back after — on
both databases, constraints' own indexes kept throughout, the triggers named on SQLite
too; and a failure inside rolls them back with the rest."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, text

from agencia.db.database import Database
from agencia.demo import indexes

TABLES = ("accounts", "contacts", "account_assignments")
TRIGGERS = ("accounts_fts_ai",)


def _objects(connection: Connection) -> set[tuple[str, str]]:
    if connection.dialect.name == "postgresql":
        query = (
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename IN ('accounts', 'contacts', 'account_assignments')"
        )
    else:
        query = (
            "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE tbl_name IN "
            "('accounts', 'contacts', 'account_assignments') AND type IN ('index', 'trigger')"
        )
    return {(str(name), str(sql)) for name, sql in connection.execute(text(query))}


def _constraints(connection: Connection) -> set[str]:
    if connection.dialect.name == "postgresql":
        query = "SELECT conname FROM pg_constraint"
        return {str(name) for (name,) in connection.execute(text(query))}
    query = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NULL"
    return {str(name) for (name,) in connection.execute(text(query))}


def test_the_indexes_are_gone_within_and_the_same_after(db: Database) -> None:
    with db.writer.connect() as connection, connection.begin():
        before = _objects(connection)
        kept = {(name, sql) for name, sql in before if name in _constraints(connection)}
        assert kept and len(before - kept) >= 4  # the tables' own indexes, a trigger
        with indexes.suspended(connection, TABLES, TRIGGERS):
            within = _objects(connection)
        assert _objects(connection) == before
    assert within == kept | {
        (name, sql)
        for name, sql in before
        if name.endswith(("_fts_ad", "_fts_au", "contacts_fts_ai"))  # not named: kept
    }


def test_a_failure_inside_rolls_the_indexes_back(db: Database) -> None:
    with db.writer.connect() as connection:
        before = _objects(connection)
        connection.rollback()
        with (
            pytest.raises(RuntimeError),
            connection.begin(),
            indexes.suspended(connection, TABLES, TRIGGERS),
        ):
            raise RuntimeError("the load failed")
        assert _objects(connection) == before

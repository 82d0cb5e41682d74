"""Rows as the database driver hands them over, for the health's large reads.

SQLAlchemy makes a `Row` of every row and converts its values (text to dates on SQLite):
for the 33,000 to 100,000 accounts of a whole agency's health, and their answers, that
cost more than the queries themselves. Here the statement is still compiled and bound by
SQLAlchemy (its parameters converted as always), but the rows are the driver's own
tuples; the few values that need it are read by the caller (`day`, and the moments in
`health_sources.contact_day`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select

from agencia.db.uow import UnitOfWork


def raw_rows(uow: UnitOfWork, query: Select[Any]) -> list[tuple[Any, ...]]:
    """Every row of `query`, in the unit of work's transaction, as the driver's tuples."""
    result = uow.session.connection().execute(query)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def day(value: str | date) -> date:
    """A date column's value as the driver gives it: SQLite's ISO text (its first ten
    characters, as SQLAlchemy reads them), or a date."""
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value

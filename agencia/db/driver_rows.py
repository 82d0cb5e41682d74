"""Many rows into one table straight to SQLite's driver, converted as SQLAlchemy would.

A Core insert of a list of dicts builds, for every row, a dict of its bound parameters
through the compiled statement (`construct_params`): for the large demo's million and a
half client rows, or a day's health of 100,000 accounts (`services/satisfaction/bulk.py`),
that bookkeeping costs more than SQLite's own work. Here each column's
own conversion (`TypeEngine.bind_processor`: enums to their values, moments in UTC as
text, JSON as text, …) is taken once, each row becomes a tuple, and the driver's
`executemany` gets them all: the same values reach the file. A column that repeats a few
objects (a status, a flag, the moment every generated row was made) has each converted
once. Where the shortcut could differ — another database, rows of unlike
shape, a column left out whose default is SQL — the Core insert does it; a default in
Python is filled in as the Core insert would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import repeat
from operator import eq, itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert


def insert_rows(connection: Connection, target: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts by column name) into `target` on `connection`."""
    if not rows:
        return
    keys = list(rows[0])
    defaults = _defaults(target, keys)
    if defaults is None or not _shortcut_fits(connection, target, keys, rows):
        connection.execute(insert(target), list(rows))
        return
    picked = itemgetter(*keys)
    tuples = list(map(picked, rows)) if len(keys) > 1 else [(picked(row),) for row in rows]
    _insert(connection, target, keys, tuples, defaults)


def insert_tuples(
    connection: Connection, target: Table, keys: Sequence[str], tuples: Sequence[tuple[Any, ...]]
) -> None:
    """Insert `tuples` (values in the order of `keys`, as a row's dict would give them)
    into `target`: what `insert_rows` does with the same rows as dicts."""
    if not tuples:
        return
    defaults = _defaults(target, list(keys))
    if (
        defaults is None
        or connection.dialect.name != "sqlite"
        or not all(key in target.c for key in keys)
    ):
        connection.execute(insert(target), [dict(zip(keys, t, strict=True)) for t in tuples])
        return
    _insert(connection, target, list(keys), tuples, defaults)


def _insert(
    connection: Connection,
    target: Table,
    keys: list[str],
    tuples: Sequence[tuple[Any, ...]],
    defaults: list[tuple[str, Any, bool]],
) -> None:
    count = len(tuples)
    by_column: list[Sequence[Any]] = list(zip(*tuples, strict=True))
    for key, f, called in defaults:  # as the Core insert: a scalar as it is, else per row
        keys.append(key)
        by_column.append([f(None) for _ in range(count)] if called else [f] * count)
    dialect = connection.dialect
    columns = [target.c[key] for key in keys]
    quote = dialect.identifier_preparer.quote
    statement = (
        f"INSERT INTO {quote(target.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    for n, column in enumerate(columns):
        convert = column.type._cached_bind_processor(dialect)
        if convert is not None:
            by_column[n] = _converted(convert, by_column[n])
    connection.exec_driver_sql(statement, list(zip(*by_column, strict=True)))


def _converted(convert: Callable[[Any], Any], values: Sequence[Any]) -> list[Any]:
    """`[convert(v) for v in values]`, where a few objects repeat each converted once.
    By identity, not equality: equal values may convert apart (the same instant in two
    time zones, `True` and `1`), the same object cannot."""
    ids = list(map(id, values))
    distinct = dict(zip(ids, values, strict=True))
    if len(distinct) * 4 > len(values):
        return list(map(convert, values))
    once = {key: convert(value) for key, value in distinct.items()}
    return list(map(once.__getitem__, ids))


def _shortcut_fits(
    connection: Connection, target: Table, keys: list[str], rows: Sequence[dict[str, Any]]
) -> bool:
    if connection.dialect.name != "sqlite" or not all(key in target.c for key in keys):
        return False
    shape = rows[0].keys()  # every row has exactly the first one's keys
    return all(map(eq, map(dict.keys, rows), repeat(shape)))


def _defaults(target: Table, keys: list[str]) -> list[tuple[str, Any, bool]] | None:
    """The columns left out that have a default in Python: (name, value or function,
    whether it is a function called for each row), as a Core insert fills them in;
    None when one is of a kind only the Core insert evaluates (SQL, a sequence)."""
    given = set(keys)
    out: list[tuple[str, Any, bool]] = []
    for column in target.columns:
        default: Any = column.default
        if column.key in given or default is None:
            continue
        if default.is_scalar:
            out.append((column.key, default.arg, False))
        elif default.is_callable:
            out.append((column.key, default.arg, True))
        else:
            return None
    return out

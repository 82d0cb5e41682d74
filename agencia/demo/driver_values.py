"""The generated clients' rows made in the driver's own terms, so they go to it as made.

`driver_rows.insert_tuples` turns each row's enums, flags and moments into what SQLite
stores (`TypeEngine.bind_processor`), column by column: for the large demo's million and
a half rows that transposing and converting is a tenth of the clients' part. But the
generated rows draw those values from a handful of objects (four statuses, the moment
every row was made, true and false), so the generator converts each of them once, with
the very same conversion (`Converters`), and its rows need nothing more: `insert` hands
them to `executemany` as they are, with the columns left out filled with their Python
defaults, converted too. On PostgreSQL, or where a column left out has a default only the
Core insert evaluates, nothing is converted beforehand (`Converters.active` is false) and
the rows go through `driver_rows.insert_tuples` as before: the same values reach the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from agencia.db.driver_rows import insert_tuples


class Converters:
    """What each column's values become for the driver, for one connection and the
    tables filled, each with its columns in the order its rows give them."""

    def __init__(self, connection: Connection, tables: Sequence[tuple[Table, Sequence[str]]]):
        self.connection = connection
        self._keys = {target.name: tuple(keys) for target, keys in tables}
        fits = connection.dialect.name == "sqlite"
        self._tails = {
            target.name: _defaults(connection, target, keys) if fits else None
            for target, keys in tables
        }

    def active(self, target: Table) -> bool:
        """Whether `target`'s rows are converted beforehand (SQLite, every column left
        out with a scalar default) rather than by the Core insert."""
        return self._tails[target.name] is not None

    def of(self, target: Table, key: str) -> Callable[[Any], Any]:
        """`target.c[key]`'s conversion; the value itself where there is none or when
        the rows go through the Core insert."""
        convert = target.c[key].type._cached_bind_processor(self.connection.dialect)
        if not self.active(target) or convert is None:
            return _same
        return convert

    def insert(self, target: Table, rows: list[tuple[Any, ...]]) -> None:
        """Insert `rows`, made with `of`'s conversions, in the order of its columns."""
        keys = self._keys[target.name]
        if not rows:
            return
        tail = self._tails[target.name]
        if tail is None:
            insert_tuples(self.connection, target, keys, rows)
            return
        names, values = tail
        columns = [target.c[key].name for key in (*keys, *names)]
        quote = self.connection.dialect.identifier_preparer.quote
        statement = (
            f"INSERT INTO {quote(target.name)} ({', '.join(map(quote, columns))}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        self.connection.exec_driver_sql(
            statement, [row + values for row in rows] if values else rows
        )


def _defaults(
    connection: Connection, target: Table, keys: Sequence[str]
) -> tuple[list[str], tuple[Any, ...]] | None:
    """The columns left out that have a scalar Python default, and those defaults
    converted; None when one has any other kind (a function, SQL, a sequence)."""
    given = set(keys)
    names: list[str] = []
    values: list[Any] = []
    for column in target.columns:
        default: Any = column.default
        if column.key in given or default is None:
            continue
        if not default.is_scalar:
            return None
        convert = column.type._cached_bind_processor(connection.dialect)
        names.append(column.key)
        values.append(default.arg if convert is None else convert(default.arg))
    return names, tuple(values)


def _same(value: Any) -> Any:
    return value

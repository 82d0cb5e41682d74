"""Many service calls in one transaction, each row in its own savepoint.

An import creates its records through the areas' own services (the same validation,
permissions and audit entries as the forms), yet lands as one transaction: the services
are handed a database whose writer and reader are one connection inside an open
transaction. A service's unit of work then joins it (SQLAlchemy's
"conservative_savepoint": inside a savepoint its commit releases its own savepoint,
outside one its commit leaves the transaction open), so a refused row is rolled back
alone and the whole import is committed — or rolled back — once, here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import cast

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from agencia.db.database import Database

IMPORT_CACHE_KIB = 128 * 1024  # SQLite's page cache during an import (its default: 2 MiB)
SQLITE_CACHE_DEFAULT = -2000


class Shared:
    """The open transaction: `db` for the services, `commit()` or `rollback()` once."""

    def __init__(self, db: Database, connection: Connection) -> None:
        self.connection = connection
        self._outer = connection.begin()
        as_engine = cast(Engine, connection)  # a Session binds to either alike
        self.db = Database(url=db.url, writer=as_engine, reader=as_engine)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """One row: kept if the block ends, rolled back alone if it raises."""
        point = self.connection.begin_nested()
        try:
            yield
        except BaseException as exc:
            if point.is_active:
                try:
                    point.rollback()
                except DBAPIError:
                    # SQLite ends the whole transaction on some errors (a full disk), its
                    # savepoints with it: what failed is the first error, not the rollback
                    raise exc from None
            raise
        if point.is_active:
            point.commit()

    def commit(self) -> None:
        self._outer.commit()

    def rollback(self) -> None:
        if self._outer.is_active:
            self._outer.rollback()


@contextmanager
def one_transaction(db: Database) -> Iterator[Shared]:
    """A transaction the block commits or rolls back; rolled back if it does neither."""
    with db.writer.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # a large import's pages in memory, not spilled to the journal midway
            _pragma(connection, f"cache_size = -{IMPORT_CACHE_KIB}")
        shared = Shared(db, connection)
        try:
            yield shared
        finally:
            shared.rollback()
            if sqlite:  # the pooled connection goes back as it came
                _pragma(connection, f"cache_size = {SQLITE_CACHE_DEFAULT}")


def _pragma(connection: Connection, pragma: str) -> None:
    """A PRAGMA on the driver's connection (SQLAlchemy's would begin a transaction)."""
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA {pragma}")

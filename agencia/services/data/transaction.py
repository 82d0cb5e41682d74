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

from agencia.db.database import Database


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
        except BaseException:
            if point.is_active:
                point.rollback()
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
        shared = Shared(db, connection)
        try:
            yield shared
        finally:
            shared.rollback()

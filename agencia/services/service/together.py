"""Several areas' services as one unit of work: all of it is written, or none of it.

A request that becomes a campaign goes through the campaigns area's own services (the
same rules, permissions and trail as its forms), each a unit of work of its own. Handed a
database whose writer is one connection inside one open transaction, their units of work
join it (SQLAlchemy's "conservative_savepoint": a commit leaves the caller's transaction
open, a rollback rolls all of it back), and the transaction is committed once, here. The
data area's imports do the same row by row (`services/data/transaction.py`); this is the
single-use-case form, without savepoints, so any failure undoes everything.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import cast

from sqlalchemy import Engine

from agencia.db.database import Database


@contextmanager
def one_unit(db: Database) -> Iterator[Database]:
    """A database for the block's services; committed when the block ends, rolled back
    whole when it raises (the services' PostgreSQL notices go out only on the commit)."""
    with db.writer.connect() as connection:
        outer = connection.begin()
        as_engine = cast(Engine, connection)  # a Session binds to either alike
        try:
            yield Database(url=db.url, writer=as_engine, reader=as_engine)
        except BaseException:
            if outer.is_active:
                outer.rollback()
            raise
        outer.commit()

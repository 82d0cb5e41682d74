"""SQLite's settings for the length of the demo's load, and back afterwards.

The large demo writes some two gigabytes of pages in one transaction. With SQLite's
default page cache (2 MB) the pages of the tables and indexes being filled are pushed out
to the write-ahead log and read back from it over and over; for the load the connection
keeps up to `CACHE_KIB` of them in memory (taken only as they are used) and sorts for the
index builds in memory. Both are the connection's own settings, not the file's: they are
put back as they were when the load ends, so the pooled connection serves the app as any
other. PostgreSQL is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final

from sqlalchemy import Connection

CACHE_KIB: Final = 1_048_576  # 1 GiB at most, for the load only
_SETTINGS: Final = (("cache_size", f"-{CACHE_KIB}"), ("temp_store", "MEMORY"))


@contextmanager
def for_the_load(connection: Connection) -> Iterator[None]:
    """Within: the load's settings on `connection` (SQLite); after: the ones it had. Set
    outside the load's transaction and put back after its commit (on the driver's own
    connection: SQLAlchemy would begin a transaction first), so that the commit still
    finds every page in the cache."""
    if connection.dialect.name != "sqlite":
        yield
        return
    driver: Any = connection.connection.driver_connection
    saved = [(name, driver.execute(f"PRAGMA {name}").fetchone()[0]) for name, _ in _SETTINGS]
    for name, value in _SETTINGS:
        driver.execute(f"PRAGMA {name} = {value}")
    try:
        yield
    finally:
        for name, value in saved:
            driver.execute(f"PRAGMA {name} = {int(value)}")

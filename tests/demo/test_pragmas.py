"""The demo's load settings last as long as the load: a large page cache on SQLite while
it runs, the connection's own settings back afterwards (also after a failed load);
PostgreSQL is left alone."""

from __future__ import annotations

import pytest

from agencia.db.database import Database
from agencia.demo import pragmas


def _settings(connection_db: Database) -> tuple[object, object]:
    with connection_db.writer.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        cache = driver.execute("PRAGMA cache_size").fetchone()[0]
        temp = driver.execute("PRAGMA temp_store").fetchone()[0]
    return cache, temp


def test_the_load_settings_last_as_long_as_the_load(db: Database) -> None:
    if not db.is_sqlite:
        with db.writer.connect() as connection, pragmas.for_the_load(connection):
            assert connection.exec_driver_sql("SELECT 1").scalar() == 1
        return
    before = _settings(db)
    assert before[0] != -pragmas.CACHE_KIB
    with db.writer.connect() as connection, pragmas.for_the_load(connection):
        driver = connection.connection.driver_connection
        assert driver is not None
        assert driver.execute("PRAGMA cache_size").fetchone()[0] == -pragmas.CACHE_KIB
        assert driver.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory
        with connection.begin():
            connection.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
    assert _settings(db) == before
    with (
        pytest.raises(RuntimeError),
        db.writer.connect() as connection,
        pragmas.for_the_load(connection),
    ):
        raise RuntimeError("a failed load")
    assert _settings(db) == before

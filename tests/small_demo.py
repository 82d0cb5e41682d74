"""The small demo (seed 0) on one backend, filled once for the tests of a module that only
read it: on PostgreSQL a database of its own on the session's server, on SQLite a copy of
the migrated template (`conftest._sqlite_template`), so that filling is all it costs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from pg_server import PgServer

from agencia.db.database import Database, open_database
from agencia.demo.fill import DemoSummary, fill_demo


@contextmanager
def small_demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, DemoSummary]]:
    """For a fixture parametrized by backend ("sqlite", "postgresql"): the filled
    database and what the demo says it made, closed when the block ends."""
    if request.param == "postgresql":
        server: PgServer = request.getfixturevalue("pg_server")
        with server.database() as url:
            db = open_database(url.render_as_string(hide_password=False))
            try:
                yield db, fill_demo(db, "small", seed=0)
            finally:
                db.close()
        return
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
    db = open_database(f"sqlite:///{path}")
    try:
        yield db, fill_demo(db, "small", seed=0)
    finally:
        db.close()

"""The shared fixtures themselves: private folders, and fresh, migrated, empty databases."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import insert, inspect, select

from agencia.db import migrate
from agencia.db.database import Database, current_revision
from agencia.domain.models import Account, Staff


def test_the_environment_is_private() -> None:
    assert os.environ["QT_QPA_PLATFORM"] in (
        "offscreen",
        os.environ.get("AGENCIA_TEST_QPA_PLATFORM"),
    )
    assert os.environ["AGENCIA_LANG"] == "es"
    from platformdirs import user_config_path, user_data_path

    home = Path.home().resolve()
    for folder in (user_data_path("agencia"), user_config_path("agencia")):
        assert not folder.resolve().is_relative_to(home) or "agencia-tests-" in str(folder)
    assert "AGENCIA_DATABASE_URL" not in os.environ


def test_db_is_fresh_migrated_and_empty(db: Database) -> None:
    with db.writer.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        assert "accounts" in inspect(conn).get_table_names()
        assert conn.execute(select(Account.id)).first() is None
        assert conn.execute(select(Staff.id)).first() is None


def test_each_test_gets_its_own_database(db: Database) -> None:
    # Written here, and by the test above's twin: neither sees the other's rows.
    with db.writer.begin() as conn:
        conn.execute(insert(Staff).values(full_name="Ana", role="administrator", version=1))
        assert conn.execute(select(Staff.id)).all() != []


def test_sqlite_db_is_a_file_at_head(sqlite_db: Database) -> None:
    assert sqlite_db.is_sqlite
    assert sqlite_db.path is not None and sqlite_db.path.exists()


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_db_can_be_narrowed_to_one_backend(db: Database) -> None:
    assert not db.is_sqlite


def test_db_url_is_fresh_and_migrated(db_url: str) -> None:
    assert current_revision(db_url) == migrate.head()

"""Opening a PostgreSQL database: the schema must be this version's; only
`upgrade_database` (`agencia db upgrade`) migrates, under an advisory lock."""

from __future__ import annotations

import threading
import time

import pytest
from pg_server import free_port
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from agencia.cli.errors import exit_status
from agencia.db import migrate
from agencia.db.database import current_revision, open_database, ping, upgrade_database
from agencia.domain.errors import DatabaseRefused

pytestmark = pytest.mark.pg_only


def _execute(url: str, sql: str) -> None:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_a_migrated_database_opens(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        assert not db.is_sqlite and db.path is None and db.backup_path is None
        assert ping(db)
        assert db.describe().startswith(make_url(pg_url).database or "?")
    finally:
        db.close()


def test_an_empty_database_is_older_and_left_alone(pg_blank_url: str) -> None:
    with pytest.raises(DatabaseRefused) as info:
        open_database(pg_blank_url)
    assert info.value.code == "db.older_pg"
    assert exit_status(info.value) == 3
    assert "agencia db upgrade" in str(info.value)
    assert _tables(pg_blank_url) == set()  # the app never migrates PostgreSQL by itself


def test_a_newer_database_is_refused(pg_url: str) -> None:
    _execute(pg_url, "UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseRefused) as info:
        open_database(pg_url)
    assert info.value.code == "db.newer"
    assert info.value.params["revision"] == "9999_future"
    with pytest.raises(DatabaseRefused) as info:
        upgrade_database(pg_url)
    assert info.value.code == "db.newer"
    assert current_revision(pg_url) == "9999_future"


def test_an_unreachable_server_is_refused_quickly() -> None:
    url = f"postgresql+psycopg://agencia:s3cr3t-pw@127.0.0.1:{free_port()}/agencia"
    started = time.monotonic()
    with pytest.raises(DatabaseRefused) as info:
        open_database(url)
    assert time.monotonic() - started < 5
    assert info.value.code == "db.unreachable"
    assert "s3cr3t-pw" not in str(info.value) and "s3cr3t-pw" not in repr(info.value.params)
    for call in (upgrade_database, current_revision):
        with pytest.raises(DatabaseRefused) as info:
            call(url)
        assert info.value.code == "db.unreachable"


def test_a_missing_database_is_unreachable(pg_admin_url: str) -> None:
    url = make_url(pg_admin_url).set(database="agencia_no_existe")
    with pytest.raises(DatabaseRefused) as info:
        open_database(url)
    assert info.value.code == "db.unreachable"


def test_upgrade_database_migrates_once(pg_blank_url: str) -> None:
    assert current_revision(pg_blank_url) is None
    assert upgrade_database(pg_blank_url) == (None, migrate.head())
    assert upgrade_database(pg_blank_url) == (migrate.head(), migrate.head())
    assert current_revision(pg_blank_url) == migrate.head()
    open_database(pg_blank_url).close()


def test_workstations_upgrading_at_once_do_not_collide(pg_blank_url: str) -> None:
    results: list[tuple[str | None, str]] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def upgrade() -> None:
        try:
            start.wait(timeout=30)
            results.append(upgrade_database(pg_blank_url))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=upgrade) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert len(results) == 4
    assert {to for _, to in results} == {migrate.head()}
    assert current_revision(pg_blank_url) == migrate.head()
    open_database(pg_blank_url).close()


def test_the_trigram_search_index_exists(pg_url: str) -> None:
    engine = create_engine(pg_url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            names = set(
                conn.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%trgm'"))
                .scalars()
                .all()
            )
    finally:
        engine.dispose()
    assert {"ix_accounts_search_trgm", "ix_contacts_search_trgm"} <= names

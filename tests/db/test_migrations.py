"""The migrations: one head, models and migrations agree, up → down → up, on both databases."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Connection, Integer, MetaData, Table, inspect
from sqlalchemy.engine import make_url

from agencia.db import metadata as _every_table  # noqa: F401  (the whole schema)
from agencia.db import migrate
from agencia.db.database import Database
from agencia.db.engine import make_migration_engine
from agencia.domain.models import Base


def _env_migration_context(connection: Connection) -> MigrationContext:
    """The MigrationContext exactly as migrations/env.py configures it (include_object,
    compare_type, batch mode), obtained by running env.py itself on `connection`."""
    cfg = migrate.config(connection)
    script = migrate.script()
    captured: list[MigrationContext] = []

    def capture(_rev: Any, context: MigrationContext) -> list[Any]:
        captured.append(context)
        return []  # no migration steps: env.py only configures and begins

    with EnvironmentContext(cfg, script, fn=capture):
        script.run_env()
    assert captured, "env.py did not run the migrations callback"
    return captured[0]


def test_one_head_and_a_known_first_revision() -> None:
    script = migrate.script()
    assert len(script.get_heads()) == 1
    assert migrate.head() in migrate.known_revisions()
    bases = script.get_bases()
    assert len(bases) == 1 and bases[0] == "0001"
    # what the app reads off the scripts' text (without importing Alembic) is Alembic's view
    assert migrate.head() == script.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}


def test_opening_an_up_to_date_database_does_not_import_alembic(sqlite_db: Database) -> None:
    """Alembic costs start-up time: it is imported only when a migration is due."""
    import subprocess
    import sys

    url = sqlite_db.url.render_as_string(hide_password=False)
    sqlite_db.close()
    probe = (
        "import sys\n"
        "from agencia.db.database import open_database\n"
        f"db = open_database({url!r})\n"
        "db.close()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_models_and_migrations_agree(db: Database) -> None:
    with db.writer.connect() as conn:
        context = _env_migration_context(conn)
        assert context.opts["compare_type"] is True
        include_object = context.opts["include_object"]
        # env.py's filter hides only the search indexes that live outside the ORM.
        assert not include_object(None, "accounts_fts", "table", True, None)
        assert include_object(None, "accounts", "table", True, None)

        fresh = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        differences = compare_metadata(fresh, Base.metadata)
        assert differences == [], differences
        assert compare_metadata(context, Base.metadata) == []
        conn.rollback()


def test_the_comparison_sees_a_difference(sqlite_db: Database) -> None:
    """A control: the comparison is not blind (a table missing from the database shows)."""
    metadata = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    Table("not_migrated", metadata, Column("id", Integer, primary_key=True))
    with sqlite_db.writer.connect() as conn:
        differences = compare_metadata(_env_migration_context(conn), metadata)
        conn.rollback()
    assert [d[0] for d in differences] == ["add_table"]


def _tables(conn: Connection) -> set[str]:
    inspector = inspect(conn)
    return set(inspector.get_table_names())


def test_upgrade_downgrade_upgrade(blank_url: str) -> None:
    engine = make_migration_engine(make_url(blank_url))
    mapped = set(Base.metadata.tables)
    try:
        with engine.connect() as conn:
            assert migrate.current(conn) is None
            migrate.upgrade(conn)
            assert migrate.current(conn) == migrate.head()
            assert mapped <= _tables(conn)

            migrate.downgrade(conn, "base")
            assert migrate.current(conn) is None
            conn.rollback()
            assert _tables(conn) <= {"alembic_version"}

            migrate.upgrade(conn)
            assert migrate.current(conn) == migrate.head()
            assert mapped <= _tables(conn)
            conn.rollback()
    finally:
        engine.dispose()


def test_upgrade_to_the_first_revision(blank_url: str) -> None:
    target = "0001"
    engine = make_migration_engine(make_url(blank_url))
    try:
        with engine.connect() as conn:
            migrate.upgrade(conn, target)
            assert migrate.current(conn) == target
            conn.rollback()
    finally:
        engine.dispose()

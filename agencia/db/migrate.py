"""Alembic in process: the scripts ship inside the package, never the `alembic` program."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

PG_ADVISORY_LOCK = 0x4147454E  # "AGEN": one migrating workstation at a time


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("agencia._migrations")))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    rev = script().get_current_head()
    assert rev is not None
    return rev


def known_revisions() -> set[str]:
    return {rev.revision for rev in script().walk_revisions()}


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Migrate on `connection` inside its transaction, which the caller commits.

    SQLite: foreign keys must be off for batch table rebuilds (the PRAGMA is a no-op
    inside a transaction, so the caller's connection must not have begun yet), and
    are checked before the caller commits.
    """
    sqlite = connection.dialect.name == "sqlite"
    if connection.in_transaction():  # a read (current revision) began one; nothing to keep
        connection.rollback()
    if sqlite:
        _driver_pragma(connection, "PRAGMA foreign_keys = OFF")
    with connection.begin():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_ADVISORY_LOCK})
        command.upgrade(config(connection), target)
        if sqlite:
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed: {problems[:3]}")
    if sqlite:
        _driver_pragma(connection, "PRAGMA foreign_keys = ON")


def _driver_pragma(connection: Connection, pragma: str) -> None:
    """A PRAGMA outside any transaction (SQLAlchemy would begin one first)."""
    connection.connection.driver_connection.execute(pragma)  # type: ignore[union-attr]


def downgrade(connection: Connection, target: str) -> None:
    if connection.in_transaction():
        connection.rollback()
    with connection.begin():
        command.downgrade(config(connection), target)

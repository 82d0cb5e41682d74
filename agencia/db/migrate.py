"""Alembic in process: the scripts ship inside the package, never the `alembic` program.

Opening a database that needs no migration must not pay for importing Alembic (a good
part of start-up): which revisions exist is read off the scripts' own lines, and the
database's revision with one query; Alembic is imported only to migrate.
"""

from __future__ import annotations

import functools
import re
from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

PG_ADVISORY_LOCK = 0x4147454E  # "AGEN": one migrating workstation at a time


def _hold_migrations(connection: Connection) -> None:
    """One migrating workstation at a time. Once the schema is there, the lock is on the
    owner's `alembic_version` (EXCLUSIVE: people only read it, and reading conflicts with
    no mode but ACCESS EXCLUSIVE); an advisory key, which any role may hold idle at
    session level, stopped `db upgrade` for good (security review 8). A database not
    migrated yet has no people: the key."""
    if connection.scalar(text("SELECT to_regclass('alembic_version') IS NOT NULL")):
        connection.execute(text("LOCK TABLE alembic_version IN EXCLUSIVE MODE"))
    else:
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_ADVISORY_LOCK})


_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:[\"']([^\"']+)[\"']|None)", re.M)


def config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("agencia._migrations")))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


@functools.cache
def _chain() -> dict[str, str | None]:
    """Each shipped revision and the one it follows, read off the scripts' text."""
    chain: dict[str, str | None] = {}
    versions = files("agencia._migrations").joinpath("versions")
    for entry in versions.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("_"):
            continue
        source = entry.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is not None and down is not None:
            chain[revision.group(1)] = down.group(1)
    return chain


def head() -> str:
    """The newest revision: the one no other follows (the chain has one head)."""
    chain = _chain()
    heads = set(chain) - {d for d in chain.values() if d is not None}
    assert len(heads) == 1, heads
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_chain())


def current(connection: Connection) -> str | None:
    """The database's revision (None: no schema yet), with one query."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


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
            _hold_migrations(connection)
        from alembic import command

        command.upgrade(config(connection), target)
        if not sqlite and target == "head":
            # the server's rules cover every table there is now (later migrations' too)
            from agencia.db import server_security

            server_security.apply(connection)
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
    from alembic import command

    with connection.begin():
        command.downgrade(config(connection), target)

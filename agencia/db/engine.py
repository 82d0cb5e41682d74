"""Engines with the connection settings the house asks for (docs/ARCHITECTURE.md).

SQLite: the driver's own transaction handling is switched off so that SQLAlchemy's
BEGIN is real; the writer begins IMMEDIATE (no upgrade deadlocks), readers DEFERRED
with query_only. PostgreSQL: connection timeouts, read-only transactions for readers, and a pooled
connection the server ended replaced at checkout (the writer's BEGIN is its check).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import NullPool, QueuePool

from agencia.db.server_logins import IDLE_IN_TRANSACTION_TIMEOUT, JIT, LOCK_TIMEOUT
from agencia.domain.errors import DatabaseRefused

BUSY_TIMEOUT_MS = 5000
PG_CONNECT_TIMEOUT_S = 5
READERS_KEPT = 3  # SQLite: the window's reader threads (ui/ops.py), one connection each
# The app's own server sessions wait for a lock and sit idle in a transaction no longer
# than people's roles say, whatever a person set on their own role (any role may
# `ALTER ROLE itself SET lock_timeout = 0`; `db upgrade` resets it, review 8).
SESSION_OPTIONS = (
    f"-c lock_timeout={LOCK_TIMEOUT} "
    f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_TIMEOUT} -c jit={JIT}"
)


def _sqlite_engine(url: URL, *, writer: bool) -> Engine:
    connect_args = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
    if writer:  # one writer connection, shared in turn by the writer worker
        engine = create_engine(
            url, poolclass=QueuePool, pool_size=1, max_overflow=0, connect_args=connect_args
        )
    else:  # a few readers kept open (WAL: beside the writer): a new connection per read
        # cost ~2 ms and a cold page cache on every keystroke's read. Never a wait for one
        # (overflow unbounded, closed on return); `Database.adopt`/`close` dispose them
        # before a restore or a recovery touches the file.
        engine = create_engine(
            url,
            poolclass=QueuePool,
            pool_size=READERS_KEPT,
            max_overflow=-1,
            connect_args=connect_args,
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy, not the driver, says BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not writer:
            cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN DEFERRED")

    return engine


def read_only_engine(url: URL) -> Engine:
    """A SQLite engine whose connections only read (query_only): the command line's reads
    beside another process's writer (agencia.db.database)."""
    return _sqlite_engine(url, writer=False)


def require_libpq() -> None:
    """Refuse, in one sentence, a server database when psycopg finds no libpq.

    The development install uses the copy of libpq inside psycopg's binary wheel; the
    Debian package leaves it out and depends on the system's libpq5, so that libpq and
    the OpenSSL under it get the system's security updates (installer/README.md). A bundle
    copied to a machine without libpq5 must say so, not print psycopg's import chain."""
    try:
        import psycopg  # noqa: F401  (imports its libpq wrapper, or fails)
    except ImportError:
        raise DatabaseRefused("db.no_libpq") from None


def _begin_alive(dbapi_connection: Any) -> None:
    """Start the writer's transaction as it is checked out: the BEGIN a save sends anyway
    is also the proof that the server still has this connection.

    A pre-ping cost one round trip more per save (issue 9's benchmark). A BEGIN refused
    (a restart, an administrator's pg_terminate_backend, a dropped network) raises
    DisconnectionError, so the pool throws this connection away and checks out a new one
    before the unit of work has sent anything: the next action works. psycopg then finds
    the transaction open and sends no BEGIN of its own; COMMIT and ROLLBACK end it as
    ever. A connection with settings of its own for its transactions (none here) is left
    to begin as psycopg does."""
    from psycopg import pq

    if (
        dbapi_connection.autocommit
        or dbapi_connection.read_only is not None
        or dbapi_connection.isolation_level is not None
        or dbapi_connection.pgconn.transaction_status != pq.TransactionStatus.IDLE
    ):
        return
    try:
        result = dbapi_connection.pgconn.exec_(b"BEGIN")
    except Exception as exc:  # psycopg.OperationalError: the connection is gone
        raise DisconnectionError(str(exc)) from exc
    if result.status != pq.ExecStatus.COMMAND_OK:
        message = (result.error_message or b"").decode(errors="replace").strip()
        raise DisconnectionError(message or "BEGIN refused")


def _pg_engine(url: URL, *, writer: bool) -> Engine:
    engine = create_engine(
        url,
        # the writer's liveness check is its BEGIN (_begin_alive), the readers' a ping
        pool_pre_ping=not writer,
        pool_size=2 if writer else 4,
        connect_args={
            "connect_timeout": PG_CONNECT_TIMEOUT_S,
            "application_name": "agencia",
            "options": SESSION_OPTIONS,
        },
    )
    if writer:

        @event.listens_for(engine, "checkout")
        def _on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
            _begin_alive(dbapi_connection)

    else:
        engine = engine.execution_options(postgresql_readonly=True)
    return engine


def _declare_postgresql_options() -> None:
    """The models' PostgreSQL-only index options, attached only on PostgreSQL: declaring
    them at import would load the PostgreSQL dialect on every SQLite start-up."""
    from agencia.domain.campaign_models import declare_postgresql_options

    declare_postgresql_options()


def make_engines(url: URL) -> tuple[Engine, Engine]:
    """(writer, reader) for `url`."""
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, writer=True), _sqlite_engine(url, writer=False)
    require_libpq()
    _declare_postgresql_options()
    writer = _pg_engine(url, writer=True)
    return writer, _pg_engine(url, writer=False)


def make_migration_engine(url: URL) -> Engine:
    """A single-connection engine for Alembic: same PRAGMAs as the writer."""
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, writer=True)
    require_libpq()
    _declare_postgresql_options()
    return create_engine(
        url, poolclass=NullPool, connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S}
    )

"""Opening a database in the order docs/ARCHITECTURE.md gives, so that a refused file
stays untouched.

SQLite: read-only checks first (network share, another writer, one name, writable, header,
revision and quick_check, all read as SQLite will: `-wal` included, one that belongs to
another file refused), then WAL, an online backup checked with integrity_check, the
migrations, and the backup put back if they fail. A file at head asks for no write lock,
so another program's open write transaction does not stop reads. PostgreSQL: the schema
must be exactly this version's; only `agencia db upgrade` migrates it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from agencia.db import migrate, sqlite_checks, staged, urls, wal
from agencia.db.connection_refusals import too_many_connections
from agencia.db.engine import make_engines, make_migration_engine
from agencia.db.lock import WriterLock
from agencia.domain.errors import DatabaseRefused

QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024


@dataclass
class Database:
    """An open database: a writer engine, a reader engine, and what the UI shows of it."""

    url: URL
    writer: Engine
    reader: Engine
    backup_path: Path | None = None
    # a server that wants each person's own password: nothing is read until sign-in
    # (agencia.db.server_sign_in), which checks the schema and then adopts their engines
    needs_sign_in: bool = False
    _lock: WriterLock | None = field(default=None, repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return Path(self.url.database or "") if self.is_sqlite else None

    def describe(self) -> str:
        return urls.describe(self.url)

    def adopt(self, url: URL, writer: Engine, reader: Engine) -> None:
        """Go on with other engines: after signing in on a server set up with server
        roles, the person's own (the ones the workstation opened with are closed)."""
        old = (self.writer, self.reader)
        self.url, self.writer, self.reader = url, writer, reader
        self.needs_sign_in = False
        for engine in old:
            engine.dispose()

    def close(self) -> None:
        self.writer.dispose()
        self.reader.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def open_database(
    url: str | URL | None = None, *, upgrade: bool = True, read_only: bool = False
) -> Database:
    """Open (and, for SQLite, create or migrate) the database, or raise DatabaseRefused.

    `read_only` (the command line's lists, shows and decks): a SQLite file another
    process is writing is still opened, for reading only (`_beside_writer`)."""
    resolved = url if isinstance(url, URL) else urls.resolve(url)
    if resolved.get_backend_name() == "sqlite":
        return _open_sqlite(resolved, upgrade=upgrade, read_only=read_only)
    return _open_postgresql(resolved)


def _open_sqlite(url: URL, *, upgrade: bool, read_only: bool = False) -> Database:
    if url.database in (None, "", ":memory:"):
        raise DatabaseRefused("db.bad_url", url=str(url))
    path = Path(url.database or "").expanduser().resolve()
    url = url.set(database=str(path))
    if path.is_dir():
        raise DatabaseRefused("db.not_database", path=str(path))
    sqlite_checks.refuse_network_share(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise DatabaseRefused("db.read_only", path=str(path), folder=str(path.parent)) from None
    # The lock first: a file another process is writing may look truncated or damaged
    # half-way through a checkpoint, and must be refused as in use, not as broken.
    lock = WriterLock(path)
    try:
        lock.acquire()
    except DatabaseRefused as in_use:
        if not read_only or not path.is_file():
            raise
        return _beside_writer(url, in_use)
    try:
        new = not path.exists()
        revision = None if new else _check_existing(path)
        if upgrade and (new or revision != migrate.head() or not _in_wal_mode(path)):
            backup = _migrate_sqlite(url, path, new=new)
        else:  # nothing to write: no write lock asked, so another program's writing is no bar
            backup = None
        writer, reader = make_engines(url)
    except BaseException:
        lock.release()
        raise
    return Database(url=url, writer=writer, reader=reader, backup_path=backup, _lock=lock)


def _beside_writer(url: URL, in_use: DatabaseRefused) -> Database:
    """Reads beside the process that holds the writer's lock (the window): SQLite in WAL
    mode lets readers go on beside one writer. The file is that process's to check and
    migrate, so it is only read here, at this version's schema or not at all, through
    connections that cannot write (`query_only`); a write tried through them is refused
    as the second writer it would be (`in_use`), not as a damaged file."""
    from agencia.db.engine import read_only_engine

    engine = read_only_engine(url)

    @event.listens_for(engine, "handle_error")
    def _second_writer(context: Any) -> None:
        if "readonly" in str(context.original_exception).replace(" ", ""):
            raise in_use

    try:
        with engine.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except SQLAlchemyError:
        engine.dispose()
        raise in_use from None
    if revision != migrate.head() or not _in_wal_mode(Path(url.database or "")):
        engine.dispose()
        raise in_use  # being set up or migrated by its writer: wait for it
    return Database(url=url, writer=engine, reader=engine)


def _check_existing(path: Path) -> str | None:
    """The read-only checks: one name, writable, ours, undamaged (its `-wal` included), and
    not from a newer version. Returns the revision."""
    links = path.stat().st_nlink
    if links > 1:  # the lock beside another name would not keep a second writer out
        raise DatabaseRefused("db.hard_link", path=str(path), links=links)
    if not os.access(path, os.W_OK):
        raise DatabaseRefused("db.read_only", path=str(path), folder=str(path.parent))
    shm = path.with_name(path.name + "-shm")
    if shm.exists() and not os.access(shm, os.W_OK):
        raise DatabaseRefused("db.shm_read_only", shm=str(shm), path=str(path))
    sqlite_checks.check_header(path)
    if path.stat().st_size == 0 and not wal.has_frames(path):
        return None  # an empty file: SQLite treats it as a new database
    # quick_check reads every page (~130 MB/s): at open only while that stays a blink, and
    # always after a crash (a -wal left behind); a big file is checked by its backups'
    # integrity_check and by `agencia db check`.
    check = path.stat().st_size <= QUICK_CHECK_MAX_BYTES or wal.has_frames(path)
    revision, has_tables = sqlite_checks.read_revision(path, check=check)
    if revision is None and has_tables:
        raise DatabaseRefused("db.not_database", path=str(path))
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseRefused("db.newer", revision=revision, path=str(path))
    return revision


def _in_wal_mode(path: Path) -> bool:
    """Header bytes 18-19 are 2 once `journal_mode = WAL` was set."""
    with path.open("rb") as f:
        header = f.read(20)
    return header[18:20] == b"\x02\x02"


def _migrate_sqlite(url: URL, path: Path, *, new: bool) -> Path | None:
    """WAL on, then migrate to head; an existing file is backed up first and restored on failure."""
    engine = make_migration_engine(url)
    try:
        with engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA journal_mode = WAL")  # type: ignore[union-attr]
            current = migrate.current(conn)
            if current == migrate.head():
                return None
            backup = None if new or current is None else backup_sqlite(path, reason=current)
            try:
                migrate.upgrade(conn)
            except Exception as exc:
                if backup is not None:
                    _online_copy(backup, path)  # put the file back as it was
                raise DatabaseRefused("db.migration_failed", detail=str(exc)) from exc
            return backup
    finally:
        engine.dispose()


def backup_sqlite(path: Path, *, reason: str = "", target: Path | None = None) -> Path:
    """An online backup (SQLite's backup API, never a file copy), checked with integrity_check;
    a backup that fails the check is deleted, never left to be mistaken for a good one."""
    if target is None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        suffix = f"-rev{reason}" if reason else ""
        target = path.with_name(f"{path.stem}{suffix}-{stamp}.backup{path.suffix}")
    # written under a hidden sibling, renamed once checked: a backup killed midway never
    # leaves a partial file (and its -journal) under the name chosen (`staged`)
    partial = staged.new_file(target)
    try:
        with staged.holding(partial):
            if not _online_copy(path, partial, check=True):
                raise DatabaseRefused("db.damaged", path=str(path), detail="integrity_check")
            with partial.open("rb") as f:
                os.fsync(f.fileno())
        os.replace(partial, target)
    except BaseException:
        staged.remove(partial)
        raise
    return target


def _online_copy(source: Path, target: Path, *, check: bool = False) -> bool:
    """Copy `source` onto `target` with SQLite's backup API; with `check`, whether the
    copy passes integrity_check."""
    src = sqlite3.connect(source)
    try:
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
            return not check or sqlite_checks.integrity_ok(dest)
        finally:
            dest.close()
    finally:
        src.close()


def _open_postgresql(url: URL) -> Database:
    writer, reader = make_engines(url)
    try:
        with writer.connect() as conn:
            revision = migrate.current(conn)
    except OperationalError as exc:
        if url.password is None and "password" in _first_line(exc):
            # the workstation's URL holds no password: the person's, at sign-in, opens it
            return Database(url=url, writer=writer, reader=reader, needs_sign_in=True)
        writer.dispose()
        reader.dispose()
        slots = too_many_connections(exc)  # the server's or the role's slots all taken
        if slots is not None:
            raise DatabaseRefused(slots) from None
        raise DatabaseRefused("db.unreachable", detail=_first_line(exc)) from None
    refusal = _schema_refusal(revision)
    if refusal is not None:  # close the pooled connection, or it leaks (ResourceWarning)
        writer.dispose()
        reader.dispose()
        raise refusal
    return Database(url=url, writer=writer, reader=reader)


def _schema_refusal(revision: str | None) -> DatabaseRefused | None:
    """Why a server database's schema cannot be used by this version, if it cannot."""
    refusal = None
    if revision is not None and revision not in migrate.known_revisions():
        refusal = DatabaseRefused("db.newer", revision=revision)
    elif revision != migrate.head():
        refusal = DatabaseRefused("db.older_pg")
    return refusal


def check_schema(connection: Connection) -> None:
    """Refuse a server schema that is not this version's (after a deferred open)."""
    refusal = _schema_refusal(migrate.current(connection))
    if refusal is not None:
        raise refusal


def upgrade_database(url: str | URL | None = None) -> tuple[str | None, str]:
    """`agencia db upgrade`: migrate to head; returns (from, to). On PostgreSQL it takes
    an advisory lock in the migration's one transaction."""
    resolved = url if isinstance(url, URL) else urls.resolve(url)
    if resolved.get_backend_name() == "sqlite":
        path = Path(resolved.database or "")
        before = sqlite_checks.read_revision(path)[0] if path.exists() else None
        open_database(resolved).close()
        return before, migrate.head()
    engine = make_migration_engine(resolved)
    try:
        with engine.connect() as conn:
            before = migrate.current(conn)
            if before is not None and before not in migrate.known_revisions():
                raise DatabaseRefused("db.newer", revision=before)
            migrate.upgrade(conn)
    except OperationalError as exc:
        raise DatabaseRefused("db.unreachable", detail=_first_line(exc)) from None
    except SQLAlchemyError as exc:  # rows an enum's CHECK refuses (server_enum_checks)
        from agencia.db.server_enum_checks import refusal

        refused = refusal(exc)
        if refused is None:
            raise
        raise refused from None
    finally:
        engine.dispose()
    return before, migrate.head()


def current_revision(url: str | URL | None = None) -> str | None:
    resolved = url if isinstance(url, URL) else urls.resolve(url)
    if resolved.get_backend_name() == "sqlite":
        path = Path(resolved.database or "")
        if not path.exists():
            raise DatabaseRefused("db.not_found", path=str(path))
        sqlite_checks.check_header(path)
        return sqlite_checks.read_revision(path)[0]
    engine = make_migration_engine(resolved)
    try:
        with engine.connect() as conn:
            return migrate.current(conn)
    except OperationalError as exc:
        raise DatabaseRefused("db.unreachable", detail=_first_line(exc)) from None
    finally:
        engine.dispose()


def ping(db: Database) -> bool:
    with contextlib.suppress(SQLAlchemyError), db.reader.connect() as conn:
        conn.execute(text("SELECT 1"))
        return True
    return False


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__

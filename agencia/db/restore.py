"""Restoring a backup, checking a file, and rescuing what a damaged one still holds.

Copying a backup over the database by hand leaves the old `-wal` beside it, which SQLite
replays into the backup (undoing the restore, or corrupting it). `restore_backup` does it
under the writer's lock: the backup is checked first, the file it replaces is kept aside
with its `-wal` (renamed together, so the pair still opens), the `-shm` is dropped, and
the backup is copied in with SQLite's backup API and checked before it takes the name.
`recover_database` never touches the damaged file: it works on a private copy and writes
a new one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from agencia.db import migrate, sqlite_checks, sqlite_view, wal
from agencia.db.lock import WriterLock
from agencia.domain.errors import DatabaseRefused, DomainError

_SIDES = ("-wal", "-shm")


def check_database(path: Path) -> list[str]:
    """SQLite's integrity_check on the database as SQLite reads it (`-wal` included), the
    file untouched; [] when it is sound, else the first problems found."""
    _must_exist(path)
    sqlite_checks.check_header(path)
    with sqlite_view.reading(path) as conn:
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
    return [] if rows == ["ok"] else rows


def restore_backup(path: Path, backup: Path) -> Path | None:
    """Put `backup` in place of the database at `path`; returns where the replaced file was
    kept (None when there was none). Refused, with nothing changed, when the backup is
    damaged or newer, or another program holds the database."""
    path, backup = path.expanduser().resolve(), backup.expanduser().resolve()
    _must_exist(backup)
    if backup == path:
        raise DomainError("db.backup_exists", path=str(path))
    _check_backup(backup)
    lock = WriterLock(path)
    lock.acquire()
    try:
        staged = path.with_name(f".{path.name}.restoring")
        try:
            _copy_checked(backup, staged)
            kept = _keep_aside(path)
            os.replace(staged, path)
        finally:
            staged.unlink(missing_ok=True)
    finally:
        lock.release()
    return kept


def recover_database(path: Path, out: Path) -> int:
    """What SQLite can still read of `path`, written into the new file `out` (SQLite's
    `.recover` when the sqlite3 program is there, else a table-by-table dump); returns the
    number of rows saved. `path` is only read."""
    path, out = path.expanduser().resolve(), out.expanduser().resolve()
    _must_exist(path)
    if out.exists() or out == path:
        raise DomainError("db.backup_exists", path=str(out))
    with tempfile.TemporaryDirectory(prefix="agencia-recover-") as folder:
        copy = Path(folder) / "damaged.sqlite3"
        shutil.copyfile(path, copy)
        if wal.has_frames(path):
            with contextlib.suppress(DatabaseRefused):  # a stranger's -wal stays out
                sqlite_view.check_wal(path)
                shutil.copyfile(wal.wal_path(path), wal.wal_path(copy))
        staged = Path(folder) / "recovered.sqlite3"
        if not _recover_with_cli(copy, staged):
            _recover_with_python(copy, staged)
        rows = _count_rows(staged)
        shutil.copyfile(staged, out)
    return rows


def _must_exist(path: Path) -> None:
    if not path.is_file():
        raise DatabaseRefused("db.not_found", path=str(path))


def _check_backup(backup: Path) -> None:
    problems = check_database(backup)
    if problems:
        raise DatabaseRefused("db.damaged", path=str(backup), detail=problems[0])
    revision, has_tables = sqlite_checks.read_revision(backup)
    if revision is None and has_tables:
        raise DatabaseRefused("db.not_database", path=str(backup))
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseRefused("db.newer", revision=revision, path=str(backup))


def _copy_checked(source: Path, target: Path) -> None:
    """The backup API into `target`, integrity-checked and on disk before it is used."""
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="agencia-restore-") as folder:
        src_path = Path(folder) / "source.sqlite3"  # a copy: never a -wal/-shm by the backup
        shutil.copyfile(source, src_path)
        if wal.has_frames(source):
            shutil.copyfile(wal.wal_path(source), wal.wal_path(src_path))
        src = sqlite3.connect(src_path)
        try:
            dest = sqlite3.connect(target)
            try:
                src.backup(dest)
                ok = sqlite_checks.integrity_ok(dest)
            finally:
                dest.close()
        finally:
            src.close()
    if not ok:
        raise DatabaseRefused("db.damaged", path=str(source), detail="integrity_check")
    with target.open("rb") as f:
        os.fsync(f.fileno())


def _keep_aside(path: Path) -> Path | None:
    """Rename the replaced file and its -wal together (a pair that still opens); the -shm is
    only an index of the -wal, rebuilt when needed."""
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    if not path.exists():
        path.with_name(path.name + "-wal").unlink(missing_ok=True)
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    kept = path.with_name(f"{path.stem}-replaced-{stamp}{path.suffix}")
    os.replace(path, kept)
    side = path.with_name(path.name + "-wal")
    if side.exists():
        os.replace(side, kept.with_name(kept.name + "-wal"))
    return kept


def _recover_with_cli(damaged: Path, out: Path) -> bool:
    program = shutil.which("sqlite3")
    if program is None:
        return False
    dump = subprocess.run(
        [program, str(damaged), ".recover"], capture_output=True, text=True, check=False
    )
    if dump.returncode != 0 or not dump.stdout.strip():
        return False
    load = subprocess.run(
        [program, str(out)], input=dump.stdout, capture_output=True, text=True, check=False
    )
    return load.returncode == 0 and out.exists()


def _recover_with_python(damaged: Path, out: Path) -> None:
    """Each table's schema and whatever rows can still be read, table by table."""
    src = sqlite3.connect(damaged)
    dest = sqlite3.connect(out)
    try:
        try:
            schema = src.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
                "AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
        except sqlite3.DatabaseError:
            schema = []
        for name, sql in schema:
            with contextlib.suppress(sqlite3.DatabaseError):
                dest.execute(sql)
                rows = src.execute(f'SELECT * FROM "{name}"')
                while True:
                    try:
                        batch = rows.fetchmany(500)
                    except sqlite3.DatabaseError:
                        break
                    if not batch:
                        break
                    marks = ",".join("?" * len(batch[0]))
                    dest.executemany(f'INSERT INTO "{name}" VALUES ({marks})', batch)
        dest.commit()
    finally:
        dest.close()
        src.close()


def _count_rows(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        total = 0
        for name in names:
            with contextlib.suppress(sqlite3.DatabaseError):
                total += int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        return total
    finally:
        conn.close()

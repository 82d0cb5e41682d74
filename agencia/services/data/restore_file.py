"""A restore onto a SQLite file, all or nothing on disk as well as in the database.

Loaded in place, a restore killed midway (kill -9, a power cut) left the target migrated
but empty, and the next command pointed away from the restore («no tiene usuarios:
cárguela con agencia demo…»). So the export is loaded into a hidden sibling file
(`.NAME.restoring`, in the same folder: the rename cannot cross file systems) and renamed
to the target's name only once the restore committed: a kill leaves no target, or the
empty one there before, untouched. The writer's lock on the target is held throughout (no
other Agencia opens it meanwhile); a sibling a killed restore left behind is ours, by its
exact name, and is removed before the next one starts.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from agencia.db import migrate, sqlite_checks, sqlite_view, wal
from agencia.db.database import open_database
from agencia.db.lock import WriterLock
from agencia.domain.errors import DatabaseRefused, DomainError
from agencia.services.data.restore_all import Restored, restore_checked

STAGED = ".restoring"  # the ending of the hidden sibling a restore is loaded into
_SIDES = ("-wal", "-shm", "-journal", ".lock")


def staged_path(path: Path) -> Path:
    """Where a restore onto `path` is loaded before it takes the name."""
    return path.with_name(f".{path.name}{STAGED}")


def restore_into_file(path: Path, folder: Path) -> Restored:
    """Load the export in `folder` into the SQLite file `path` (absent, or an empty
    Agencia database), through `staged_path`; the file takes the restore whole or not at
    all."""
    path = Path(path).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = WriterLock(path)
    lock.acquire()
    try:
        _check_empty(path)
        staged = staged_path(path)
        _remove(staged)  # what a killed restore left
        try:
            db = open_database(f"sqlite:///{staged}")
            try:
                done = restore_checked(db, folder)
            finally:
                db.close()
            _checkpoint(staged)
            _put_in_place(staged, path)
        except BaseException:
            _remove(staged)
            raise
    finally:
        lock.release()
    return done


def _check_empty(path: Path) -> None:
    """The target, if there is one, is an Agencia database (not a newer one's) with no
    rows: a restore never merges, nor replaces someone's data or another program's file."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseRefused("db.not_database", path=str(path))
    sqlite_checks.check_header(path)
    if path.stat().st_size == 0 and not wal.has_frames(path):
        return
    revision, has_tables = sqlite_checks.read_revision(path)
    if revision is None and has_tables:
        raise DatabaseRefused("db.not_database", path=str(path))
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseRefused("db.newer", revision=revision, path=str(path))
    with sqlite_view.reading(path) as conn:
        try:
            names = [
                str(r[0])
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND name <> 'alembic_version' ORDER BY name"
                )
            ]
            for name in names:
                quoted = name.replace('"', '""')
                if conn.execute(f'SELECT 1 FROM "{quoted}" LIMIT 1').fetchone():
                    raise DomainError("data.restore_not_empty", table=name)
        except sqlite3.DatabaseError as exc:
            raise DatabaseRefused("db.damaged", path=str(path), detail=str(exc)) from None


def _checkpoint(staged: Path) -> None:
    """Every page in the file itself, its `-wal` emptied: only the file is renamed."""
    conn = sqlite3.connect(staged, isolation_level=None)
    try:
        busy, _frames, _moved = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy or wal.has_frames(staged):
        raise DatabaseRefused("db.in_use", pid="?", path=str(staged))


def _put_in_place(staged: Path, path: Path) -> None:
    """The restored file takes the name; the empty file it replaces goes with its `-wal`
    and `-shm` (SQLite would replay that `-wal` into the new file)."""
    with staged.open("rb") as f:
        os.fsync(f.fileno())
    for side in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    os.replace(staged, path)
    for side in _SIDES:
        staged.with_name(staged.name + side).unlink(missing_ok=True)
    if hasattr(os, "O_DIRECTORY"):  # the rename itself on disk
        with contextlib.suppress(OSError):
            fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def _remove(staged: Path) -> None:
    staged.unlink(missing_ok=True)
    for side in _SIDES:
        staged.with_name(staged.name + side).unlink(missing_ok=True)

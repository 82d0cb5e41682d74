"""The database as SQLite will read it, `-wal` included, without touching it.

With no `-wal` (the usual case: a clean close removes it) the file is opened `immutable`.
With one, SQLite would replay it: a crash or a full disk mid-checkpoint leaves a main file
shorter than its header says while the missing pages wait in the `-wal`, and a newer schema
may live only there. So the file and its `-wal` are copied into a private folder and SQLite
replays the copy; the `-wal` is first checked to belong to the file (`wal.belongs`), since
SQLite would replay a stranger's as readily.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from agencia.db import wal
from agencia.domain.errors import DatabaseRefused


@contextlib.contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection on what SQLite would see at `path`; refuses a `-wal` that
    belongs to another file, and pages that neither the file nor its `-wal` hold."""
    if not wal.has_frames(path):
        conn = _connect(f"file:{quote(str(path))}?immutable=1", path)
        try:
            yield conn
        finally:
            conn.close()
        return
    check_wal(path)  # before SQLite replays it, even into a copy
    with tempfile.TemporaryDirectory(prefix="agencia-check-") as folder:
        copy = Path(folder) / "copy.sqlite3"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(wal.wal_path(path), wal.wal_path(copy))
        except OSError as exc:  # a full disk, most likely: say so, not "internal error"
            raise DatabaseRefused("db.write_failed", path=folder, detail=str(exc)) from None
        conn = _connect(f"file:{quote(str(copy))}", path)
        try:
            conn.execute("PRAGMA query_only = ON")
            yield conn
        finally:
            conn.close()


def _connect(uri: str, path: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseRefused("db.damaged", path=str(path), detail=str(exc)) from None


def check_wal(path: Path) -> None:
    """The `-wal` belongs to the file, and together they hold every page."""
    wal_file = wal.wal_path(path)
    frames = wal.read_frames(wal_file)
    if frames is None or not frames.commit_sizes:
        return  # nothing SQLite would replay: the main file alone counts
    with path.open("rb") as f:
        size = f.seek(0, 2)
        f.seek(0)
        first_page = f.read(frames.page_size)
    if not wal.belongs(frames, first_page, size):
        raise DatabaseRefused("db.stale_wal", path=str(path), wal=str(wal_file))
    page_size = frames.page_size
    held = size // page_size
    missing = [p for p in range(held + 1, frames.db_pages + 1) if p not in frames.pages]
    if missing or size % page_size:
        lost = len(missing) * page_size + (page_size - size % page_size) % page_size
        raise DatabaseRefused("db.truncated", path=str(path), missing=lost)


def quick_check(conn: sqlite3.Connection) -> str:
    """'ok', or SQLite's first complaint (quick_check: the b-trees, not the indexes' content)."""
    try:
        row = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return str(row[0]) if row else "?"


def main_file_alone_ok(path: Path) -> bool:
    """Whether the main file, without its `-wal`, passes quick_check (then a -wal that breaks
    it is a stranger's)."""
    conn = _connect(f"file:{quote(str(path))}?immutable=1", path)
    try:
        return quick_check(conn) == "ok"
    finally:
        conn.close()

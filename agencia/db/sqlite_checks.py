"""Read-only checks of a SQLite file before anything writes to it.

Each check refuses with a reason and leaves the file byte-for-byte as it was: the file
is only read: SQLite opens it `immutable` (no locks, no journal, no -wal/-shm), or a
private copy of it and its `-wal` (`sqlite_view`).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from agencia.db import sqlite_view, wal
from agencia.domain.errors import DatabaseRefused

MAGIC = b"SQLite format 3\x00"
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afs",
        "ncpfs",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "ceph",
        "lustre",
    }
)


def filesystem_type(path: Path, mounts: str = "/proc/mounts") -> str:
    """The type of the filesystem holding `path`, from the longest matching mount point."""
    try:
        lines = Path(mounts).read_text().splitlines()
    except OSError:
        return ""
    target = str(path.resolve())
    best, fstype = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, fields[2]
    return fstype


def refuse_network_share(path: Path, mounts: str = "/proc/mounts") -> None:
    fstype = filesystem_type(path.parent, mounts)
    if fstype in NETWORK_FILESYSTEMS:
        raise DatabaseRefused("db.network_share", fs=fstype, path=str(path))


def check_header(path: Path) -> None:
    """Magic bytes, and page count × page size against the file's real size (when there
    is a `-wal`, the pages it holds count too: `sqlite_view` checks the size then)."""
    size = path.stat().st_size
    with path.open("rb") as f:
        header = f.read(100)
    if size == 0:
        return  # an empty file: SQLite treats it as a new database
    if len(header) < 100 or not header.startswith(MAGIC):
        raise DatabaseRefused("db.not_database", path=str(path))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseRefused("db.bad_header", path=str(path))
    if wal.has_frames(path):
        return
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    if page_count and change_counter == valid_for and page_count * page_size > size:
        missing = page_count * page_size - size
        raise DatabaseRefused("db.truncated", path=str(path), missing=missing)
    if size % page_size:
        missing = page_size - size % page_size
        raise DatabaseRefused("db.truncated", path=str(path), missing=missing)


def read_revision(path: Path, *, check: bool = False) -> tuple[str | None, bool]:
    """(Alembic revision or None, whether the file holds any table at all), read as SQLite
    will (`-wal` included); with `check`, a file that fails quick_check is refused."""
    with sqlite_view.reading(path) as conn:
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                revision = None
            else:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        except sqlite3.DatabaseError as exc:
            message = str(exc)
            if "not a database" in message:
                raise DatabaseRefused("db.not_database", path=str(path)) from None
            raise DatabaseRefused("db.damaged", path=str(path), detail=message) from None
        if check:
            _refuse_damage(path, conn)
    return revision, bool(tables)


def _refuse_damage(path: Path, conn: sqlite3.Connection) -> None:
    problem = sqlite_view.quick_check(conn)
    if problem == "ok":
        return
    if wal.has_frames(path) and sqlite_view.main_file_alone_ok(path):
        raise DatabaseRefused("db.stale_wal", path=str(path), wal=str(wal.wal_path(path)))
    raise DatabaseRefused("db.damaged", path=str(path), detail=problem)


def integrity_ok(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

"""The writer's lock file beside a SQLite database.

SQLite before 3.51.3 can corrupt a WAL database when two processes write and
checkpoint at once, so one Agencia process at a time writes a file. The lock is
`flock` where there is fcntl, and `msvcrt.locking` on Windows.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from agencia.domain.errors import DatabaseRefused

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # everywhere but Windows
    msvcrt = None  # type: ignore[assignment]

# Windows locks are mandatory: lock a byte past the holder's PID so others can read it.
_WINDOWS_LOCK_OFFSET = 64


def _lock(fd: int) -> None:
    """Lock `fd` without waiting; OSError if another process holds it."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    elif msvcrt is not None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        finally:
            os.lseek(fd, 0, os.SEEK_SET)  # where the holder's PID is read or ours written


def _unlock(fd: int) -> None:
    """A Windows lock is released explicitly (closing drops a flock)."""
    if fcntl is None and msvcrt is not None:
        with contextlib.suppress(OSError):
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


class WriterLock:
    """Held while this process may write the file: another Agencia process is refused, not
    queued."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        while True:
            fd = self._open()
            try:
                _lock(fd)
            except OSError:
                holder = os.read(fd, 32).decode(errors="replace").strip() or "?"
                os.close(fd)
                raise DatabaseRefused(
                    "db.in_use", pid=holder, path=str(self.path.with_suffix(""))
                ) from None
            # The holder may have released (and unlinked) the file between our open and
            # our lock: then we hold a lock nobody else can see. Lock the new file instead.
            try:
                if os.path.samestat(os.fstat(fd), os.stat(self.path)):
                    break
            except FileNotFoundError:
                pass
            _unlock(fd)
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def _open(self) -> int:
        """Open (or create) the lock file, never through a link: a symlink named like our
        lock would have us overwrite whatever it points to with a PID."""
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            if self.path.is_symlink():
                raise DatabaseRefused("db.lock_symlink", lock=str(self.path))
            fd = os.open(self.path, flags, 0o644)
        except PermissionError:
            raise DatabaseRefused(
                "db.read_only", path=str(self.db_path), folder=str(self.path.parent)
            ) from None
        except OSError as exc:
            if exc.errno == errno.EROFS:
                raise DatabaseRefused(
                    "db.read_only", path=str(self.db_path), folder=str(self.path.parent)
                ) from None
            if exc.errno in (errno.ELOOP, errno.EMLINK, errno.ENXIO):
                raise DatabaseRefused("db.lock_symlink", lock=str(self.path)) from None
            raise
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO, a device: not ours to write
            os.close(fd)
            raise DatabaseRefused("db.lock_symlink", lock=str(self.path))
        return fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if fcntl is None:  # Windows: unlock, close, then delete (an open file cannot be)
            _unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):  # another process may have it open
                self.path.unlink(missing_ok=True)
            return
        try:  # unlinked before closing, so nobody locks a file about to disappear
            self.path.unlink(missing_ok=True)
        finally:
            os.close(fd)  # closing drops the flock

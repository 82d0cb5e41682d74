"""The writer's lock file beside a SQLite database.

SQLite before 3.51.3 can corrupt a WAL database when two processes write and
checkpoint at once, so one Agencia process at a time writes a file.
"""

from __future__ import annotations

import os
from pathlib import Path

from agencia.domain.errors import DatabaseRefused

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class WriterLock:
    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if fcntl is None:
                break
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = os.read(fd, 32).decode(errors="replace").strip() or "?"
                os.close(fd)
                raise DatabaseRefused(
                    "db.in_use", pid=holder, path=str(self.path.with_suffix(""))
                ) from None
            # The holder may have released (and unlinked) the file between our open and
            # our flock: then we hold a lock nobody else can see. Lock the new file instead.
            try:
                if os.path.samestat(os.fstat(fd), os.stat(self.path)):
                    break
            except FileNotFoundError:
                pass
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(self._fd)  # closing drops the flock
            self._fd = None

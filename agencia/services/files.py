"""Files written whole or not at all: decks, exports, backups that people keep.

The new file is written beside its target under a temporary name carrying the writer's
process id, flushed to disk, then renamed over the target; a writer killed midway
leaves a temporary file that the next writer of the same target removes. Only a regular
file is ever replaced (never a folder, a device or a pipe).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from agencia.domain.errors import DomainError

PART = ".part"
# A disk (or the person's quota on it) with no room left: said plainly, as a full disk.
_DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})
# A cell a spreadsheet would run as a formula starts with one of these (OWASP's advice on
# CSV injection): such text is written with a leading apostrophe, which shows it as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What a terminal would obey instead of printing: C0/C1 controls (escape sequences).
_TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def spreadsheet_cell(value: object) -> object:
    """`value` as a CSV cell that Excel or LibreOffice shows and never runs."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def terminal_text(value: str) -> str:
    """`value` with what a terminal would obey (escape sequences, controls) shown as "?"."""
    return _TERMINAL_CONTROL.sub("?", value)


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A file that appears at `path` only whole: written to a temporary file in the same
    folder, flushed to disk, then renamed over `path`. Anything raised inside (or a
    failed write) removes the temporary file and leaves `path` as it was.

    An unwritable place is refused on entry, before any work, as
    DomainError("db.write_failed", path=…, detail=…); a full disk, at any point, as
    DomainError("file.disk_full", path=…).
    """
    target = Path(path).expanduser().absolute()
    try:
        _refuse_special(target)
        _sweep(target)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.{os.getpid()}.", suffix=PART, dir=target.parent
        )
    except OSError as exc:
        if exc.errno in _DISK_FULL:
            raise DomainError("file.disk_full", path=str(target)) from None
        raise DomainError(
            "db.write_failed", path=str(target), detail=exc.strerror or str(exc)
        ) from None
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        _set_mode(Path(temporary), target)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        if exc.errno in _DISK_FULL:  # the system's words («No space left on device») are English
            raise DomainError("file.disk_full", path=str(target)) from None
        raise DomainError(
            "db.write_failed", path=str(target), detail=exc.strerror or str(exc)
        ) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def write_atomically(path: Path, data: bytes) -> Path:
    """`data` at `path`, whole or not at all (see atomic_output); the absolute path."""
    with atomic_output(path) as out:
        out.write(data)
    return Path(path).expanduser().absolute()


def _set_mode(temporary: Path, target: Path) -> None:
    """mkstemp makes a private file (0600): give the new file the mode of the one it
    replaces, else what the umask allows, as a plain `open` would."""
    if not hasattr(os, "chmod") or os.name != "posix":
        return
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)


def _sync_folder(folder: Path) -> None:
    """The rename itself survives a power cut once the folder is synced (POSIX only)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _refuse_special(target: Path) -> None:
    """Only a regular file (or nothing) is replaced: never a folder, a device, a pipe."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(21, os.strerror(21))
    if not stat.S_ISREG(mode):
        raise DomainError("file.not_regular", path=str(target))


def _sweep(target: Path) -> None:
    """Remove what a killed writer of `target` left behind: its temporary files, named
    with the writer's process id, when that process is gone."""
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*{PART}"):
        pid = leftover.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: alive, someone else's
        return True
    return True

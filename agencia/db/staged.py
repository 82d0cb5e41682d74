"""Hidden siblings a file or folder is written under before it takes its name.

A backup or an export written straight under the name chosen, and killed midway (kill -9,
a power cut), leaves a partial copy there that looks like the real thing («no es un
archivo de Agencia», «Ya existe el archivo»). So each is written as `.NAME.XXXXXXXX.partial`
in the same folder (a rename never crosses file systems) and renamed at the end. The
writer holds a `flock` on its sibling while it writes; one nobody holds was left by a
killed run, and the next run to the same name removes it — only ours, by the exact
pattern `tempfile` gives them. Where there is no `flock` (Windows) a leftover is ignored:
its random name never stands in the way.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

PARTIAL = ".partial"


def new_file(target: Path) -> Path:
    """A new empty hidden sibling of `target` to write into; stale ones removed first."""
    remove_stale(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PARTIAL, dir=target.parent)
    try:
        if os.name == "posix":  # mkstemp's 0600: the mode SQLite would have created it with
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(fd, 0o666 & ~umask)
    finally:
        os.close(fd)
    return Path(name)


def new_folder(target: Path) -> Path:
    """A new hidden sibling folder of `target` to write into; stale ones removed first."""
    remove_stale(target)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=PARTIAL, dir=target.parent))


@contextlib.contextmanager
def holding(partial: Path) -> Iterator[None]:
    """Mark `partial` as being written (a `flock` on it) until the block ends. The
    descriptor is opened before and closed after whatever else opens the file (closing
    another descriptor would drop SQLite's own locks on it)."""
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    fd = os.open(partial, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield
    finally:
        os.close(fd)


def remove(partial: Path) -> None:
    """A sibling and what SQLite wrote beside it."""
    if partial.is_dir() and not partial.is_symlink():
        shutil.rmtree(partial, ignore_errors=True)
    else:
        partial.unlink(missing_ok=True)
    partial.with_name(partial.name + "-journal").unlink(missing_ok=True)


def remove_stale(target: Path) -> None:
    """Remove the siblings of `target` a killed run left: ours by name, held by nobody."""
    if fcntl is None:  # pragma: no cover - Windows: left, and ignored
        return
    ours = re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{8}}{re.escape(PARTIAL)}")
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return
    for entry in entries:
        if ours.fullmatch(entry.name) and not entry.is_symlink() and not _held(entry):
            remove(entry)


def _held(entry: Path) -> bool:
    """Whether a run still writes `entry` (or it cannot be told: then it is left)."""
    assert fcntl is not None
    try:
        fd = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False

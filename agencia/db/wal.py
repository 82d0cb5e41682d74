"""Whether a `-wal` belongs to the database file beside it.

SQLite does not ask: it replays any `-wal` with a valid header and checksums into whatever
file has the database's name, so a backup copied by hand over a file whose `-wal` was left
behind by a crash gets the old changes back, or is corrupted. What a `-wal` does record is
enough to catch that in most cases: every
frame of page 1 (the header) carries the change counter its writer last read plus one
(`pager_write_changecounter`), and that counter only grows, so a main file whose header is
older than the one the `-wal`'s first frame of page 1 was made from, and is no version the
`-wal` holds either, is not the file it was written on; nor, when the `-wal` never touched
page 1, is a file whose size in the header differs from the one its commits recorded. A
backup made the moment the `-wal` began cannot be told from the file (it is the same
bytes); a `-wal` that would corrupt a file is caught by the quick_check after it.
"""

from __future__ import annotations

import array
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

WAL_HEADER = 32
FRAME_HEADER = 24
_MAGICS = (0x377F0682, 0x377F0683)


@dataclass(frozen=True)
class WalFrames:
    """The committed part of a `-wal`: the frames SQLite would replay."""

    page_size: int
    commit_sizes: tuple[int, ...]  # database size in pages after each commit
    page_ones: tuple[bytes, ...]  # every version of page 1, oldest first
    pages: frozenset[int]

    @property
    def db_pages(self) -> int:
        return self.commit_sizes[-1] if self.commit_sizes else 0


def wal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-wal")


def has_frames(db_path: Path) -> bool:
    """A `-wal` with room for at least one frame (SQLite ignores anything shorter)."""
    wal = wal_path(db_path)
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return False
    return size > WAL_HEADER + FRAME_HEADER + 512


def read_frames(wal: Path) -> WalFrames | None:
    """The frames SQLite would replay: those whose salts match the header and whose running
    checksum holds, up to the last commit (as `walIndexRecover` counts them); None if the
    header is not a valid WAL header (SQLite ignores such a file)."""
    with wal.open("rb") as f:
        header = f.read(WAL_HEADER)
        if len(header) < WAL_HEADER:
            return None
        magic, _version, page_size = struct.unpack(">III", header[:12])
        if magic not in _MAGICS or page_size < 512 or page_size & (page_size - 1):
            return None
        big = magic & 1 == 1
        sums = _checksum(header[:24], 0, 0, big)
        if sums != struct.unpack(">II", header[24:32]):
            return None
        commits: list[int] = []
        page_ones: list[bytes] = []
        pages: set[int] = set()
        pending_ones: list[bytes] = []
        pending_pages: set[int] = set()
        while True:
            frame = f.read(FRAME_HEADER + page_size)
            if len(frame) < FRAME_HEADER + page_size or frame[8:16] != header[16:24]:
                break
            sums = _checksum(frame[:8], *sums, big)
            sums = _checksum(frame[FRAME_HEADER:], *sums, big)
            if sums != struct.unpack(">II", frame[16:24]):
                break
            page, commit = struct.unpack(">II", frame[:8])
            pending_pages.add(page)
            if page == 1:
                pending_ones.append(frame[FRAME_HEADER:])
            if commit:  # frames after the last commit are a transaction that never ended
                commits.append(commit)
                pages |= pending_pages
                page_ones += pending_ones
                pending_pages, pending_ones = set(), []
    return WalFrames(page_size, tuple(commits), tuple(page_ones), frozenset(pages))


def _checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    """SQLite's WAL checksum (`walChecksumBytes`), in the byte order the magic names."""
    words = array.array("I", data)
    if big != (sys.byteorder == "big"):
        words.byteswap()
    pairs = iter(words)
    for x0 in pairs:
        x1 = next(pairs)
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


def belongs(frames: WalFrames, main_header: bytes, main_size: int) -> bool:
    """Whether these frames were written on the file whose first page is `main_header`."""
    if not main_header:  # SQLite deletes the -wal of an empty file: never ours to replay
        return False
    page_size = int.from_bytes(main_header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size != frames.page_size:
        return False
    if frames.page_ones:
        if any(main_header == page[: len(main_header)] for page in frames.page_ones):
            return True  # a checkpoint copied this version of page 1 into the file
        # The writer raised the counter it last read (maybe long ago: a connection does not
        # re-read its own writes), so the file's counter cannot be lower than that one.
        return _counter(main_header) + 1 >= _counter(frames.page_ones[0])
    return all(size == _header_pages(main_header, main_size) for size in frames.commit_sizes)


def _counter(header: bytes) -> int:
    return int.from_bytes(header[24:28], "big")


def _header_pages(header: bytes, size: int) -> int:
    """The size in pages SQLite believes: the header's, when it is valid for this writer."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if _counter(header) == int.from_bytes(header[92:96], "big"):
        return int.from_bytes(header[28:32], "big")
    return size // page_size

"""A SQLite file damaged as a failing disk would leave it, for the tests of `db check`,
restore and recover: one index's page overwritten, the table's own rows left whole (so a
rescue still finds them and a check names the index)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage_an_index(path: Path, index: str = "ix_account_groups_director_id") -> None:
    """Overwrite the root page of `index` in the (closed) file at `path`."""
    conn = sqlite3.connect(path)
    try:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)
        ).fetchone()
        (size,) = conn.execute("PRAGMA page_size").fetchone()
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : root * size] = b"\x5a" * size
    path.write_bytes(bytes(data))

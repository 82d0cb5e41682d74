"""A demo's fingerprint: every table's row count and a hash of its rows, so that making
the demo faster can be shown not to change what it contains.

The small demo, and the large one made small (the same code paths, the generated
clients and the tables filled at scale, with a few hundred accounts instead of 100,000),
on SQLite with the same seed; the moments some rows take from the wall clock masked, a
random salt left out, the rows taken in the order they were written (rowid). Run as a
script to print one: `python tests/demo/demo_fingerprint.py small|large [code folder]`.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

# filled from a random salt, not from the demo's seed
VOLATILE = frozenset({"password_hash"})
SMALLER = {  # the large demo made small: (module, constant, value)
    "agencia.demo.accounts.clients": {"LARGE_ACCOUNTS": 400, "LARGE_CONTACTS": 1500},
    "agencia.demo.campaigns.scale": {"TOTAL": 600},
    "agencia.demo.coordination.scale": {"COUNT": 2000},
    "agencia.demo.communications.scale": {"HEAVY": 300},
    "agencia.demo.service.scale": {"HEAVY": 40},
    "agencia.demo.satisfaction.scale": {"COUNT": 200},
}


@contextmanager
def made_small(size: str) -> Iterator[None]:
    """Within: the large demo's numbers made small (nothing changes for the small one)."""
    import importlib

    saved: list[tuple[Any, str, Any]] = []
    if size == "large":
        for name, values in SMALLER.items():
            module = importlib.import_module(name)
            for key, value in values.items():
                saved.append((module, key, getattr(module, key)))
                setattr(module, key, value)
    try:
        yield
    finally:
        for module, key, value in saved:
            setattr(module, key, value)


def _wall_clock() -> Callable[[Any], Any]:
    """A value with the moments of the real today (and yesterday's, should the demo run
    over midnight) written as `<now>`: the stamps some rows take from the wall clock, not
    from the demo's, which keeps its own dates (`agencia.demo.clock`)."""
    today = datetime.now(UTC).date()
    days = "|".join(str(day) for day in (today, today - timedelta(days=1)))
    moment = re.compile(rf"(?:{days})[ T]\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d)?")
    return lambda value: moment.sub("<now>", value) if isinstance(value, str) else value


def fingerprint_of(path: Path) -> dict[str, list[Any]]:
    """{table: [rows, hash of its rows]} of a demo's SQLite file."""
    wall = _wall_clock()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%' AND name NOT LIKE '%fts%' AND name != 'alembic_version' "
                "ORDER BY name"
            )
        ]
        out: dict[str, list[Any]] = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            kept = ", ".join(f'"{c}"' for c in columns if c not in VOLATILE)
            digest = hashlib.sha256()
            count = 0
            for row in connection.execute(f'SELECT {kept} FROM "{table}" ORDER BY rowid'):
                digest.update(repr(tuple(map(wall, row))).encode())
                count += 1
            out[table] = [count, digest.hexdigest()[:16]]
        for table in ("accounts_fts", "contacts_fts"):  # the search finds what it found
            found = connection.execute(
                f"SELECT count(*) FROM {table} WHERE {table} MATCH 'garcia'"
            ).fetchone()
            out[f"{table} garcia"] = [found[0], ""]
        return out
    finally:
        connection.close()


def demo_fingerprint(size: str) -> dict[str, list[Any]]:
    """Fill a new SQLite file with the demo of `size` (seed 3) and fingerprint it."""
    from agencia.db.database import open_database
    from agencia.demo.fill import fill_demo

    with tempfile.TemporaryDirectory(prefix="agencia-fingerprint-") as folder:
        path = Path(folder) / "demo.sqlite3"
        db = open_database(f"sqlite:///{path}")
        try:
            with made_small(size):
                fill_demo(db, size, seed=3)
        finally:
            db.close()
        return fingerprint_of(path)


if __name__ == "__main__":
    if len(sys.argv) > 2:  # another tree's code (the version before a change)
        sys.path.insert(0, sys.argv[2])
    import agencia

    print(agencia.__file__, file=sys.stderr)
    print(json.dumps(demo_fingerprint(sys.argv[1]), indent=1, sort_keys=True))

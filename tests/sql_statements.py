"""Counting the SQL statements a piece of work sends: what the scale tests hold to a fixed
number however many rows there are (counted on the engines, never timed).

    with statements(db.writer, db.reader) as seen:
        pending_for(uow, today)
    assert len(seen) <= MOST, "\\n".join(seen)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

# What a transaction sends of its own, not the work's: left out unless asked for.
TRANSACTION = ("BEGIN", "SET", "SAVEPOINT", "RELEASE")


@contextmanager
def statements(*engines: Engine, leave_out: tuple[str, ...] = TRANSACTION) -> Iterator[list[str]]:
    """Every statement the engines (the same one named twice counts once: SQLite's writer
    may be its reader) run meanwhile, on one line each (white space folded, so a test can
    look for "FROM products"), those starting with a word of `leave_out` left out."""
    seen: list[str] = []
    starts = tuple(word.upper() for word in leave_out)

    def count(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        line = " ".join(sql.split())
        if not line.upper().startswith(starts):
            seen.append(line)

    listened = list({id(e): e for e in engines}.values())
    for engine in listened:
        event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        for engine in listened:
            event.remove(engine, "before_cursor_execute", count)

"""What other workstations changed: the notices the GUI refreshes its screens from."""

from __future__ import annotations

import threading
from collections.abc import Callable

from agencia.db import notify
from agencia.db.database import Database


def shares_changes(db: Database) -> bool:
    """True where other workstations write to the same database (PostgreSQL)."""
    return not db.is_sqlite


def watch_changes(
    db: Database,
    on_change: Callable[[frozenset[str]], None],
    on_state: Callable[[bool], None],
    stop: threading.Event,
) -> None:
    """Block until `stop`, reporting other workstations' changes and the connection state.

    Returns at once on SQLite, where this process is the only writer.
    """
    if shares_changes(db):
        notify.listen(db.url, on_change, on_state, stop)

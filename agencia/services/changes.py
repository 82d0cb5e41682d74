"""What a write changed, for the screens of this workstation and of the others.

`run_write` runs a service call and hands back its result together with what its units
of work recorded (`Written`): the GUI refreshes from that record, never from what a
screen thinks it changed. `watch_changes` hears the same record from other workstations
(PostgreSQL LISTEN/NOTIFY).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from agencia.db import notify
from agencia.db.database import Database
from agencia.db.uow import recording
from agencia.domain.actor import Actor
from agencia.domain.changes import Changes

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Written(Generic[T]):
    """A write's result and what it changed."""

    value: T
    changes: Changes


def run_write(fn: Callable[..., T], db: Database, actor: Actor, *args: Any) -> Written[T]:
    """Call `fn(db, actor, *args)` and collect what its committed units of work changed."""
    with recording() as recorded:
        value = fn(db, actor, *args)
    changes = Changes()
    for record in recorded:
        changes = changes.merged(record)
    return Written(value, changes)


def shares_changes(db: Database) -> bool:
    """True where other workstations write to the same database (PostgreSQL)."""
    return not db.is_sqlite


def watch_changes(
    db: Database,
    on_change: Callable[[Changes], None],
    on_state: Callable[[bool], None],
    stop: threading.Event,
) -> None:
    """Block until `stop`, reporting other workstations' changes and the connection state.

    Returns at once on SQLite, where this process is the only writer.
    """
    if shares_changes(db):
        notify.listen(db.url, on_change, on_state, stop)

"""Other workstations' changes, heard on a thread of their own (PostgreSQL only).

Each notice is re-announced as the Operations' `changed(kinds)`, so every open screen
refreshes what concerns it exactly as after a local write; the listener's connection
state feeds the status bar, and so does every call that fails for want of the database
(and the next one that succeeds), on SQLite too.

Stopping never waits on the server: a listener blocked connecting to a server that does
not answer (up to its connect timeout) is left to end by itself, a daemon holding none of
the window's connections, and says nothing once stopped — so quitting or signing out is
prompt, and nothing reaches a window that is gone.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from agencia.domain.changes import Changes
    from agencia.ui.ops import Operations

STOP_WAIT_S = 1.0  # a listener the server answers sees `stop` within its poll (0.5 s)


class RemoteChanges(QObject):
    changed = Signal(object)  # Changes another workstation made
    connection_changed = Signal(bool)

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._stop = threading.Event()
        self._saying = threading.Lock()  # a report and the stop, one after the other
        self._thread: threading.Thread | None = None
        self.changed.connect(ops.changed.emit)
        ops.reachable.connect(self.connection_changed.emit)  # a failed call says it at once

    def start(self) -> bool:
        """Start listening where the database is shared; False on SQLite."""
        from agencia.services.changes import shares_changes, watch_changes

        if not shares_changes(self._ops.db) or self._thread is not None:
            return False
        self._thread = threading.Thread(
            target=watch_changes,
            args=(self._ops.db, self._heard, self._connected, self._stop),
            name="agencia-remote-changes",
            daemon=True,
        )
        self._thread.start()
        return True

    def _heard(self, changes: Changes) -> None:  # on the listener's thread
        with self._saying:
            if not self._stop.is_set():
                self.changed.emit(changes)

    def _connected(self, up: bool) -> None:  # on the listener's thread
        with self._saying:
            if not self._stop.is_set():
                self.connection_changed.emit(up)

    def stop(self) -> None:
        """Stop the listener (before the database closes): from now on it reports nothing;
        joined if it ends within STOP_WAIT_S, else left to end (see the module)."""
        with self._saying:
            self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=STOP_WAIT_S)
            self._thread = None

"""Other workstations' changes, heard on a thread of their own (PostgreSQL only).

Each notice is re-announced as the Operations' `changed(kinds)`, so every open screen
refreshes what concerns it exactly as after a local write; the listener's connection
state feeds the status bar, and so does every call that fails for want of the database
(and the next one that succeeds), on SQLite too.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from agencia.ui.ops import Operations


class RemoteChanges(QObject):
    changed = Signal(object)  # Changes another workstation made
    connection_changed = Signal(bool)

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._stop = threading.Event()
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
            args=(self._ops.db, self.changed.emit, self.connection_changed.emit, self._stop),
            name="agencia-remote-changes",
            daemon=True,
        )
        self._thread.start()
        return True

    def stop(self) -> None:
        """Stop and join the listener (before the database closes)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

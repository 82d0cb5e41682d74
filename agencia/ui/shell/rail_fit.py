"""The rail collapses by itself in a small window and comes back as the person left it.

Below `NARROW` pixels of window width the page needs the rail's room (the accounts list
beside the account page, the board's columns); above it the rail is what the person
chose (Ctrl+B, the rail's own button), which is also what the settings keep.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from agencia.ui.shell.rail import NavigationRail

NARROW = 1200


class RailFit(QObject):
    """Watches `window`'s resizes; `chosen` is the person's own choice (saved)."""

    def __init__(self, window: QWidget, rail: NavigationRail) -> None:
        super().__init__(window)
        self.window = window
        self.rail = rail
        self.chosen = rail.collapsed
        self.auto = False  # collapsed by the window's width, not by the person
        self._narrow = False
        rail.collapsed_changed.connect(self._changed)
        window.installEventFilter(self)

    _fitting = False

    def _changed(self, collapsed: bool) -> None:
        if not self._fitting:
            self.chosen = collapsed
            self.auto = False

    def choose(self, collapsed: bool) -> None:
        """The person's choice from the settings (start-up): applied unless too narrow."""
        self._set(collapsed)
        self.chosen = collapsed
        if self._narrow and not collapsed:
            self.auto = True
            self._set(True)

    def fit(self) -> None:
        """On crossing `NARROW` only: the person may still open the rail in a small window."""
        narrow = self.window.width() < NARROW
        if narrow == self._narrow:
            return
        self._narrow = narrow
        if narrow and not self.rail.collapsed:
            self.auto = True
            self._set(True)
        elif not narrow and self.auto:
            self.auto = False
            self._set(self.chosen)

    def _set(self, collapsed: bool) -> None:
        self._fitting = True
        try:
            self.rail.set_collapsed(collapsed)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

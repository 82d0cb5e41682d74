"""The window a dialog belongs to when it opens after a read: the one the person asked
from, if it is still open — not whichever is active when the answer arrives (a dialog
opened and closed meanwhile, deleted on closing, took its child dialog and edits with it)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget


def asking_window() -> QWidget | None:
    """The window active now, as the person asks (before the read starts)."""
    return QApplication.activeWindow()


def still_open(window: QWidget | None) -> QWidget | None:
    """`window` if it is still there and shown; else None (the dialog gets a window of its
    own)."""
    if window is not None and shiboken6.isValid(window) and window.isVisible():
        return window
    return None

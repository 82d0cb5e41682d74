"""A dialog's size: what it wants, but never larger than the screen it opens on (a
1024×700 laptop, with room for the task bar), and never smaller than its minimum."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SHARE = 0.92  # of the screen's free room: the window's frame and a margin stay in sight


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """`widget.resize(width, height)`, bounded by the free room of its screen."""
    wanted = QSize(width, height)
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry()
        wanted = wanted.boundedTo(QSize(int(room.width() * SHARE), int(room.height() * SHARE)))
    widget.resize(wanted.expandedTo(widget.minimumSize()))

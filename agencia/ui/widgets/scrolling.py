"""A page that scrolls rather than make the window taller than the screen it is on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(page: QWidget) -> QScrollArea:
    """`page` in a frameless vertical scroll area that gives it the whole width: at
    1024×700 a tall page (a campaign's approvals) scrolls instead of setting the window's
    minimum height."""
    area = QScrollArea(page.parentWidget())
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area

"""What the main window remembers: where it opens (as it was left, or else at 1280×800,
never larger than nine tenths of the screen, centred) and what it keeps when it closes
(its geometry, the rail, each area's own state)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from agencia.ui import settings

if TYPE_CHECKING:
    from agencia.ui.shell.window import MainWindow

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1280, 800)


def restore_geometry(window: QMainWindow) -> None:
    saved: QByteArray = settings.get(settings.WINDOW_GEOMETRY)
    if not saved.isEmpty() and window.restoreGeometry(saved):
        state: QByteArray = settings.get(settings.WINDOW_STATE)
        if not state.isEmpty():
            window.restoreState(state)
        return
    screen = QGuiApplication.primaryScreen()
    size = QSize(DEFAULT_SIZE)
    if screen is not None:
        room = screen.availableGeometry()
        size = size.boundedTo(QSize(int(room.width() * 0.92), int(room.height() * 0.92)))
        window.resize(size)
        frame = window.frameGeometry()
        frame.moveCenter(room.center())
        window.move(frame.topLeft())
    else:
        window.resize(size)


def save_window_state(window: MainWindow) -> None:
    settings.put(settings.WINDOW_GEOMETRY, window.saveGeometry())
    settings.put(settings.WINDOW_STATE, window.saveState())
    settings.put(settings.RAIL_COLLAPSED, window.rail_fit.chosen)
    for area in window.areas.values():
        try:
            area.save_state()
        except Exception:  # one area failing to save must not lose the others
            log.exception("area %s could not save its state", area.id)

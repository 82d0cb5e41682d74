"""What the window shows before an area is ready: opening the database, or why it failed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from agencia.ui.resources import icon
from agencia.ui.shell.spinner import Spinner
from agencia.ui.widgets.text import plain_label


class OpeningPage(QWidget):
    """Painted first, before the database layer is even imported."""

    painted = Signal()  # emitted once, after the first paint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addStretch(3)
        logo = QLabel(self)
        logo.setPixmap(icon("agencia").pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(logo)
        title = QLabel("Agencia", self)
        title.setObjectName("OpeningTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addStretch(1)
        self.spinner = Spinner(16, self)
        row.addWidget(self.spinner)
        self.message = plain_label(self.tr("Abriendo la base de datos…"), self)
        self.message.setObjectName("OpeningDetail")
        row.addWidget(self.message)
        row.addStretch(1)
        column.addLayout(row)
        self.detail = plain_label("", self)  # a path, an error
        self.detail.setObjectName("OpeningDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        column.addWidget(self.detail)
        column.addStretch(4)

    def set_message(self, message: str, busy: bool = True, detail: str = "") -> None:
        self.message.setText(message)
        self.spinner.setVisible(busy)
        self.detail.setText(detail)

    @property
    def has_painted(self) -> bool:
        return self._painted

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()


def describe_url(url: str | None) -> str:
    """What the opening page names while it opens: a file name, or database@server (no
    password), without importing SQLAlchemy to parse it."""
    import os
    from pathlib import PurePath
    from urllib.parse import urlsplit

    raw = url or os.environ.get("AGENCIA_DATABASE_URL", "")
    if not raw:
        return ""
    if "://" not in raw:
        return PurePath(raw).name
    if raw.startswith("sqlite"):
        return PurePath(raw.split(":///", 1)[-1]).name
    try:
        parts = urlsplit(raw)
        return f"{parts.path.lstrip('/')}@{parts.hostname or 'localhost'}"
    except ValueError:
        return ""

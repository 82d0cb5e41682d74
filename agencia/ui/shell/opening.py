"""What the window shows before an area is ready: opening the database, or why it failed.

It is the window's first paint, so it is built from Qt's widgets alone: no name of Qt's
namespace (PySide6 builds all of that namespace's enums on the first use of any: 15 ms,
a tenth of a bare window's start — alignment and text format are set as numbers), and the
turning spinner is added once the page has painted."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from agencia.ui.resources import icon

# Qt.AlignmentFlag.AlignCenter and Qt.TextFormat.PlainText as numbers (see above)
_CENTRED = 0x0084
_PLAIN_TEXT = 0


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    """A centred plain-text label (a path or an error shows as typed)."""
    label = QLabel(parent)
    label.setProperty("textFormat", _PLAIN_TEXT)
    label.setProperty("alignment", _CENTRED)
    if name:
        label.setObjectName(name)
    label.setText(text)
    return label


class OpeningPage(QWidget):
    """Painted first, before the database layer is even imported."""

    painted = Signal()  # emitted once, after the first paint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self._busy = True
        self.spinner: QWidget | None = None  # (ui/shell/spinner.py) once painted
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addStretch(3)
        logo = _label("", self)
        logo.setPixmap(icon("agencia").pixmap(72, 72))
        column.addWidget(logo)
        column.addWidget(_label("Agencia", self, "OpeningTitle"))
        self._row = row = QHBoxLayout()
        row.setSpacing(8)
        row.addStretch(1)
        self.message = _label(self.tr("Abriendo la base de datos…"), self, "OpeningDetail")
        row.addWidget(self.message)
        row.addStretch(1)
        column.addLayout(row)
        self.detail = _label("", self, "OpeningDetail")  # a path, an error
        self.detail.setWordWrap(True)
        column.addWidget(self.detail)
        column.addStretch(4)

    def set_message(self, message: str, busy: bool = True, detail: str = "") -> None:
        self.message.setText(message)
        self._busy = busy
        if self.spinner is not None:
            self.spinner.setVisible(busy)
        self.detail.setText(detail)

    @property
    def has_painted(self) -> bool:
        return self._painted

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._add_spinner)
            self.painted.emit()

    def _add_spinner(self) -> None:
        from agencia.ui.shell.spinner import Spinner

        if self.spinner is None:
            self.spinner = Spinner(16, self)
            self.spinner.setVisible(self._busy)
            self._row.insertWidget(1, self.spinner)


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

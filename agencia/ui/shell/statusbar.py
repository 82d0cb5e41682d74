"""The bottom line: background work, the database, who is signed in, and the connection."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from agencia.ui import style
from agencia.ui.shell.spinner import Spinner
from agencia.ui.widgets.text import plain_label, plain_tip

BUSY_DELAY_MS = 250  # quick operations never flash the indicator


class _Dot(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.token = "text_disabled"
        self.setFixedSize(QSize(10, 10))

    def set_token(self, token: str) -> None:
        self.token = token
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.color(self.token))
        painter.drawEllipse(1, 1, 8, 8)
        painter.end()


class _Item(QWidget):
    """An icon (or a widget) and a label, as one status-bar entry."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 8, 0)
        row.setSpacing(6)
        self.icon = QLabel(self)
        self.icon_name = icon_name
        if icon_name:
            self.icon.setPixmap(style.themed_icon(icon_name, "text_secondary").pixmap(14, 14))
            row.addWidget(self.icon)
        else:
            self.icon.hide()
        self.label = plain_label("", self)  # the database's file name, the person's name
        row.addWidget(self.label)

    def set_text(self, text: str, tip: str = "") -> None:
        self.label.setText(text)
        self.setToolTip(plain_tip(tip or text))
        self.setAccessibleName(tip or text)


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)

        self.busy = QWidget(self)
        row = QHBoxLayout(self.busy)
        row.setContentsMargins(8, 0, 8, 0)
        row.setSpacing(6)
        self.spinner = Spinner(12, self.busy)
        row.addWidget(self.spinner)
        self.busy_label = QLabel(self.tr("Trabajando…"), self.busy)
        row.addWidget(self.busy_label)
        self.busy.hide()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self.busy.show)

        self.database = _Item("database", self)
        self.user = _Item("user", self)
        self.connection = QWidget(self)
        crow = QHBoxLayout(self.connection)
        crow.setContentsMargins(8, 0, 8, 0)
        crow.setSpacing(6)
        self.dot = _Dot(self.connection)
        crow.addWidget(self.dot)
        self.connection_label = QLabel(self.connection)
        crow.addWidget(self.connection_label)

        for widget in (self.busy, self.database, self.user, self.connection):
            self.addPermanentWidget(widget)
        self.database.hide()
        self.user.hide()
        self.connection.hide()

    def set_busy(self, in_flight: int) -> None:
        if in_flight > 0:
            if not self.busy.isVisible() and not self._busy_timer.isActive():
                self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.hide()

    @property
    def is_busy(self) -> bool:
        return self.busy.isVisible() or self._busy_timer.isActive()

    def set_database(self, name: str, detail: str = "") -> None:
        self.database.set_text(name, self.tr("Base de datos: %s") % (detail or name))
        self.database.setVisible(bool(name))

    def set_user(self, name: str, role: str) -> None:
        self.user.set_text(f"{name} · {role}", self.tr("Sesión iniciada: %s (%s)") % (name, role))
        self.user.setVisible(bool(name))

    def set_connected(self, connected: bool) -> None:
        self.connection.show()
        self.dot.set_token("success" if connected else "error")
        self.connection_label.setText(
            self.tr("Conectado") if connected else self.tr("Sin conexión")
        )
        self.connection.setToolTip(
            self.tr("La base de datos responde.")
            if connected
            else self.tr("La base de datos no responde; los cambios no se guardarán.")
        )

    def user_text(self) -> str:
        return self.user.label.text()

    def database_text(self) -> str:
        return self.database.label.text()

"""An empty state says what goes here and offers the first action."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from agencia.ui.resources import icon
from agencia.ui.widgets.text import plain_label


class EmptyState(QWidget):
    action_clicked = Signal()  # the person chose the offered first action

    def __init__(
        self,
        title: str,
        body: str = "",
        action: str = "",
        icon_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 32, 32, 32)
        column.setSpacing(8)
        column.addStretch(1)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if icon_name and not icon(icon_name).isNull():
            self.picture.setPixmap(icon(icon_name).pixmap(48, 48))
        else:
            self.picture.hide()
        column.addWidget(self.picture)
        self.title = plain_label(title, self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        self.body = plain_label(body, self)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.body.setVisible(bool(body))
        column.addWidget(self.body)
        self.button = QPushButton(action, self)
        self.button.setProperty("primary", True)  # the screen's first action (style sheet)
        self.button.setVisible(bool(action))
        self.button.clicked.connect(self.action_clicked)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)

    def set_texts(self, title: str, body: str = "") -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.body.setVisible(bool(body))

    def set_action(self, text: str) -> None:
        """The offered action's label; "" offers none."""
        self.button.setText(text)
        self.button.setVisible(bool(text))

    def set_action_visible(self, visible: bool) -> None:
        self.button.setVisible(visible and bool(self.button.text()))

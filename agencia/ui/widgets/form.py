"""Forms the house way: labels on the left, the reason under the field in red.

`Form` is a QFormLayout whose fields each carry a message line. Errors show only for
fields the person has touched (or all of them after a save attempt), so an empty new
form is not a wall of red; warnings (amber) are advice that never blocks saving.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

ERROR_LIGHT, ERROR_DARK = "#c62828", "#ef9a9a"
WARNING_LIGHT, WARNING_DARK = "#8a5a00", "#ffcc80"


def _tone(widget: QWidget, light: str, dark: str) -> str:
    dark_mode = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return dark if dark_mode else light


class FieldMessage(QLabel):
    """The line under a field: empty and hidden, an error (red) or a warning (amber)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        if not text:
            self.clear_message()
            return
        self.kind = kind
        color = (
            _tone(self, ERROR_LIGHT, ERROR_DARK)
            if kind == "error"
            else _tone(self, WARNING_LIGHT, WARNING_DARK)
        )
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
        self.setPalette(palette)
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()


class Form(QWidget):
    """A form of named fields; `set_errors` puts each message under its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setHorizontalSpacing(16)
        self.layout_.setVerticalSpacing(8)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.labels: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self.show_all = False
        self._errors: dict[str, str] = {}
        self._warnings: dict[str, str] = {}

    def add(self, name: str, label: str, editor: QWidget) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        message = FieldMessage(box)
        column.addWidget(message)
        caption = QLabel(label, self)
        caption.setBuddy(editor)
        # level with the editor's first line, also beside a tall editor (notes, lists)
        line = self.fontMetrics().height() + 12
        caption.setMinimumHeight(min(editor.sizeHint().height(), line))
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.layout_.addRow(caption, box)
        self.editors[name] = editor
        self.messages[name] = message
        self.labels[name] = caption
        self._watch(name, editor)
        return editor

    def add_row(self, label: str, widget: QWidget) -> None:
        """A row without validation (a note, a group of buttons)."""
        self.layout_.addRow(label, widget)

    def _watch(self, name: str, editor: QWidget) -> None:
        def touch(*_args: object) -> None:
            self.touched.add(name)
            self._refresh(name)

        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(touch)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(touch)
        elif isinstance(editor, QComboBox):
            editor.activated.connect(touch)
            line = editor.lineEdit() if editor.isEditable() else None
            if line is not None:
                line.textEdited.connect(touch)
        elif isinstance(editor, QAbstractButton):
            editor.toggled.connect(touch)

    def set_errors(self, errors: Mapping[str, str]) -> None:
        """Messages by field name; fields not named are cleared."""
        self._errors = dict(errors)
        for name in self.messages:
            self._refresh(name)

    def set_warning(self, name: str, text: str) -> None:
        if text:
            self._warnings[name] = text
        else:
            self._warnings.pop(name, None)
        self._refresh(name)

    def reveal_all(self) -> None:
        """After a save attempt (or a refusal from the service) every error shows."""
        self.show_all = True
        for name in self.messages:
            self._refresh(name)

    def error(self, name: str) -> str:
        """The message shown under `name` now ("" when none is shown)."""
        message = self.messages[name]
        return message.text() if message.kind == "error" and not message.isHidden() else ""

    def warning(self, name: str) -> str:
        message = self.messages[name]
        return message.text() if message.kind == "warning" and not message.isHidden() else ""

    def _refresh(self, name: str) -> None:
        message = self.messages.get(name)
        if message is None:
            return
        error = self._errors.get(name, "")
        editor = self.editors[name]
        if error and (self.show_all or name in self.touched):
            message.show_message(error, "error")
            editor.setAccessibleDescription(error)
        elif self._warnings.get(name):
            message.show_message(self._warnings[name], "warning")
            editor.setAccessibleDescription(self._warnings[name])
        else:
            message.clear_message()
            editor.setAccessibleDescription("")

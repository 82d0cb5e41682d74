"""Labels for data people typed: plain text, shown exactly as typed.

A QLabel in Qt's automatic text format guesses: "<b>Pepsi</b>" would turn bold and
"M&amp;M" would lose its entity. Names, notes, paths and messages that carry them go
through `plain_label` (or `setTextFormat(Qt.TextFormat.PlainText)`); rich text is set
explicitly, only where the page builds a link from escaped data.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` as typed: Qt guesses a tooltip's format as well."""
    return Qt.convertFromPlainText(text) if Qt.mightBeRichText(text) else text


class WrapLabel(QLabel):
    """A plain-text label that keeps to one line while there is room and wraps when there
    is not (a QLabel with word wrap asks for a narrow, many-line shape from the start)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = (
            max(
                (self.fontMetrics().horizontalAdvance(line) for line in self.text().split("\n")),
                default=0,
            )
            + margins.left()
            + margins.right()
            + 2 * self.margin()
            + 2
        )
        return QSize(width, self.heightForWidth(width))

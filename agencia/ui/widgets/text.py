"""Labels for data people typed: plain text, shown exactly as typed.

A QLabel in Qt's automatic text format guesses: "<b>Pepsi</b>" would turn bold and
"M&amp;M" would lose its entity. Names, notes, paths and messages that carry them go
through `plain_label` (or `setTextFormat(Qt.TextFormat.PlainText)`); rich text is set
explicitly, only where the page builds a link from escaped data.
"""

from __future__ import annotations

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

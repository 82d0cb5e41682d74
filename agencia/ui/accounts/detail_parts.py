"""The pieces the account page's tabs are built from: a table and a tree in the page's
style, a row of buttons that never cuts one, how wide such a row needs to be, and text
typed by people (the notes) shown whole at any width."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QTextEdit,
    QTreeView,
    QWidget,
)

from agencia.ui.widgets.elided import ElidedTooltipDelegate


def tree(parent: QWidget) -> QTreeView:
    view = QTreeView(parent)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setItemDelegate(
        ElidedTooltipDelegate(view, row_height=max(view.fontMetrics().height() + 10, 26))
    )
    view.header().setStretchLastSection(True)
    return view


def button_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for button in buttons:
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # never cut
        row.addWidget(button)
    row.addStretch(1)
    return row


def row_width(widgets: Sequence[QWidget], spacing: int) -> int:
    """The width of `widgets` side by side, `spacing` apart, none of them cut."""
    for widget in widgets:
        widget.ensurePolished()  # the style sheet's paddings count
    return sum(w.sizeHint().width() for w in widgets) + spacing * max(len(widgets) - 1, 0)


class WholeText(QTextEdit):
    """Plain text shown whole at any width, as typed and selectable: it wraps between
    words and, where a word is longer than the line (a link, a file reference), inside
    it — a label's word wrap cannot, and cuts such a word at the pane's edge. Its height
    follows its width (`heightForWidth`), so the pane around it grows instead of
    scrolling it. `text()`/`setText()` as a label's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # read like the labels beside it, not like a field to type in (the house style
        # sheet frames every QTextEdit)
        self.setStyleSheet("QTextEdit { border: none; padding: 0px; background: transparent; }")
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(0)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)  # as a label's
        self.viewport().setAutoFillBackground(False)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.document().contentsChanged.connect(self.updateGeometry)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def textFormat(self) -> Qt.TextFormat:
        return Qt.TextFormat.PlainText

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        document = self.document().clone(self)
        document.setTextWidth(max(width - 2 * self.frameWidth(), 1))
        height = math.ceil(document.size().height()) + 2 * self.frameWidth()
        document.deleteLater()
        return height

    def sizeHint(self) -> QSize:
        document = self.document()
        width = min(math.ceil(document.idealWidth()), 480) + 2 * self.frameWidth()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.fontMetrics().height())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()  # the new width wraps it to another height

"""The pieces the account page's tabs are built from: a table and a tree in the page's
style, a row of buttons that never cuts one, and how wide such a row needs to be."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
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

"""A row of widgets that wraps onto more lines when it is too narrow for all of them.

The accounts list's filters sit in one line when the pane is wide enough for each to take
its size hint, in two lines of two (or one per line) when it is not, instead of cutting
their texts. The row reports the height it needs for a width (height-for-width), so the
layout around it makes room for the second line before it is drawn.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class WrapRow(QWidget):
    def __init__(
        self, widgets: Sequence[QWidget], spacing: int = 8, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._spacing = spacing
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(spacing)
        self._grid.setVerticalSpacing(spacing)
        self._columns = 0
        self._arrange(len(self._widgets))

    @property
    def columns(self) -> int:
        """How many widgets share a line now."""
        return self._columns

    def _choices(self) -> list[int]:
        """Line lengths that leave no line half empty: 4 → 4, 2, 1."""
        n = len(self._widgets)
        return [c for c in range(n, 0, -1) if n % c == 0] or [1]

    def needed_width(self, columns: int) -> int:
        """The width at which `columns` per line let every widget have its size hint."""
        widths = [0] * columns
        for n, widget in enumerate(self._widgets):
            widths[n % columns] = max(widths[n % columns], widget.sizeHint().width())
        return sum(widths) + self._spacing * (columns - 1)

    def columns_for(self, width: int) -> int:
        for columns in self._choices():
            if self.needed_width(columns) <= width:
                return columns
        return 1

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for n, widget in enumerate(self._widgets):
            self._grid.addWidget(widget, n // columns, n % columns)
        for column in range(len(self._widgets)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self._columns = columns
        self.updateGeometry()

    def _row_height(self) -> int:
        return max((w.sizeHint().height() for w in self._widgets), default=0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lines = math.ceil(len(self._widgets) / self.columns_for(width))
        return lines * self._row_height() + (lines - 1) * self._spacing

    def sizeHint(self) -> QSize:
        return QSize(self.needed_width(len(self._widgets)), self._row_height())

    def minimumSizeHint(self) -> QSize:
        narrowest = max((w.minimumSizeHint().width() for w in self._widgets), default=0)
        return QSize(narrowest, self.heightForWidth(narrowest))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self.columns_for(event.size().width()))
        super().resizeEvent(event)

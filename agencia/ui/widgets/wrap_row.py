"""A row of widgets that wraps onto more lines when it is too narrow for all of them.

The accounts list's filters sit in one line when the pane is wide enough for each to take
its size hint, in two lines of two (or one per line) when it is not, instead of cutting
their texts. The row has a height for each width (height-for-width), so the layout around
it makes room for the second line before it is drawn. It places its widgets itself: a
QLayout inside would hide the height-for-width from the layout around it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class WrapRow(QWidget):
    def __init__(
        self, widgets: Sequence[QWidget], spacing: int = 8, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._spacing = spacing
        self._columns = len(self._widgets)
        for widget in self._widgets:
            widget.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @property
    def columns(self) -> int:
        """How many widgets share a line now."""
        return self._columns

    def _choices(self) -> list[int]:
        """Line lengths that leave no line half empty: 4 → 4, 2, 1."""
        n = len(self._widgets)
        return [c for c in range(n, 0, -1) if n % c == 0] or [1]

    def _hints(self, columns: int) -> list[int]:
        widths = [0] * columns
        for n, widget in enumerate(self._widgets):
            widths[n % columns] = max(widths[n % columns], widget.sizeHint().width())
        return widths

    def needed_width(self, columns: int) -> int:
        """The width at which `columns` per line let every widget have its size hint."""
        return sum(self._hints(columns)) + self._spacing * (columns - 1)

    def columns_for(self, width: int) -> int:
        for columns in self._choices():
            if self.needed_width(columns) <= width:
                return columns
        return 1

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
        return QSize(narrowest, self._row_height())  # the height follows heightForWidth

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(event.size().width())

    def _place(self, width: int) -> None:
        """Lines of equal columns; the room beyond the size hints is shared evenly."""
        columns = self.columns_for(width)
        hints = self._hints(columns)
        spare = max(width - self.needed_width(columns), 0)
        widths = [h + spare // columns for h in hints]
        widths[-1] += width - sum(widths) - self._spacing * (columns - 1)  # rounding
        height = self._row_height()
        for n, widget in enumerate(self._widgets):
            line, column = divmod(n, columns)
            x = sum(widths[:column]) + self._spacing * column
            widget.setGeometry(QRect(x, line * (height + self._spacing), widths[column], height))
        if columns != self._columns:
            self._columns = columns
            self.updateGeometry()  # a line more or fewer: the layout asks heightForWidth again

"""Table cells and combo boxes that elide long text; cells show it whole in a tooltip, only
when cut."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QToolTip,
)

from agencia.ui.widgets.status_chip import ChipDelegate
from agencia.ui.widgets.text import plain_tip


def _is_elided(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not text:
        return False
    metrics = QFontMetrics(option.font)
    room = option.rect.width() - 12  # the style's text margins
    return metrics.horizontalAdvance(str(text)) > room


def _help(
    event: QHelpEvent,
    view: QAbstractItemView,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> bool | None:
    """Show the cell's tooltip only when its text is cut; None lets the base class decide."""
    if event.type() != QEvent.Type.ToolTip or not index.isValid():
        return None
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    if tip and _is_elided(option, index):
        QToolTip.showText(event.globalPos(), plain_tip(str(tip)), view)
    else:
        QToolTip.hideText()
    return True


class ElidedTooltipDelegate(QStyledItemDelegate):
    """`row_height` (when given) evens out tree rows with the tables' fixed rows."""

    def __init__(self, parent: QObject | None = None, row_height: int = 0) -> None:
        super().__init__(parent)
        self.row_height = row_height

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if self.row_height and size.height() < self.row_height:
            size.setHeight(self.row_height)
        return size

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        handled = _help(event, view, option, index)
        return super().helpEvent(event, view, option, index) if handled is None else handled


class ChipOrElidedDelegate(ChipDelegate):
    """Chips where the model gives one; elided text with a tooltip elsewhere."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        handled = _help(event, view, option, index)
        return super().helpEvent(event, view, option, index) if handled is None else handled


class ElidedComboBox(QComboBox):
    """A combo box that elides its current text ("Álvaro García R…") instead of cutting it
    mid-letter when the row gives it less room than the text needs; the whole text is in
    the tooltip then."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        if not option.currentIcon.isNull():
            room.setLeft(room.left() + option.iconSize.width() + 4)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(room.width() - 2, 0)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def is_elided(self) -> bool:
        """True when the current text does not fit (tests and the tooltip ask)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return self.fontMetrics().horizontalAdvance(self.currentText()) > room.width() - 2

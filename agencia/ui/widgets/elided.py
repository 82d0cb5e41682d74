"""Table cells and combo boxes that elide long text; cells show it whole in a tooltip, only
when cut."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QIcon,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QToolTip,
    QWidget,
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


_on_selection_cache: dict[tuple[int, int, int, str], QIcon] = {}


def on_selection(icon: QIcon, size: QSize, ink: QColor, ratio: float = 1.0) -> QIcon:
    """`icon` as a silhouette in `ink`: grey line icons vanish on the accent-blue selection;
    drawn in the selection's text colour they read like the text beside them."""
    key = (icon.cacheKey(), size.width(), size.height(), f"{ink.name()}@{ratio}")
    found = _on_selection_cache.get(key)
    if found is not None:
        return found
    pixmap = icon.pixmap(size, ratio)
    if pixmap.isNull():
        return icon
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), ink)
    painter.end()
    tinted = QPixmap.fromImage(image)
    tinted.setDevicePixelRatio(pixmap.devicePixelRatio())
    result = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        result.addPixmap(tinted, mode)
    if len(_on_selection_cache) > 256:
        _on_selection_cache.clear()
    _on_selection_cache[key] = result
    return result


class ElidedTooltipDelegate(QStyledItemDelegate):
    """`row_height` (when given) evens out tree rows with the tables' fixed rows. Icons on
    a selected row are drawn in the selection's text colour."""

    def __init__(self, parent: QObject | None = None, row_height: int = 0) -> None:
        super().__init__(parent)
        self.row_height = row_height

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.state & QStyle.StateFlag.State_Selected and not option.icon.isNull():
            widget = option.widget
            ratio = widget.devicePixelRatioF() if widget is not None else 1.0
            ink = option.palette.color(QPalette.ColorRole.HighlightedText)
            option.icon = on_selection(option.icon, option.decorationSize, ink, ratio)

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
    mid-letter when the row gives it less room than the text needs.

    `fit(texts)` sizes it to show those texts whole (a filter's name, every fixed option),
    whatever long names the other options bring: its size hint is the style's frame and
    arrow around the widest of them, measured in its own font (Qt's own minimum-contents
    length counts in "X"s, which are much wider than the average letter).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit: list[str] = []

    def fit(self, texts: Sequence[str]) -> None:
        self._fit = list(texts)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(0)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        size = super().sizeHint()  # the frame, padding and arrow (no contents, see `fit`)
        if self._fit:
            metrics = self.fontMetrics()
            size.setWidth(size.width() + max(metrics.horizontalAdvance(t) for t in self._fit) + 4)
        return size

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint() if self._fit else super().minimumSizeHint()

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

"""A floating panel over the window (search results, command palette) and its list rows.

The panel is a child of the main window, not a separate top-level window: the text field
that drives it keeps the keyboard, and nothing fights the window manager for focus.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QStandardItem
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agencia.ui import style
from agencia.ui.widgets.text import plain_tip

SUBTITLE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ICON_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # an icon name from resources/icons
TRAILING_ROLE = int(Qt.ItemDataRole.UserRole) + 3  # right-aligned hint: a shortcut, a kind
PAYLOAD_ROLE = int(Qt.ItemDataRole.UserRole) + 4
ROW_HEIGHT = 48
_PAD = 12


class OverlayPopup(QFrame):
    """A rounded, shadowed panel floating over `parent` (the main window)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Popup")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(24)
        shadow.setOffset(0, 4)
        shadow.setColor(QColor(0, 0, 0, 60))
        self.setGraphicsEffect(shadow)
        self.hide()


def make_item(
    title: str, subtitle: str = "", icon: str = "", trailing: str = "", payload: object = None
) -> QStandardItem:
    item = QStandardItem(title)
    item.setEditable(False)
    item.setData(subtitle, SUBTITLE_ROLE)
    item.setData(icon, ICON_ROLE)
    item.setData(trailing, TRAILING_ROLE)
    item.setData(payload, PAYLOAD_ROLE)
    tip = f"{title}\n{subtitle}" if subtitle else title
    item.setToolTip(plain_tip(tip))
    item.setAccessibleText(tip.replace("\n", ", "))
    return item


class RowDelegate(QStyledItemDelegate):
    """Icon, title, a secondary line under it, and a hint on the right."""

    def __init__(self, parent: QWidget | None = None, row_height: int = ROW_HEIGHT) -> None:
        super().__init__(parent)
        self.row_height = row_height

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, self.row_height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect: QRect = option.rect
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = rect.adjusted(2, 1, -2, -1)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.color("accent_soft" if selected else "hover"))
            painter.drawRoundedRect(box, 6, 6)
        x = box.left() + _PAD
        icon_name = str(index.data(ICON_ROLE) or "")
        if icon_name:
            token = "accent" if selected else "text_secondary"
            pixmap = style.themed_icon(icon_name, token).pixmap(20, 20)
            painter.drawPixmap(x, box.center().y() - 10, pixmap)
            x += 20 + _PAD
        trailing = str(index.data(TRAILING_ROLE) or "")
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1, 7))
        right = box.right() - _PAD
        if trailing:
            metrics = QFontMetrics(small)
            width = metrics.horizontalAdvance(trailing)
            painter.setFont(small)
            painter.setPen(style.color("text_secondary"))
            painter.drawText(
                QRect(right - width, box.top(), width, box.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                trailing,
            )
            right -= width + _PAD
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        title_font = QFont(base)
        title_font.setWeight(QFont.Weight.DemiBold if subtitle else QFont.Weight.Normal)
        text_color = style.color("text" if enabled else "text_disabled")
        width = max(right - x, 10)
        if subtitle:
            line = QFontMetrics(title_font).height()
            sub_line = QFontMetrics(small).height()
            top = box.top() + (box.height() - line - sub_line - 2) // 2
            painter.setFont(title_font)
            painter.setPen(text_color)
            painter.drawText(
                QRect(x, top, width, line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QFontMetrics(title_font).elidedText(title, Qt.TextElideMode.ElideRight, width),
            )
            painter.setFont(small)
            painter.setPen(style.color("text_secondary"))
            painter.drawText(
                QRect(x, top + line + 2, width, sub_line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QFontMetrics(small).elidedText(subtitle, Qt.TextElideMode.ElideRight, width),
            )
        else:
            painter.setFont(title_font)
            painter.setPen(text_color)
            painter.drawText(
                QRect(x, box.top(), width, box.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QFontMetrics(title_font).elidedText(title, Qt.TextElideMode.ElideRight, width),
            )
        painter.restore()


def make_list(parent: QWidget, row_height: int = ROW_HEIGHT) -> QListView:
    """A list for a popup: never takes the focus from the field that drives it."""
    view = QListView(parent)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setMouseTracking(True)
    view.setUniformItemSizes(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
    view.setItemDelegate(RowDelegate(view, row_height))
    view.setSelectionMode(QListView.SelectionMode.SingleSelection)
    return view

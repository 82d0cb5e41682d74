"""The navigation rail: the areas in their declared order, icon and label, a count badge,
collapsible."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencia.ui import style
from agencia.ui.resources import icon
from agencia.ui.widgets.text import plain_label, plain_tip

EXPANDED_WIDTH = 224
COLLAPSED_WIDTH = 64
ITEM_HEIGHT = 40


def _badge_text(count: int) -> str:
    return "99+" if count > 99 else str(count)


class RailButton(QAbstractButton):
    """One area on the rail; painted by hand so icon, label and badge line up exactly."""

    def __init__(self, area_id: str, title: str, icon_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.area_id = area_id
        self.icon_name = icon_name
        self.badge = 0
        self.collapsed = False
        self.shortcut_text = ""
        self.setText(title)
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setObjectName(f"rail-{area_id}")
        self._update_tip()

    def sizeHint(self) -> QSize:
        return QSize(COLLAPSED_WIDTH - 16 if self.collapsed else 200, ITEM_HEIGHT)

    def set_badge(self, count: int) -> None:
        self.badge = max(int(count), 0)
        self._update_tip()
        self.update()

    def set_collapsed(self, collapsed: bool) -> None:
        self.collapsed = collapsed
        self.updateGeometry()
        self.update()

    def set_shortcut_text(self, text: str) -> None:
        self.shortcut_text = text
        self._update_tip()

    def _update_tip(self) -> None:
        tip = self.text()
        if self.badge:
            tip += f" ({self.badge})"
        if self.shortcut_text:
            tip += f"  ·  {self.shortcut_text}"
        self.setToolTip(tip)
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(tip)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 2.5, -0.5, -2.5)
        checked = self.isChecked()
        if checked:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.color("accent_soft"))
            painter.drawRoundedRect(box, 8, 8)
            painter.setBrush(style.color("accent"))
            painter.drawRoundedRect(
                QRectF(box.left(), box.top() + 8, 3, box.height() - 16), 1.5, 1.5
            )
        elif self.underMouse() or self.hasFocus():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.color("hover"))
            painter.drawRoundedRect(box, 8, 8)
        token = "accent" if checked else "text_secondary"
        icon_x = (self.width() - 20) // 2 if self.collapsed else 14
        pixmap = style.themed_icon(self.icon_name or "menu", token).pixmap(20, 20)
        painter.drawPixmap(icon_x, (self.height() - 20) // 2, pixmap)
        font = QFont(self.font())
        if self.badge:
            self._paint_badge(painter, font, icon_x)
        if not self.collapsed:
            font.setWeight(QFont.Weight.DemiBold if checked else QFont.Weight.Normal)
            painter.setFont(font)
            painter.setPen(style.color("accent_text" if checked else "text"))
            left = icon_x + 20 + 12
            right = self.width() - 12 - (self._badge_width(font) + 8 if self.badge else 0)
            metrics = QFontMetrics(font)
            text = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, right - left)
            painter.drawText(
                QRect(left, 0, right - left, self.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                text,
            )
        painter.end()

    def _badge_font(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() - 1.5, 7))
        small.setWeight(QFont.Weight.Bold)
        return small

    def _badge_width(self, font: QFont) -> int:
        metrics = QFontMetrics(self._badge_font(font))
        return max(metrics.horizontalAdvance(_badge_text(self.badge)) + 10, 18)

    def _paint_badge(self, painter: QPainter, font: QFont, icon_x: int) -> None:
        small = self._badge_font(font)
        width = self._badge_width(font)
        height = 18
        if self.collapsed:
            rect = QRectF(icon_x + 12, 4, width, height)
        else:
            rect = QRectF(self.width() - 12 - width, (self.height() - height) / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.color("badge_bg"))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setFont(small)
        painter.setPen(style.color("badge_text"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), _badge_text(self.badge))


class NavigationRail(QFrame):
    """Emits `area_selected(id)`; the window owns which area is current."""

    area_selected = Signal(str)
    collapsed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavigationRail")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.buttons: dict[str, RailButton] = {}
        self.collapsed = False
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 12, 8, 8)
        column.setSpacing(2)

        header = QHBoxLayout()
        header.setContentsMargins(8, 0, 4, 12)
        header.setSpacing(8)
        self.logo = QLabel(self)
        self.logo.setPixmap(icon("agencia").pixmap(28, 28))
        header.addWidget(self.logo)
        self.agency = plain_label("Agencia", self)
        font = QFont(self.agency.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.agency.setFont(font)
        self.agency.setWordWrap(True)
        self.agency.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header.addWidget(self.agency, 1)
        column.addLayout(header)

        self.items = QVBoxLayout()
        self.items.setContentsMargins(0, 0, 0, 0)
        self.items.setSpacing(2)
        column.addLayout(self.items)
        column.addStretch(1)

        self.toggle = QToolButton(self)
        self.toggle.setObjectName("RailToggle")
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        column.addWidget(self.toggle)
        self._apply_width()
        style.notifier.scheme_changed.connect(self._scheme_changed)

    def _scheme_changed(self, _scheme: str) -> None:
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(
            COLLAPSED_WIDTH if self.collapsed else EXPANDED_WIDTH, super().sizeHint().height()
        )

    def add_area(self, area_id: str, title: str, icon_name: str) -> RailButton:
        button = RailButton(area_id, title, icon_name, self)
        button.set_collapsed(self.collapsed)
        button.clicked.connect(lambda _c=False, a=area_id: self.area_selected.emit(a))
        self._group.addButton(button)
        self.items.addWidget(button)
        self.buttons[area_id] = button
        return button

    def clear_areas(self) -> None:
        """Every area's button goes (signing out); the agency's name and the toggle stay."""
        for button in self.buttons.values():
            self._group.removeButton(button)
            self.items.removeWidget(button)  # gone now, not at the next turn of the loop
            button.hide()
            button.deleteLater()
        self.buttons.clear()

    def set_current(self, area_id: str) -> None:
        button = self.buttons.get(area_id)
        if button is not None:
            button.setChecked(True)

    def set_badge(self, area_id: str, count: int) -> None:
        button = self.buttons.get(area_id)
        if button is not None:
            button.set_badge(count)

    def set_agency_name(self, name: str) -> None:
        self.agency.setText(name or "Agencia")
        self.agency.setToolTip(plain_tip(name))

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        self._apply_width()
        self.collapsed_changed.emit(collapsed)

    def _apply_width(self) -> None:
        collapsed = self.collapsed
        if collapsed:
            self.setFixedWidth(COLLAPSED_WIDTH)
        else:  # its full width when there is room; it never sets the window's minimum
            self.setMinimumWidth(COLLAPSED_WIDTH)
            self.setMaximumWidth(EXPANDED_WIDTH)
        self.updateGeometry()
        for button in self.buttons.values():
            button.set_collapsed(collapsed)
        self.agency.setVisible(not collapsed)
        self.toggle.setIcon(
            style.themed_icon("chevron-right" if collapsed else "chevron-left", "text_secondary")
        )
        self.toggle.setText("" if collapsed else self.tr("Contraer"))
        self.toggle.setToolTip(
            self.tr("Expandir el panel lateral")
            if collapsed
            else self.tr("Contraer el panel lateral")
        )
        layout = self.layout()
        if layout is not None:
            margin = 8
            layout.setContentsMargins(margin, 12, margin, 8)

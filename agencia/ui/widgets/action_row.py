"""A row of action buttons beside a record's title that never cuts a label: the buttons
that do not fit whole go, last first, into a «Más» menu at the end of the row.

A button's text is never elided («Desacti… cuenta»): it is shown whole or it is in the
menu, with its icon and its shortcut. Actions the page does not offer at the moment
(reactivating an active account) are neither shown nor listed (`set_offered`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QSizePolicy, QToolButton, QWidget

from agencia.ui.resources import icon

SPACING = 4


class ActionRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionRow")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.main: list[QToolButton] = []  # in order; the first stays in sight
        self.tail: list[QToolButton] = []  # after the rest, the first into the menu
        self.offered: dict[QToolButton, bool] = {}
        self.menu = QMenu(self)
        self.more = QToolButton(self)
        self.more.setObjectName("moreActions")
        self.more.setText(self.tr("Más"))
        self.more.setIcon(icon("menu"))
        self.more.setToolTip(self.tr("Más acciones"))
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setAutoRaise(True)
        self.more.setMenu(self.menu)
        self.more.hide()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(SPACING)
        self.row.addWidget(self.more)  # right after the buttons it stands for
        self.row.addStretch(1)

    def add_action(self, action: QAction, *, last: bool = False) -> QToolButton:
        """A button for `action`: after the others, or (`last`) at the very end, the
        first to go into «Más» when the row is short."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        (self.tail if last else self.main).append(button)
        self.offered[button] = True
        action.changed.connect(self.fit)  # a new text may no longer fit
        for n, b in enumerate(self.buttons()):
            self.row.removeWidget(b)
            self.row.insertWidget(n, b)
        self.fit()
        return button

    def buttons(self) -> list[QToolButton]:
        return [*self.main, *self.tail]

    def set_offered(self, button: QToolButton, offered: bool) -> None:
        self.offered[button] = offered
        self.fit()

    def shown_in_menu(self) -> list[QAction]:
        return list(self.menu.actions())

    def minimumSizeHint(self) -> QSize:
        """The first button whole and «Más» beside it: the narrowest the row may be."""
        offered = [b for b in self.buttons() if self.offered[b]]
        width = offered[0].sizeHint().width() if offered else 0
        if len(offered) > 1:
            width += SPACING + self.more.sizeHint().width()
        return QSize(width, max([b.sizeHint().height() for b in offered], default=0))

    def sizeHint(self) -> QSize:
        offered = [b for b in self.buttons() if self.offered[b]]
        width = sum(b.sizeHint().width() for b in offered) + SPACING * max(len(offered) - 1, 0)
        return QSize(width, self.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()  # the style's fonts are known now

    def fit(self) -> None:
        """Show the offered buttons that fit whole, in order; the rest in «Más»."""
        offered = [b for b in self.buttons() if self.offered[b]]
        for button in offered:
            button.ensurePolished()
        room = self.width()
        widths = [b.sizeHint().width() for b in offered]
        everything = sum(widths) + SPACING * max(len(widths) - 1, 0)
        keep = len(offered)
        if everything > room:
            room -= self.more.sizeHint().width() + SPACING
            used, keep = 0, 0
            for width in widths:
                if used + width > room and keep > 0:
                    break
                used += width + SPACING
                keep += 1
        self.menu.clear()
        for n, button in enumerate(offered):
            button.setVisible(n < keep)
            if n >= keep:
                action = button.defaultAction()
                if action is not None:
                    self.menu.addAction(action)
        for button in self.buttons():
            if not self.offered[button]:
                button.setVisible(False)
        self.more.setVisible(keep < len(offered))
        self.row.invalidate()
        self.row.activate()  # placed now, not at the next turn of the event loop
        self.updateGeometry()

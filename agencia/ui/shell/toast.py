"""Toasts: a short, non-modal note at the bottom right ("Guardado") that fades away."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPropertyAnimation, Qt, QTimer
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QWidget

MARGIN = 16
MIN_MS = 2500
PER_CHAR_MS = 40
MAX_WIDTH = 420


class Toast(QLabel):
    """One toast at a time: a new message replaces the one showing."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Toast")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._effect = QGraphicsOpacityEffect(self)
        self._effect.setOpacity(0.0)
        self.setGraphicsEffect(self._effect)
        self._fade = QPropertyAnimation(self._effect, b"opacity", self)
        self._fade.setDuration(180)
        self._fade.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._fade.finished.connect(self._faded)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fade_out)
        self._bottom_gap = 0
        parent.installEventFilter(self)
        self.hide()

    def set_bottom_gap(self, pixels: int) -> None:
        """Keep clear of the status bar."""
        self._bottom_gap = pixels

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        self._place()
        self.show()
        self.raise_()
        self._fade.stop()
        self._fade.setStartValue(self._effect.opacity())
        self._fade.setEndValue(1.0)
        self._fade.start()
        self._timer.start(max(MIN_MS, PER_CHAR_MS * len(message)))

    def _fade_out(self) -> None:
        self._fade.stop()
        self._fade.setStartValue(self._effect.opacity())
        self._fade.setEndValue(0.0)
        self._fade.start()

    def _faded(self) -> None:
        if self._effect.opacity() <= 0.01:
            self.hide()

    def _place(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.ensurePolished()  # the style sheet's padding and font, before measuring
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 34  # the style sheet's padding
        width = min(self.fontMetrics().horizontalAdvance(self.text()) + extra, MAX_WIDTH)
        self.setFixedWidth(width)
        self.setFixedHeight(self.heightForWidth(width))
        x = parent.width() - self.width() - MARGIN
        y = parent.height() - self.height() - MARGIN - self._bottom_gap
        self.move(max(x, MARGIN), max(y, MARGIN))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

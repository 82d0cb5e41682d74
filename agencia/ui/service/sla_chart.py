"""The SLA chart: requests that kept or broke their promise, week by week, as stacked
bars painted by hand (Qt Charts is not in PySide6-Essentials). Colour and a legend in
words: green kept, red broken; each bar's tooltip says its figures. The count axis is
marked in whole numbers from 0 to a round top (0, 5, 10, 15 for a busiest week of 11)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from agencia.ui.formatting import date_text

KEPT = QColor("#2E7D32")
BROKEN = QColor("#C62828")
_TOP, _BOTTOM, _LEFT, _GAP = 28, 22, 32, 6
_STEPS = (1, 2, 5)  # the axis counts in these, times 1, 10, 100…


class SlaChart(QWidget):
    """`set_weeks(weeks)`: each with `monday`, `met`, `breached`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sla-chart")
        self.weeks: list[Any] = []
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Cumplimiento del SLA por semana"))

    def sizeHint(self) -> QSize:
        return QSize(420, 160)

    def set_weeks(self, weeks: Sequence[Any]) -> None:
        self.weeks = list(weeks)
        total_met = sum(w.met for w in self.weeks)
        total = total_met + sum(w.breached for w in self.weeks)
        self.setAccessibleDescription(
            self.tr("{0} de {1} solicitudes cumplieron su SLA").format(total_met, total)
        )
        self.update()

    def _bars(self) -> list[tuple[QRectF, Any]]:
        if not self.weeks:
            return []
        left = self._left()
        width = (self.width() - left - 8) / len(self.weeks)
        return [
            (QRectF(left + n * width + _GAP / 2, _TOP, max(width - _GAP, 2), self._plot_h()), w)
            for n, w in enumerate(self.weeks)
        ]

    def _left(self) -> int:
        """The room left of the bars: the widest count on the axis, whole."""
        widest = self.fontMetrics().horizontalAdvance(str(self.scale()[1]))
        return max(_LEFT, widest + 10)

    def scale(self) -> tuple[int, int]:
        """(step, top) of the count axis: whole steps of 1, 2, 5, 10, 20… up to a top no
        lower than the busiest week, as many as the chart's height has room for (each
        count a line and a half apart)."""
        busiest = max((w.met + w.breached for w in self.weeks), default=0)
        if busiest <= 0:
            return 1, 0
        room = max(1, int(self._plot_h() // (self.fontMetrics().height() * 1.5)))
        magnitude = 1
        while True:
            for unit in _STEPS:
                step = unit * magnitude
                if math.ceil(busiest / step) <= room:
                    return step, step * math.ceil(busiest / step)
            magnitude *= 10

    def ticks(self) -> list[tuple[QRectF, str]]:
        """The counts on the axis, 0 to the top, each right-aligned beside its height."""
        step, top = self.scale()
        if top == 0:
            return []
        base = _TOP + self._plot_h()
        line = self.fontMetrics().height()
        width = self._left() - 6
        return [
            (QRectF(0, base - self._plot_h() * value / top - line / 2, width, line), str(value))
            for value in range(0, top + 1, step)
        ]

    def _plot_h(self) -> float:
        return max(self.height() - _TOP - _BOTTOM, 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        painter.setPen(text)
        painter.drawText(4, 16, self.tr("Cumplimiento del SLA por semana"))
        self._legend(painter, text)
        top = self.scale()[1]
        left = self._left()
        base = _TOP + self._plot_h()
        grid = QColor(text)
        grid.setAlpha(40)
        for place, words in self.ticks():
            painter.setPen(text)
            painter.drawText(
                place, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, words
            )
            painter.setPen(grid)
            y = int(place.center().y())
            painter.drawLine(left, y, self.width() - 8, y)
        painter.setPen(text)
        painter.drawLine(left, int(base), self.width() - 8, int(base))
        if top == 0:
            painter.drawText(
                QRectF(left, _TOP, self.width() - left, self._plot_h()),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Sin solicitudes con plazo vencido o cumplido en estas semanas"),
            )
            return
        for rect, week in self._bars():
            kept_h = rect.height() * week.met / top
            broke_h = rect.height() * week.breached / top
            painter.fillRect(QRectF(rect.left(), base - kept_h, rect.width(), kept_h), KEPT)
            painter.fillRect(
                QRectF(rect.left(), base - kept_h - broke_h, rect.width(), broke_h), BROKEN
            )
        painter.setPen(text)
        for place, words in self.labels():
            painter.drawText(place, Qt.AlignmentFlag.AlignHCenter, words)
        painter.end()

    def labels(self) -> list[tuple[QRectF, str]]:
        """Each week's date under its bar, or every second (third…) week's, counted from
        the latest, when the bars are narrower than a date: in a small window
        «14 sept21 sept28 sept» ran into one another."""
        bars = self._bars()
        if not bars:
            return []
        metrics = self.fontMetrics()
        texts = [QLocale().toString(QDate(week.monday), "d MMM") for _, week in bars]
        room = max(metrics.horizontalAdvance(t) for t in texts) + metrics.averageCharWidth() * 2
        slot = (self.width() - self._left() - 8) / len(bars)
        step = max(1, math.ceil((room + 1) / slot))  # a pixel apart, not touching by rounding
        base = _TOP + self._plot_h()
        shown = []
        for n, ((rect, _week), words) in enumerate(zip(bars, texts, strict=True)):
            if (len(bars) - 1 - n) % step:
                continue
            left = min(max(rect.center().x() - room / 2, 0.0), self.width() - room)
            shown.append((QRectF(left, base + 2, room, _BOTTOM - 2), words))
        return shown

    def _legend(self, painter: QPainter, text: QColor) -> None:
        x = self.width() - 190
        for colour, words in ((KEPT, self.tr("Cumplidas")), (BROKEN, self.tr("Incumplidas"))):
            painter.fillRect(QRectF(x, 6, 10, 10), colour)
            painter.setPen(text)
            painter.drawText(x + 14, 16, words)
            x += 95

    def week_at(self, point: QPoint) -> Any:
        """The week whose bar is under `point` (None: none)."""
        for rect, week in self._bars():
            if rect.left() <= point.x() <= rect.right():
                return week
        return None

    def event(self, e: Any) -> bool:
        if e.type() == e.Type.ToolTip and isinstance(e, QHelpEvent):
            week = self.week_at(e.pos())
            if week is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    e.globalPos(),
                    self.tr("Semana del {0}: {1} cumplidas, {2} incumplidas").format(
                        date_text(week.monday, QLocale(), short=True),
                        week.met,
                        week.breached,
                    ),
                    self,
                )
            return True
        return super().event(e)

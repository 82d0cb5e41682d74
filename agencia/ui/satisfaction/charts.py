"""The results' charts, drawn with QPainter: score against expectation per dimension,
the gap per dimension (below zero: the agency fell short), and the trend per quarter.

Plain bars and lines are all these need; drawing them here keeps the bundle free of a
plotting library. Each chart takes plain numbers and names, and scales to its widget;
its numbers are written in the locale it is given (the window's: «-1,00» beside a table
that says «-1,00», not «-1.0»).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SCORE = QColor("#1565C0")
EXPECTED = QColor("#9E9E9E")
SHORT = QColor("#C62828")
ABOVE = QColor("#2E7D32")
LINES = (QColor("#1565C0"), QColor("#C62828"), QColor("#2E7D32"), QColor("#B26A00"),
         QColor("#6A1B9A"), QColor("#00838F"), QColor("#5D4037"), QColor("#AD1457"))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Bar:
    """One dimension: its name and its values (None where nothing was answered)."""

    name: str
    score: float | None
    expected: float | None = None


class Chart(QWidget):
    """The common frame: a title, the plotting area, the palette's text colour, and the
    locale its numbers are written in (`QWidget.locale`, the window's when given)."""

    def __init__(
        self, title: str, parent: QWidget | None = None, locale: QLocale | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        if locale is not None:
            self.setLocale(locale)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def _frame(self, painter: QPainter) -> QRectF:
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, self.width(), 20), Qt.AlignmentFlag.AlignLeft, self.title)
        font.setBold(False)
        painter.setFont(font)
        return QRectF(34, 26, max(10, self.width() - 44), max(10, self.height() - 70))

    def whole(self, value: int) -> str:
        """A whole number (a tick, a limit) as the window writes it."""
        return self.locale().toString(value)


NAME_WIDTH = 150  # the dimensions' names, left of their bars
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _names_font(painter: QPainter, slot: float) -> QFontMetrics:
    """The dimensions' names one to a row: in a smaller type when the rows stand closer
    than a line of text (thirteen dimensions in a short window), never on each other."""
    if 0 < slot < painter.fontMetrics().height():
        font = QFont(painter.font())
        font.setPixelSize(max(7, int(slot / 1.25)))
        painter.setFont(font)
    return painter.fontMetrics()


class ScoreChart(Chart):
    """Per dimension, one row: its name, the score (blue) over the expectation (grey),
    on the scale 1..points. Rows, not columns: the names stay readable."""

    def __init__(
        self, title: str, parent: QWidget | None = None, locale: QLocale | None = None
    ) -> None:
        super().__init__(title, parent, locale)
        self.bars: list[Bar] = []
        self.points = 5

    def set_bars(self, bars: Sequence[Bar], points: int) -> None:
        self.bars, self.points = list(bars), points
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._frame(painter)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        area = QRectF(NAME_WIDTH, 24, max(10, self.width() - NAME_WIDTH - 12), self.height() - 44)
        painter.setPen(QPen(text, 0.5))
        for tick in range(1, self.points + 1):
            x = area.left() + tick / self.points * area.width()
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            painter.drawText(QRectF(x - 10, area.bottom() + 2, 20, 16),
                             Qt.AlignmentFlag.AlignCenter, self.whole(tick))  # fmt: skip
        if not self.bars:
            return
        slot = area.height() / len(self.bars)
        thick = max(2.0, slot * 0.36)
        metrics = _names_font(painter, slot)
        for n, bar in enumerate(self.bars):
            y = area.top() + n * slot + slot * 0.12
            for k, (value, colour) in enumerate(((bar.score, SCORE), (bar.expected, EXPECTED))):
                if value is not None:
                    length = value / self.points * area.width()
                    painter.fillRect(QRectF(area.left(), y + k * thick, length, thick), colour)
            painter.setPen(text)
            name = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, NAME_WIDTH - 8)
            painter.drawText(QRectF(0, area.top() + n * slot, NAME_WIDTH - 6, slot),
                             RIGHT, name)  # fmt: skip


class GapChart(Chart):
    """The gap per dimension around a zero line: red to the left (short of what was
    expected), green to the right."""

    def __init__(
        self, title: str, parent: QWidget | None = None, locale: QLocale | None = None
    ) -> None:
        super().__init__(title, parent, locale)
        self.bars: list[Bar] = []

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.update()

    def reach(self) -> float:
        """The widest gap either way (at least 1): the axis runs from minus it to it."""
        return max([1.0, *(abs(b.score) for b in self.bars if b.score is not None)])

    def marks(self) -> list[tuple[float, str]]:
        """The axis's marks and their words, as the dimensions' table writes a gap: two
        decimals in the window's locale, a plus sign above zero («-1,00», «0», «+1,00»)."""
        reach, locale = self.reach(), self.locale()
        out: list[tuple[float, str]] = []
        for mark in (-reach, 0.0, reach):
            text = locale.toString(mark, "f", 2) if mark else locale.toString(0)
            out.append((mark, f"+{text}" if mark > 0 else text))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._frame(painter)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        area = QRectF(NAME_WIDTH, 24, max(10, self.width() - NAME_WIDTH - 30), self.height() - 44)
        reach = self.reach()
        zero = area.left() + area.width() / 2
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(zero, area.top()), QPointF(zero, area.bottom()))
        for mark, words in self.marks():
            x = zero + mark / reach * area.width() / 2
            painter.drawText(
                QRectF(x - 30, area.bottom() + 2, 60, 16), Qt.AlignmentFlag.AlignCenter, words
            )
        if not self.bars:
            return
        slot = area.height() / len(self.bars)
        thick = max(2.0, slot * 0.6)
        metrics = _names_font(painter, slot)
        for n, bar in enumerate(self.bars):
            y = area.top() + n * slot + slot * 0.2
            if bar.score is not None:
                length = bar.score / reach * area.width() / 2
                colour = SHORT if bar.score < 0 else ABOVE
                painter.fillRect(QRectF(min(zero, zero + length), y, abs(length), thick), colour)
            painter.setPen(text)
            name = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, NAME_WIDTH - 8)
            painter.drawText(QRectF(0, area.top() + n * slot, NAME_WIDTH - 6, slot),
                             RIGHT, name)  # fmt: skip


class TrendChart(Chart):
    """Scores per quarter, one line each: the page hands over the overall mean and the
    weakest dimensions (a line per dimension of thirteen is unreadable)."""

    def __init__(
        self, title: str, parent: QWidget | None = None, locale: QLocale | None = None
    ) -> None:
        super().__init__(title, parent, locale)
        self.periods: list[str] = []
        self.lines: dict[str, list[float | None]] = {}
        self.points = 5

    def set_lines(
        self, periods: Sequence[str], lines: dict[str, list[float | None]], points: int
    ) -> None:
        self.periods, self.lines, self.points = list(periods), dict(lines), points
        self.update()

    def legend(self, metrics: QFontMetrics) -> list[tuple[float, int, str]]:
        """Where each line's name goes under the chart: (x, row, text), the names whole
        and wrapped onto another row when the next does not fit (English «Competence»,
        «Tangibles» were cut at 1024 pixels); elided only when one is wider than the
        chart itself."""
        left, right = 34.0, float(self.width() - 8)
        out: list[tuple[float, int, str]] = []
        x, row = left, 0
        for name in list(self.lines)[: len(LINES)]:
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(right - left))
            wide = metrics.horizontalAdvance(text)
            if x > left and x + wide > right:
                x, row = left, row + 1
            out.append((x, row, text))
            x += wide + 14
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._frame(painter)
        metrics = painter.fontMetrics()
        legend = self.legend(metrics)
        rows = 1 + max((row for _x, row, _t in legend), default=0)
        area.setHeight(area.height() - 14 - (rows - 1) * metrics.height())
        area.setRight(area.right() - 16)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(text, 0.5))
        for tick in range(1, self.points + 1):
            y = area.bottom() - (tick / self.points) * area.height()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.drawText(
                QRectF(0, y - 8, 28, 16), Qt.AlignmentFlag.AlignRight, self.whole(tick)
            )
        if not self.periods:
            return
        step = area.width() / max(1, len(self.periods) - 1) if len(self.periods) > 1 else 0
        for n, period in enumerate(self.periods):
            x = area.left() + n * step
            painter.setPen(text)
            painter.drawText(QRectF(x - 30, area.bottom() + 4, 60, 16),
                             Qt.AlignmentFlag.AlignCenter, period)  # fmt: skip
        for k, values in enumerate(list(self.lines.values())[: len(LINES)]):
            pen = QPen(LINES[k], 2)
            painter.setPen(pen)
            last: QPointF | None = None
            for n, value in enumerate(values):
                if value is None:
                    last = None
                    continue
                point = QPointF(
                    area.left() + n * step, area.bottom() - value / self.points * area.height()
                )
                if last is not None:
                    painter.drawLine(last, point)
                painter.drawEllipse(point, 2.5, 2.5)
                last = point
            x, row, name = legend[k]
            painter.drawText(QPointF(x, self.height() - 4 - (rows - 1 - row) * metrics.height()),
                             name)  # fmt: skip


class HealthTrendChart(Chart):
    """An account's health (0–100) over the days it was kept: one line, the bands'
    limits dashed (70 healthy, 50 at risk) and named in the right margin, outside the
    plot, where no line can run through a name (named inside, at the left, «Sana» sat
    where the line starts), the first and last days below."""

    def __init__(
        self, title: str, parent: QWidget | None = None, locale: QLocale | None = None
    ) -> None:
        super().__init__(title, parent, locale)
        self.ends: tuple[str, str] = ("", "")
        self.points: list[tuple[float, float | None]] = []
        self.limits: list[tuple[int, str]] = []

    def set_points(
        self,
        ends: tuple[str, str],
        points: Sequence[tuple[float, float | None]],
        limits: Sequence[tuple[int, str]],
    ) -> None:
        """`points`: (where in time, 0 the first day and 1 the last; the health or None),
        `ends` the first and last days as written, `limits` (value, name) lines."""
        self.ends, self.points, self.limits = ends, list(points), list(limits)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._frame(painter)
        area.setHeight(area.height() + 20)
        metrics = painter.fontMetrics()
        # the names' column, with room for the fractions the whole advances leave out
        # (at its exact advance «Healthy» was elided)
        names = max((metrics.horizontalAdvance(name) for _v, name in self.limits), default=0)
        margin = min(names + 14, self.width() // 3) if names else 0
        area.setRight(area.right() - 8 - margin)
        text = self.palette().color(QPalette.ColorRole.WindowText)

        def y_of(value: float) -> float:
            return area.bottom() - value / 100 * area.height()

        painter.setPen(QPen(text, 0.5))
        for tick in (0, 100):
            painter.drawLine(QPointF(area.left(), y_of(tick)), QPointF(area.right(), y_of(tick)))
            painter.drawText(QRectF(0, y_of(tick) - 8, 28, 16), RIGHT, self.whole(tick))
        for value, name in self.limits:
            painter.setPen(QPen(text, 0.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(area.left(), y_of(value)), QPointF(area.right(), y_of(value)))
            painter.drawText(QRectF(0, y_of(value) - 8, 28, 16), RIGHT, self.whole(value))
            if name:  # beside its line's end, right of the plot
                left = area.right() + 10
                shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, margin - 10)
                painter.drawText(QRectF(left, y_of(value) - 8, margin - 10, 16),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 shown)  # fmt: skip
        if not self.points:
            return
        painter.setPen(text)
        below = QRectF(area.left(), area.bottom() + 4, area.width(), 16)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, self.ends[0])
        if self.ends[1] != self.ends[0]:
            painter.drawText(below, Qt.AlignmentFlag.AlignRight, self.ends[1])
        painter.setPen(QPen(SCORE, 2))
        last: QPointF | None = None
        for where, health in self.points:
            if health is None:
                last = None
                continue
            point = QPointF(area.left() + where * area.width(), y_of(health))
            if last is not None:
                painter.drawLine(last, point)
            painter.drawEllipse(point, 2.5, 2.5)
            last = point


def show_health_history(
    chart: HealthTrendChart,
    history: Sequence[Any],
    locale: QLocale,
    today: tuple[date, int | None] | None = None,
) -> bool:
    """Draw the kept days (`HealthPoint`s, oldest first) that have a figure on `chart`,
    placed by their dates, ending at `today`'s figure (the live one the list shows: a
    kept day is how the account stood that day, and the chart ended far from the figure
    above it); False when there is none to draw."""
    from agencia.domain.labels import label
    from agencia.domain.satisfaction_enums import HealthBand
    from agencia.ui.formatting import date_text

    known = [(p.on, p.score) for p in history if p.score is not None]
    if today is not None:
        known = [(on, score) for on, score in known if on < today[0]]
        if today[1] is not None:
            known.append((today[0], today[1]))
    if not known:
        chart.set_points(("", ""), (), ())
        return False
    first, last = known[0][0], known[-1][0]
    span = max(1, (last - first).days)
    points = [((on - first).days / span if len(known) > 1 else 0.5, n) for on, n in known]
    chart.set_points(
        (date_text(first, locale), date_text(last, locale)),
        points,
        ((70, label(HealthBand.HEALTHY)), (50, label(HealthBand.AT_RISK))),
    )
    return True

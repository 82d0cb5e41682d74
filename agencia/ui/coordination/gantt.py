"""The campaign's timeline (Gantt): a row per task or milestone, bars over the days, the
dependencies as arrows, a today line and the deadline, the critical path in its own
colour and named in each bar's tooltip (never colour alone).

A bar is dragged sideways to reschedule it: on release the view says which task moved
by how many days (`task_dragged`); what to do about it is the controller's. Zoom by week
or by month; `write_pdf` prints the whole timeline to a PDF page.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from agencia.domain.coordination_enums import FINISHED
from agencia.services.coordination.queries import TaskRow, Timeline
from agencia.ui.coordination.words import status_text, task_tooltip

translate = QCoreApplication.translate

LABEL_WIDTH = 232
ROW = 28
HEADER = 40
DAY_WIDTH = {"week": 22.0, "month": 6.0}
COLOURS = {
    "bar": QColor("#1B4F9C"),
    "critical": QColor("#B42318"),
    "done": QColor("#98A2B3"),
    "risk": QColor("#DC6803"),
    "grid": QColor("#E4E7EC"),
    "text": QColor("#344054"),
    "today": QColor("#D92D20"),
    "deadline": QColor("#101828"),
}
# What a row is drawn with, made once: 500 rows need not build 1,500 pens and brushes.
PENS = {name: QPen(colour) for name, colour in COLOURS.items()}
BRUSHES = {name: QBrush(colour) for name, colour in COLOURS.items()}
RISK_PEN = QPen(COLOURS["risk"], 2)
ARROW_PEN = QPen(COLOURS["text"], 1)
NO_PEN = QPen(Qt.PenStyle.NoPen)
CLEAR = QBrush(Qt.GlobalColor.transparent)


class Bar(QGraphicsRectItem):
    """A task's bar (or a milestone's diamond, drawn in its box): moves only sideways, and
    only when the person may plan the campaign."""

    def __init__(self, view: GanttView, row: TaskRow, rect: QRectF, movable: bool) -> None:
        super().__init__(rect)
        self.view = view
        self.task = row
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setCursor(Qt.CursorShape.SizeHorCursor if movable else Qt.CursorShape.ArrowCursor)
        self._pressed_at = QPointF()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_at = self.pos()
        self.view.choose(self.task.id)  # any button: a right click then opens its menu
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self.setPos(QPointF(self.pos().x(), self._pressed_at.y()))  # sideways only

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        days = round((self.pos().x() - self._pressed_at.x()) / self.view.day_width)
        self.setPos(self._pressed_at)  # the reload draws it where it ends up
        if days:
            self.view.task_dragged.emit(self.task.id, days)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        """The tooltip is written when first wanted: 500 bars need not format 500."""
        if not self.toolTip():
            self.setToolTip(self.view.tooltip_of(self.task))
        super().hoverEnterEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.view.task_opened.emit(self.task.id)


class Names(QGraphicsRectItem):
    """The names' column: one item that writes the names of the rows in view, rather than
    a text item per row (500 of them made and thrown away on every redraw). A name cut to
    the column shows its whole title as a tooltip."""

    def __init__(self, rect: QRectF) -> None:
        super().__init__(rect)
        self.rows: list[tuple[float, str, str]] = []  # (top, as shown, the whole title)
        self.font = QFont()  # what a scene's text item writes in
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        super().paint(painter, option, widget)
        shown = option.exposedRect
        first = max(0, int((shown.top() - HEADER) // ROW) - 1)
        last = int((shown.bottom() - HEADER) // ROW) + 1
        painter.setFont(self.font)
        painter.setPen(COLOURS["text"])
        ascent = QFontMetricsF(self.font).ascent()
        for top, text, _title in self.rows[first : last + 1]:
            painter.drawText(QPointF(8, top + ascent), text)

    def title_at(self, y: float) -> str:
        """The whole title of the row at `y` when its name is cut, else nothing."""
        n = int((y - HEADER) // ROW)
        if y < HEADER or n >= len(self.rows):
            return ""
        _top, text, title = self.rows[n]
        return title if text != title else ""

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setToolTip(self.title_at(event.pos().y()))
        super().hoverMoveEvent(event)


class GanttView(QGraphicsView):
    """Signals: `task_dragged(task_id, days)` when a bar was dragged by whole days;
    `task_opened(task_id)` when a bar was double-clicked (to edit it); `task_chosen(id)`
    when a bar was clicked (the task the page's Estado menu moves), -1 when none is."""

    task_dragged = Signal(int, int)
    task_opened = Signal(int)
    task_chosen = Signal(int)

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loc = locale
        self.setObjectName("ganttView")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.zoom = "week"
        self.timeline: Timeline | None = None
        self.today = date.today()
        self.first = self.today
        self.bars: dict[int, Bar] = {}
        self.labels: Names | None = None
        self.critical: frozenset[int] = frozenset()
        self.metrics = self.fontMetrics()
        self.font_key = self.font().key()
        self.chosen: int | None = None
        self.marker: QGraphicsRectItem | None = None
        self.elided: dict[tuple[str, int, str], str] = {}  # kept over redraws
        self.edges: list[QGraphicsItem] = []  # what may reach past the last day

    @property
    def day_width(self) -> float:
        return DAY_WIDTH[self.zoom]

    def set_zoom(self, zoom: str) -> None:
        self.zoom = zoom if zoom in DAY_WIDTH else "week"
        if self.timeline is not None:
            self.show_timeline(self.timeline, self.today)

    def x_of(self, day: date) -> float:
        return LABEL_WIDTH + (day - self.first).days * self.day_width

    def show_timeline(self, timeline: Timeline, today: date) -> None:
        """Draw `timeline` (again), keeping where the person had scrolled to."""
        same = self.timeline is not None and self.timeline.campaign_id == timeline.campaign_id
        keep = (self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        self.timeline, self.today = timeline, today
        scene = self.scene()
        scene.clear()
        self.labels = None
        self.marker = None
        self.bars = {}
        self.edges = []
        rows = timeline.tasks
        days = [today] + [d for r in rows for d in (r.start, r.due, r.expected_due)]
        if timeline.deadline is not None:
            days.append(timeline.deadline)
        self.first = min(days) - timedelta(days=3)
        last = max(days) + timedelta(days=10)
        width = self.x_of(last)
        height = HEADER + ROW * max(len(rows), 1) + 8
        scene.setSceneRect(QRectF(0, 0, width, height))
        self._grid(last, height)
        self.labels = Names(QRectF(0, 0, LABEL_WIDTH, height))
        self.labels.setBrush(self.palette().base())
        self.labels.setPen(QPen(COLOURS["grid"]))
        self.labels.setZValue(5)  # the names stay in view as the days scroll by
        scene.addItem(self.labels)
        index = {r.id: n for n, r in enumerate(rows)}
        self.critical = frozenset(timeline.critical_path)
        self.metrics = self.fontMetrics()
        self.font_key = self.font().key()
        for n, row in enumerate(rows):
            self._row(n, row, timeline)
        for link in timeline.dependencies:
            if link.task_id in index and link.depends_on_id in index:
                self._arrow(rows[index[link.depends_on_id]], index[link.depends_on_id],
                            rows[index[link.task_id]], index[link.task_id])  # fmt: skip
        self._line(today, height, COLOURS["today"], translate("Gantt", "Hoy"))
        if timeline.deadline is not None:
            self._line(timeline.deadline, height, COLOURS["deadline"],
                       translate("Gantt", "Fecha límite"))  # fmt: skip
        # the words right of the last day (a line's name, a late bar's ⚠) stay in reach;
        # only what can reach past it is measured, not every item (itemsBoundingRect)
        drawn = max(item.sceneBoundingRect().right() for item in self.edges)
        scene.setSceneRect(QRectF(0, 0, max(width, drawn + 16), height))
        if same:
            self.horizontalScrollBar().setValue(keep[0])
            self.verticalScrollBar().setValue(keep[1])
        else:  # a new campaign opens at its first open task, or today
            open_ = [r.start for r in rows if r.status not in FINISHED] or [today]
            self.horizontalScrollBar().setValue(int(self.x_of(min(open_)) - LABEL_WIDTH - 40))
        self._pin_labels()
        self.choose(self.chosen)

    def choose(self, task_id: int | None) -> None:
        """Mark the task's bar as the chosen one (a dashed outline around it), or none."""
        bar = self.bars.get(task_id) if task_id is not None else None
        if self.marker is not None and self.marker.scene() is self.scene():
            self.scene().removeItem(self.marker)
        self.marker = None
        if bar is not None:
            self.marker = QGraphicsRectItem(bar.rect().adjusted(-3, -3, 3, 3), bar)
            self.marker.setPen(QPen(COLOURS["text"], 1, Qt.PenStyle.DashLine))
        self.chosen = task_id if bar is not None else None
        self.task_chosen.emit(-1 if self.chosen is None else self.chosen)

    def chosen_row(self) -> TaskRow | None:
        """The chosen task as the timeline read it."""
        if self.timeline is None or self.chosen is None:
            return None
        return next((r for r in self.timeline.tasks if r.id == self.chosen), None)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._pin_labels()

    def _pin_labels(self) -> None:
        if self.labels is not None and self.labels.scene() is self.scene():
            self.labels.setPos(self.mapToScene(0, 0).x(), 0)

    def _grid(self, last: date, height: float) -> None:
        scene = self.scene()
        pen = QPen(COLOURS["grid"])
        day = self.first
        while day <= last:
            mark = day.weekday() == 0 if self.zoom == "week" else day.day == 1
            if mark:
                x = self.x_of(day)
                scene.addLine(x, HEADER - 6, x, height, pen)
                fmt = "d MMM" if self.zoom == "week" else "MMM yyyy"
                text = self.loc.toString(_qdate(day), fmt)
                label = scene.addSimpleText(text)
                label.setPos(x + 3, 10)
                label.setBrush(BRUSHES["text"])
                self.edges.append(label)
            day += timedelta(days=1)
        self.edges.append(scene.addLine(0, HEADER, self.x_of(last), HEADER, pen))

    def _row(self, n: int, row: TaskRow, timeline: Timeline) -> None:
        scene = self.scene()
        y = HEADER + n * ROW
        title = row.title if row.milestone is None else "◆ " + row.title
        assert self.labels is not None
        shown = self._elide(title, LABEL_WIDTH - 16)
        self.labels.rows.append((y + 6, shown, title))
        finished = row.status in FINISHED
        critical = row.id in self.critical
        colour = "done" if finished else "critical" if critical else "bar"
        if row.milestone is not None:
            x = self.x_of(row.due) + self.day_width / 2
            rect = QRectF(x - 8, y + 6, 16, 16)
        else:
            x0, x1 = self.x_of(row.start), self.x_of(row.due + timedelta(days=1))
            rect = QRectF(x0, y + 7, max(x1 - x0, 4), ROW - 14)
        bar = Bar(self, row, rect, timeline.plannable and not finished)
        bar.setBrush(BRUSHES[colour] if row.milestone is None else CLEAR)
        bar.setPen(RISK_PEN if (row.at_risk or row.overdue) else PENS[colour])
        if row.milestone is not None:
            diamond = QPolygonF(
                [
                    QPointF(x, y + 6),
                    QPointF(x + 8, y + 14),
                    QPointF(x, y + 22),
                    QPointF(x - 8, y + 14),
                ]
            )
            shape = scene.addPolygon(diamond, PENS[colour], BRUSHES[colour])
            shape.setParentItem(bar)
            shape.setPos(0, 0)
            bar.setPen(NO_PEN)
        scene.addItem(bar)
        self.bars[row.id] = bar
        if (row.at_risk or row.overdue) and not finished:
            flag = scene.addSimpleText("⚠ " + status_text(row))
            flag.setBrush(BRUSHES["risk"])
            flag.setPos(rect.right() + 6, y + 6)
            self.edges.append(flag)

    def tooltip_of(self, row: TaskRow) -> str:
        return task_tooltip(row, row.id in self.critical, self.loc)

    def _elide(self, text: str, width: int) -> str:
        """`text` cut to `width` with an ellipsis; short texts are not measured twice, and
        a title already cut in this font is not cut again when the timeline is redrawn."""
        if len(text) * self.metrics.maxWidth() <= width:
            return text
        key = (text, width, self.font_key)
        shown = self.elided.get(key)
        if shown is None:
            if len(self.elided) > 4096:  # titles of many campaigns: start again
                self.elided.clear()
            shown = self.elided[key] = self.metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, width
            )
        return shown

    def _arrow(self, before: TaskRow, n_before: int, after: TaskRow, n_after: int) -> None:
        end = before.due if before.milestone else before.due + timedelta(days=1)
        x0 = self.x_of(end) if before.milestone is None else self.x_of(end) + self.day_width / 2
        y0 = HEADER + n_before * ROW + ROW / 2
        x1 = self.x_of(after.start) + (self.day_width / 2 - 8 if after.milestone else 0)
        y1 = HEADER + n_after * ROW + ROW / 2
        path = QPainterPath(QPointF(x0, y0))
        bend = max(x0 + 6, min(x1 - 6, x0 + 12))
        path.lineTo(bend, y0)
        path.lineTo(bend, y1)
        path.lineTo(x1, y1)
        path.moveTo(x1 - 5, y1 - 4)
        path.lineTo(x1, y1)
        path.lineTo(x1 - 5, y1 + 4)
        item = QGraphicsPathItem(path)
        item.setPen(ARROW_PEN)
        item.setZValue(-1)
        self.scene().addItem(item)

    def _line(self, day: date, height: float, colour: QColor, text: str) -> None:
        x = self.x_of(day) + self.day_width / 2
        pen = QPen(colour, 2, Qt.PenStyle.DashLine)
        line = self.scene().addLine(x, HEADER - 14, x, height, pen)
        line.setZValue(2)
        label = self.scene().addSimpleText(text)
        label.setBrush(colour)
        label.setPos(x + 3, HEADER - 16)
        label.setZValue(2)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        self.edges.append(label)

    def write_pdf(self, path: Path, title: str) -> Path:
        """The whole timeline on one landscape page (scaled to fit), with its title."""
        writer = QPdfWriter(str(path))
        writer.setTitle(title)
        writer.setCreator("Agencia")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setResolution(150)
        painter = QPainter(writer)
        try:
            page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
            page.moveTo(0, 0)
            heading = QRectF(0, 0, page.width(), 60)
            painter.setFont(QFont(self.font().family(), 14, QFont.Weight.Bold))
            painter.drawText(heading, int(Qt.AlignmentFlag.AlignLeft), title)
            source = self.scene().sceneRect()
            room = QRectF(0, 70, page.width(), page.height() - 70)
            scale = min(room.width() / source.width(), room.height() / source.height())
            target = QRectF(room.topLeft(), QSizeF(source.width() * scale, source.height() * scale))
            if self.labels is not None:
                self.labels.setPos(0, 0)  # the names where the page starts
            self.scene().render(painter, target, source)
        finally:
            self._pin_labels()
            painter.end()
        return path


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)

"""The pipeline board: campaigns as cards in columns by status, moved by drag or by menu.

A drop asks the same door as every other move (decision_dialogs.run_move → the service):
a move that is not in the life table is refused at once with the reason, one that needs a
decision opens that decision's dialog, and the card stays where it is until the service
has moved the campaign (the controller then calls `set_rows`). Every card can also be
moved from its context menu ("Mover a…", the Menu key or Shift+F10), so the board works
without a mouse.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QListView,
    QMenu,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.campaign_life import BOARD_ORDER, CLOSED, move_for, targets
from agencia.domain.enums import CampaignStatus
from agencia.domain.messages import render
from agencia.services.campaigns.views import CampaignRow
from agencia.ui import settings, style
from agencia.ui.area import AppContext
from agencia.ui.campaigns.decision_dialogs import run_move, show_refusal
from agencia.ui.campaigns.labels import (
    STATUS_COLORS,
    move_label,
    need_label,
    status_label,
)
from agencia.ui.formatting import currency_symbol, date_text
from agencia.ui.resources import icon
from agencia.ui.widgets.text import plain_tip

S = CampaignStatus
MIME = "application/x-agencia-campaign"
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
COLLAPSED = settings.Setting("campaigns/board_collapsed", "rejected,cancelled", str)

OPEN_WIDTH = 256
CLOSED_WIDTH = 216
COLLAPSED_WIDTH = 44
CARD_HEIGHT = 76
_EDGE = 56  # pixels from the board's edge where a drag scrolls it


def initials(name: str) -> str:
    """ "Elena Ejecutiva" → "EE"; one name gives its first two letters."""
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()


def payload(row: CampaignRow) -> QMimeData:
    """What a dragged card carries: the campaign, where it is, and its version."""
    data = QMimeData()
    text = json.dumps({"id": row.id, "status": row.status.value, "version": row.version})
    data.setData(MIME, QByteArray(text.encode("utf-8")))
    return data


def read_payload(data: QMimeData) -> dict[str, Any] | None:
    if not data.hasFormat(MIME):
        return None
    try:
        value = json.loads(bytes(data.data(MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) and "id" in value else None


class CardModel(QAbstractListModel):
    """The cards of one column (a short list: swapped whole on every refresh)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CampaignRow] = []

    def set_rows(self, rows: Sequence[CampaignRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader says
            return ", ".join(p for p in (row.name, row.account, row.brand, row.owner) if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(
                "\n".join(
                    p
                    for p in (
                        row.name,
                        row.code,
                        f"{row.account} · {row.brand}".strip(" ·"),
                        row.owner,
                    )
                    if p
                )
            )
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = [self.rows[i.row()] for i in indexes if i.isValid()]
        return payload(rows[0]) if rows else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def row_of(self, campaign_id: int) -> int:
        for n, row in enumerate(self.rows):
            if row.id == campaign_id:
                return n
        return -1


class CardDelegate(QStyledItemDelegate):
    """Paints a campaign as a card: name, client and brand, deadline, budget, owner."""

    def __init__(self, board: CampaignBoard) -> None:
        super().__init__(board)
        self.board = board

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(max(option.rect.width(), 120), CARD_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, CampaignRow):
            return
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hover = bool(state & QStyle.StateFlag.State_MouseOver)
        focus = bool(state & QStyle.StateFlag.State_HasFocus)
        self.paint_card(
            painter,
            QRect(option.rect),
            row,
            QFont(option.font),
            selected=selected,
            hover=hover,
            focus=focus,
        )

    def paint_card(
        self,
        painter: QPainter,
        rect: QRect,
        row: CampaignRow,
        font: QFont,
        *,
        selected: bool = False,
        hover: bool = False,
        focus: bool = False,
    ) -> None:
        t = style.tokens()
        board = self.board
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if row.id in board.moving:
            painter.setOpacity(0.45)
        box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        border = QColor(t["accent"] if selected else t["border_strong"] if hover else t["border"])
        painter.setPen(border)
        painter.setBrush(QColor(t["accent_soft"] if selected and focus else t["surface"]))
        painter.drawRoundedRect(box, 6, 6)
        if selected:
            pen = painter.pen()
            pen.setWidthF(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        strip = QRectF(box.left() + 1, box.top() + 6, 4, box.height() - 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLORS[row.status]))
        painter.drawRoundedRect(strip, 2, 2)

        left = rect.left() + 14
        right = rect.right() - 10
        metrics = QFontMetrics(font)
        line = metrics.height()
        top = rect.top() + 8
        # owner's initials, top right
        bubble = 22
        circle = QRectF(right - bubble, top - 2, bubble, bubble)
        painter.setBrush(QColor(t["accent_soft"]))
        painter.drawEllipse(circle)
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() - 1.5, 7.0))
        small.setBold(True)
        painter.setFont(small)
        painter.setPen(QColor(t["accent_text"]))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(row.owner))
        # name
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(t["text"]))
        room = right - bubble - 6 - left
        name = QFontMetrics(bold).elidedText(row.name, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(left, top, room, line), Qt.AlignmentFlag.AlignVCenter, name)
        # client · brand
        painter.setFont(font)
        painter.setPen(QColor(t["text_secondary"]))
        client = " · ".join(p for p in (row.account, row.brand) if p)
        room = right - left  # below the initials: the whole width
        client = metrics.elidedText(client, Qt.TextElideMode.ElideRight, room)
        painter.drawText(
            QRect(left, top + line + 3, room, line), Qt.AlignmentFlag.AlignVCenter, client
        )
        # deadline (red and said when overdue), budget on the right
        bottom = QRect(left, rect.bottom() - 8 - line, right - left, line)
        budget = board.budget_text(row)
        painter.drawText(
            bottom, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, budget
        )
        room = bottom.width() - metrics.horizontalAdvance(budget) - 12
        if row.deadline is not None:
            overdue = board.is_overdue(row)
            text = board.deadline_text(row)
            if overdue:
                painter.setPen(QColor(t["error"]))
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.drawText(
                QRect(bottom.left(), bottom.top(), room, line), Qt.AlignmentFlag.AlignVCenter, text
            )
        painter.restore()


class CardList(QListView):
    """One column's cards: drags its cards, never takes a drop itself (the column does)."""

    open_requested = Signal(int)
    menu_requested = Signal(int, QPoint)  # campaign id, global position
    step_requested = Signal(int)  # -1 / +1: focus the column to the left / right

    def __init__(self, board: CampaignBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.setObjectName("boardCards")
        self.setStyleSheet("#boardCards { background: transparent; border: none; }")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDragEnabled(True)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.doubleClicked.connect(self._open_index)

    def card_model(self) -> CardModel:
        model = self.model()
        assert isinstance(model, CardModel)
        return model

    def current_row(self) -> CampaignRow | None:
        index = self.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, CampaignRow) else None

    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, CampaignRow):
            self.open_requested.emit(row.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        row = self.current_row()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row is not None:
            self.open_requested.emit(row.id)
            return
        if key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._menu_for_current()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    def _menu_for_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        rect = self.visualRect(self.currentIndex())
        self.menu_requested.emit(row.id, self.viewport().mapToGlobal(rect.center()))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self._menu_for_current()
            return
        index = self.indexAt(event.pos())
        row = index.data(ROW_ROLE) if index.isValid() else None
        if isinstance(row, CampaignRow):
            self.setCurrentIndex(index)
            self.menu_requested.emit(row.id, event.globalPos())

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        row = self.current_row()
        if row is None:
            return
        drag = QDrag(self)
        drag.setMimeData(payload(row))
        width = self.viewport().width() - 2 * self.spacing()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(round(width * ratio), round(CARD_HEIGHT * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        delegate = self.itemDelegate()
        if isinstance(delegate, CardDelegate):
            delegate.paint_card(painter, QRect(0, 0, width, CARD_HEIGHT), row, self.font())
        painter.end()
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(24, CARD_HEIGHT // 2))
        drag.exec(Qt.DropAction.MoveAction)
        self.board.stop_scrolling()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(style.color("placeholder"))
            rect = self.viewport().rect().adjusted(8, 16, -8, 0)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.tr("Sin campañas"),
            )
            painter.end()


class BoardColumn(QFrame):
    """A status: its header (name, count, collapse for closed ones) and its cards; the
    whole column takes drops, collapsed or not."""

    dropped = Signal(int, object)  # campaign id, the column's CampaignStatus
    drag_moved = Signal(QPoint)  # global position, for scrolling the board at its edges

    def __init__(self, status: S, board: CampaignBoard) -> None:
        super().__init__(board)
        self.status = status
        self.board = board
        self.setObjectName(f"boardColumn_{status.value}")
        self.setAcceptDrops(True)
        self.collapsible = status in CLOSED
        self.collapsed = False
        self.highlight = ""  # "", "ok" (a move of the life table) or "no"
        self.count = 0
        self.model = CardModel(self)
        self.list = CardList(board, self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(board.delegate)
        self.list.setAccessibleName(status_label(status))
        self.toggle = QToolButton(self)
        self.toggle.setAutoRaise(True)
        self.toggle.setVisible(self.collapsible)
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 40, 6, 6)
        layout.setSpacing(0)
        layout.addWidget(self.list, 1)
        self._update_toggle()

    def header_text(self) -> str:
        return f"{status_label(self.status)}"

    def set_rows(self, rows: Sequence[CampaignRow]) -> None:
        self.count = len(rows)
        self.model.set_rows(rows)
        self.setToolTip(
            plain_tip(f"{status_label(self.status)}: {self.count}") if self.collapsed else ""
        )
        self.update()

    def set_collapsed(self, collapsed: bool) -> None:
        if not self.collapsible:
            return
        self.collapsed = collapsed
        self.list.setVisible(not collapsed)
        self._update_toggle()
        self.setToolTip(
            plain_tip(f"{status_label(self.status)}: {self.count}") if collapsed else ""
        )
        self.board.collapse_changed(self)
        self.updateGeometry()
        self.update()

    def _update_toggle(self) -> None:
        width = (
            COLLAPSED_WIDTH
            if self.collapsed
            else CLOSED_WIDTH
            if self.status in CLOSED
            else OPEN_WIDTH
        )
        self.setFixedWidth(width)
        self.toggle.setIcon(icon("chevron-right" if self.collapsed else "chevron-left"))
        self.toggle.setToolTip(
            self.tr("Mostrar «%1»").replace("%1", status_label(self.status))
            if self.collapsed
            else self.tr("Plegar «%1»").replace("%1", status_label(self.status))
        )
        self.toggle.setAccessibleName(self.toggle.toolTip())
        self.toggle.setIconSize(QSize(16, 16))
        self.toggle.resize(24, 24)
        self._place_toggle()

    def _place_toggle(self) -> None:
        if self.collapsed:
            self.toggle.move((self.width() - self.toggle.width()) // 2, 8)
        else:
            self.toggle.move(self.width() - self.toggle.width() - 8, 8)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place_toggle()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if (self.collapsible and event.position().y() < 40) or self.collapsed:
            self.set_collapsed(not self.collapsed)
            return
        super().mouseDoubleClickEvent(event)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        t = style.tokens()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(2.5, 0.5, -2.5, -0.5)
        fill = QColor(t["rail_bg"])
        border = QColor(t["border"])
        if self.highlight == "ok":
            fill = QColor(t["accent_soft"])
            border = QColor(t["accent"])
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 8, 8)
        accent = QColor(STATUS_COLORS[self.status])
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        if self.collapsed:
            painter.setBrush(accent)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(self.width() / 2 - 5, 40, 10, 10))
            painter.setPen(QColor(t["text"]))
            painter.setFont(font)
            painter.save()
            # turned a quarter clockwise, the glyphs lie from -descent to +ascent in x
            painter.translate(self.width() / 2 - (metrics.ascent() - metrics.descent()) / 2, 60)
            painter.rotate(90)
            label = f"{status_label(self.status)}  ·  {self.count}"
            painter.drawText(0, 0, label)
            painter.restore()
            painter.end()
            return
        painter.setBrush(accent)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(16, 15, 10, 10))
        painter.setFont(font)
        painter.setPen(QColor(t["text"]))
        count = str(self.count)
        small = QFont(self.font())
        count_width = QFontMetrics(small).horizontalAdvance(count) + 14
        right = self.width() - 12 - (self.toggle.width() + 4 if self.collapsible else 0)
        room = right - 32 - count_width - 6
        title = metrics.elidedText(status_label(self.status), Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(32, 8, room, 24), Qt.AlignmentFlag.AlignVCenter, title)
        title_width = metrics.horizontalAdvance(title)
        pill = QRectF(32 + title_width + 8, 11, count_width, 18)
        painter.setBrush(QColor(t["surface"]))
        painter.setPen(QColor(t["border"]))
        painter.drawRoundedRect(pill, 9, 9)
        painter.setFont(small)
        painter.setPen(QColor(t["text_secondary"]))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, count)
        painter.end()

    # -- drops ------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        data = read_payload(event.mimeData())
        if data is None:
            event.ignore()
            return
        source = S(data.get("status", self.status.value))
        self.highlight = "ok" if move_for(source, self.status) else "no"
        event.acceptProposedAction()
        self.update()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if read_payload(event.mimeData()) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.drag_moved.emit(self.mapToGlobal(event.position().toPoint()))

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.highlight = ""
        self.update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.highlight = ""
        self.update()
        self.board.stop_scrolling()
        data = read_payload(event.mimeData())
        if data is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(int(data["id"]), self.status)


class CampaignBoard(QWidget):
    """The campaigns by status, left to right in the life's order (BOARD_ORDER)."""

    open_requested = Signal(int)  # double-click or Enter on a card: open the campaign

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignBoard")
        self.ctx = ctx
        self.today = date.today()
        self.moving: set[int] = set()  # campaigns whose move is being decided or saved
        self.last_refusal = ""
        self.rows: dict[int, CampaignRow] = {}
        self.delegate = CardDelegate(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("boardScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lane = QWidget(self.scroll_area)
        self.lane.setObjectName("boardLane")
        lane = QHBoxLayout(self.lane)
        lane.setContentsMargins(8, 8, 8, 8)
        lane.setSpacing(4)
        self.columns: dict[S, BoardColumn] = {}
        collapsed = {s for s in str(settings.get(COLLAPSED) or "").split(",") if s}
        for status in BOARD_ORDER:
            column = BoardColumn(status, self)
            if status.value in collapsed:
                column.collapsed = True
                column.list.setVisible(False)
                column._update_toggle()
            column.dropped.connect(self.drop)
            column.drag_moved.connect(self._drag_moved)
            column.list.open_requested.connect(self.open_requested)
            column.list.menu_requested.connect(self._show_menu)
            column.list.step_requested.connect(lambda step, s=status: self._step(s, int(step)))
            self.columns[status] = column
            lane.addWidget(column)
        lane.addStretch(1)
        self.scroll_area.setWidget(self.lane)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self._scroll_step = 0
        self._scroller = QTimer(self)
        self._scroller.setInterval(30)
        self._scroller.timeout.connect(self._scroll_tick)

    # -- contents -------------------------------------------------------------------------
    def set_rows(self, rows: list[CampaignRow]) -> None:
        """Show these campaigns (in the order given within each column); the card that had
        the focus keeps it when it is still there, wherever it moved."""
        focused = self.current_id()
        self.rows = {r.id: r for r in rows}
        self.moving &= set(self.rows)
        by_status: dict[S, list[CampaignRow]] = {s: [] for s in BOARD_ORDER}
        for row in rows:
            by_status[row.status].append(row)
        for status, column in self.columns.items():
            column.set_rows(by_status[status])
        if focused is not None and focused in self.rows:
            self.select(focused)

    def current_id(self) -> int | None:
        for column in self.columns.values():
            if column.list.hasFocus():
                row = column.list.current_row()
                return row.id if row else None
        return None

    def column_of(self, campaign_id: int) -> BoardColumn | None:
        row = self.rows.get(campaign_id)
        return self.columns[row.status] if row is not None else None

    def select(self, campaign_id: int) -> bool:
        """Put the focus on a campaign's card (scrolling the board to it)."""
        column = self.column_of(campaign_id)
        if column is None:
            return False
        if column.collapsed:
            column.set_collapsed(False)
        index = column.model.index(column.model.row_of(campaign_id), 0)
        column.list.setCurrentIndex(index)
        column.list.scrollTo(index)
        column.list.setFocus()
        self.scroll_area.ensureWidgetVisible(column, 8, 0)
        return True

    # -- what a card shows ------------------------------------------------------------------
    def budget_text(self, row: CampaignRow) -> str:
        symbol = currency_symbol(row.currency, self.ctx.locale)
        return self.ctx.locale.toCurrencyString(float(row.budget), symbol, 0)

    def is_overdue(self, row: CampaignRow) -> bool:
        return row.deadline is not None and row.deadline < self.today and row.status not in CLOSED

    def deadline_text(self, row: CampaignRow) -> str:
        text = date_text(row.deadline, self.ctx.locale)
        if self.is_overdue(row):
            return self.tr("Vencida %1").replace("%1", text)
        return text

    # -- moving ---------------------------------------------------------------------------
    def drop(self, campaign_id: int, target: S) -> None:
        """A card was dropped on `target`'s column (or chosen in "Mover a…")."""
        row = self.rows.get(campaign_id)
        if row is None or row.status is target or campaign_id in self.moving:
            return
        if move_for(row.status, target) is None:
            code = "campaign.closed" if row.status in CLOSED else "campaign.move_not_in_life"
            params = {"status": row.status, "source": row.status, "target": target}
            self.last_refusal = render(code, params)
            show_refusal(self, self.tr("Mover campaña"), self.last_refusal)
            return
        self.moving.add(campaign_id)
        self._repaint(campaign_id)

        def done(ok: bool) -> None:
            self.moving.discard(campaign_id)
            self._repaint(campaign_id)

        run_move(self, self.ctx, campaign_id, row.version, target, on_done=done)

    def _repaint(self, campaign_id: int) -> None:
        column = self.column_of(campaign_id)
        if column is not None:
            column.list.viewport().update()

    def move_menu(self, campaign_id: int) -> QMenu:
        """The card's context menu: open it, or move it to one of its life's next states."""
        row = self.rows[campaign_id]
        menu = QMenu(self)
        menu.setObjectName("cardMenu")
        menu.setToolTipsVisible(True)
        opener = menu.addAction(self.tr("Abrir campaña"))
        opener.setShortcut(Qt.Key.Key_Return)
        opener.triggered.connect(lambda: self.open_requested.emit(campaign_id))
        menu.addSeparator()
        moves = menu.addMenu(self.tr("Mover a…"))
        moves.setObjectName("moveToMenu")
        moves.setToolTipsVisible(True)
        for target in targets(row.status):
            move = move_for(row.status, target)
            assert move is not None
            need = need_label(move.need)
            action = moves.addAction(status_label(target) + (f"\t{need}" if need else ""))
            action.setObjectName(f"moveTo_{target.value}")
            action.setToolTip(move_label(row.status, target))
            action.triggered.connect(lambda _c=False, t=target: self.drop(campaign_id, t))
        if moves.isEmpty():
            moves.setEnabled(False)
            moves.setToolTip(render("campaign.closed", {"status": row.status}))
        return menu

    def _show_menu(self, campaign_id: int, where: QPoint) -> None:
        if campaign_id not in self.rows:
            return
        menu = self.move_menu(campaign_id)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(where)

    def _step(self, status: S, step: int) -> None:
        """Left/Right from a card: the next column that shows cards, at the same height."""
        order = list(BOARD_ORDER)
        here = self.columns[status].list.currentIndex().row()
        n = order.index(status) + step
        while 0 <= n < len(order):
            column = self.columns[order[n]]
            if not column.collapsed and column.model.rowCount():
                row = min(max(here, 0), column.model.rowCount() - 1)
                index = column.model.index(row, 0)
                column.list.setCurrentIndex(index)
                column.list.setFocus()
                self.scroll_area.ensureWidgetVisible(column, 8, 0)
                return
            n += step

    def collapse_changed(self, _column: BoardColumn) -> None:
        if not hasattr(self, "columns") or len(self.columns) < len(BOARD_ORDER):
            return
        folded = ",".join(s.value for s, c in self.columns.items() if c.collapsed)
        settings.put(COLLAPSED, folded)

    # -- scrolling while dragging -----------------------------------------------------------
    def _drag_moved(self, where: QPoint) -> None:
        x = self.scroll_area.viewport().mapFromGlobal(where).x()
        width = self.scroll_area.viewport().width()
        self._scroll_step = -24 if x < _EDGE else 24 if x > width - _EDGE else 0
        if self._scroll_step and not self._scroller.isActive():
            self._scroller.start()

    def _scroll_tick(self) -> None:
        if not self._scroll_step or QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self.stop_scrolling()
            return
        bar = self.scroll_area.horizontalScrollBar()
        bar.setValue(bar.value() + self._scroll_step)

    def stop_scrolling(self) -> None:
        self._scroll_step = 0
        self._scroller.stop()

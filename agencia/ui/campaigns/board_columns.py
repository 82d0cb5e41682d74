"""One column of the board: a status's cards in a list that drags and is moved from the
keyboard, its header with the count, folding, and what a drop over it means.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
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
    QFrame,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.campaign_life import CLOSED, move_for
from agencia.services.campaigns.views import CampaignRow
from agencia.ui import style
from agencia.ui.campaigns.board_cards import (
    ROW_ROLE,
    CardDelegate,
    CardModel,
    S,
    payload,
    read_payload,
)
from agencia.ui.campaigns.labels import (
    STATUS_COLORS,
    status_label,
)
from agencia.ui.resources import icon
from agencia.ui.widgets.text import plain_tip

if TYPE_CHECKING:
    from agencia.ui.campaigns.board import CampaignBoard


OPEN_WIDTH = 212  # a column with cards when there is room (the board narrows it if not)
CLOSED_WIDTH = 184
# the narrowest a column with cards gets before the board scrolls: a card's name still
# reads in two lines (about 18 characters each), its budget and date whole beside it
MIN_WIDTH = 176
MIN_CLOSED_WIDTH = 172
COLLAPSED_WIDTH = 36
_ONE_ROW_HEADER, _TWO_ROW_HEADER = 40, 56


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
        self.setUniformItemSizes(False)  # a card is as tall as its name's lines
        self.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow a new width
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
        height = self.board.delegate.card_height(row, width, self.font())
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(round(width * ratio), round(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        delegate = self.itemDelegate()
        if isinstance(delegate, CardDelegate):
            delegate.paint_card(painter, QRect(0, 0, width, height), row, self.font())
        painter.end()
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(24, height // 2))
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
        self.model.facts = board.card_facts
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
        self.list.setVisible(not self.folded)

    def header_text(self) -> str:
        return f"{status_label(self.status)}"

    @property
    def folded(self) -> bool:
        """Shown as a narrow strip: folded by hand, or empty (a column with nothing in it
        gives its room to those with cards; it still takes drops, and opens with one)."""
        return self.collapsed or self.count == 0

    def set_rows(self, rows: Sequence[CampaignRow]) -> None:
        was = self.folded
        self.count = len(rows)
        self.model.set_rows(rows)
        if self.folded != was:
            self.list.setVisible(not self.folded)
            self._update_toggle()
            self.updateGeometry()
        self.setToolTip(plain_tip(f"{status_label(self.status)}: {self.count}"))
        self.update()

    def set_collapsed(self, collapsed: bool) -> None:
        if not self.collapsible:
            return
        self.collapsed = collapsed
        self.list.setVisible(not self.folded)
        self._update_toggle()
        self.setToolTip(plain_tip(f"{status_label(self.status)}: {self.count}"))
        self.board.collapse_changed(self)
        self.updateGeometry()
        self.update()

    def fit_width(self) -> None:
        """Folded: a strip; else the width the board gives a column now (fit_columns)."""
        board = self.board
        if self.folded:
            width = COLLAPSED_WIDTH
        elif self.status in CLOSED:
            width = getattr(board, "closed_width", CLOSED_WIDTH)
        else:
            width = getattr(board, "open_width", OPEN_WIDTH)
        layout = self.layout()
        header = self.header_height()
        if layout is not None and layout.contentsMargins().top() != header:
            layout.setContentsMargins(6, header, 6, 6)
        if width != self.width() or not self.minimumWidth():
            self.setFixedWidth(width)
            self.list.doItemsLayout()  # the cards' height follows the width

    def header_height(self) -> int:
        """Two rows (name; count) when the board says so (a name that would not fit beside
        its count in some column: the same on all, so the cards start level), else one."""
        two = getattr(self.board, "two_row_headers", False)
        return _TWO_ROW_HEADER if two and not self.folded else _ONE_ROW_HEADER

    def title_fits_one_row(self, widths: tuple[int, int]) -> bool:
        """Whether the name fits beside its count at the board's (open, closed) widths."""
        width = widths[1] if self.status in CLOSED else widths[0]
        return self._title_room(width, two_rows=False) >= self._title_width()

    def _title_width(self) -> int:
        font = QFont(self.font())
        font.setBold(True)
        return QFontMetrics(font).horizontalAdvance(status_label(self.status))

    def _count_width(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance(str(self.count)) + 14

    def _title_room(self, width: int, *, two_rows: bool) -> int:
        right = width - 12 - (self.toggle.width() + 4 if self.collapsible else 0)
        return right - 12 if two_rows else right - 32 - self._count_width() - 6

    def _update_toggle(self) -> None:
        self.fit_width()
        self.toggle.setVisible(self.collapsible and self.count > 0)  # an empty one: no use
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
        if self.folded:
            self.toggle.move((self.width() - self.toggle.width()) // 2, 8)
        else:
            self.toggle.move(self.width() - self.toggle.width() - 8, 8)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place_toggle()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if (self.collapsible and event.position().y() < self.header_height()) or self.collapsed:
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
        if self.folded:
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
        count = str(self.count)
        small = QFont(self.font())
        count_width = self._count_width()
        two_rows = self.header_height() > _ONE_ROW_HEADER  # the name alone on the first row
        dot = QRectF(12, 35, 10, 10) if two_rows else QRectF(16, 15, 10, 10)
        painter.setBrush(accent)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(dot)
        painter.setFont(font)
        painter.setPen(QColor(t["text"]))
        start = 12 if two_rows else 32
        room = self._title_room(self.width(), two_rows=two_rows)
        title = metrics.elidedText(status_label(self.status), Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(start, 8, room, 24), Qt.AlignmentFlag.AlignVCenter, title)
        title_width = metrics.horizontalAdvance(title)
        pill = (
            QRectF(dot.right() + 8, 31, count_width, 18)
            if two_rows
            else QRectF(32 + title_width + 8, 11, count_width, 18)
        )
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

"""The board's cards: one campaign's row as a card (its model, how it is painted) and as
the drag's payload (MIME), shared by the columns and the board.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agencia.domain.enums import CampaignStatus
from agencia.domain.text import initials
from agencia.services.campaigns.views import CampaignRow
from agencia.ui import style
from agencia.ui.campaigns.labels import (
    STATUS_COLORS,
)
from agencia.ui.widgets.text import plain_tip

if TYPE_CHECKING:
    from agencia.ui.campaigns.board import CampaignBoard


S = CampaignStatus
MIME = "application/x-agencia-campaign"
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1


CARD_HEIGHT = 76
NARROW_CARD_HEIGHT = 96  # a narrow card gives the deadline and the budget a line each
NARROW = 160  # a column narrower than this has narrow cards and a two-row header


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
        # the deadline and budget as the card says them (set by the column from its board)
        self.facts: Callable[[CampaignRow], Sequence[str]] = lambda _row: ()

    @staticmethod
    def card_lines(row: CampaignRow) -> tuple[str, ...]:
        return (row.name, row.code, f"{row.account} · {row.brand}".strip(" ·"), row.owner)

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
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole card, whatever it elides
            return plain_tip("\n".join(p for p in (*self.card_lines(row), *self.facts(row)) if p))
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
        return QSize(max(option.rect.width(), 100), self.card_height())

    def card_height(self) -> int:
        return NARROW_CARD_HEIGHT if self.board.open_width < NARROW else CARD_HEIGHT

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
        narrow = rect.width() < NARROW - 20
        # owner's initials, top right (a line lower on a narrow card: the name above them)
        bubble = 22
        circle = QRectF(right - bubble, top - 2 + (line + 3 if narrow else 0), bubble, bubble)
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
        room = right - left if narrow else right - bubble - 6 - left
        name = QFontMetrics(bold).elidedText(row.name, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(left, top, room, line), Qt.AlignmentFlag.AlignVCenter, name)
        # client · brand
        painter.setFont(font)
        painter.setPen(QColor(t["text_secondary"]))
        client = " · ".join(p for p in (row.account, row.brand) if p)
        room = right - bubble - 6 - left if narrow else right - left  # below the initials
        client = metrics.elidedText(client, Qt.TextElideMode.ElideRight, room)
        painter.drawText(
            QRect(left, top + line + 3, room, line), Qt.AlignmentFlag.AlignVCenter, client
        )
        # deadline (red and said when overdue), budget on the right
        bottom = QRect(left, rect.bottom() - 8 - line, right - left, line)
        budget = board.budget_text(row)
        if narrow:  # budget on the last line, the deadline above it, each the whole width
            room = bottom.width()
            budget = metrics.elidedText(budget, Qt.TextElideMode.ElideRight, room)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignVCenter, budget)
            bottom.translate(0, -line - 3)
            room = bottom.width()
        else:
            painter.drawText(
                bottom, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, budget
            )
            room = bottom.width() - metrics.horizontalAdvance(budget) - 12
        if row.deadline is not None:
            overdue = board.is_overdue(row)
            text = board.deadline_text(row)
            if metrics.horizontalAdvance(text) > room:  # a narrow card: the short date
                text = board.deadline_text(row, short=True)
            if metrics.horizontalAdvance(text) > room and row.deadline is not None:
                # still too long ("Vencida …"): the date alone, red when overdue; the
                # card's tooltip says it in words
                text = board.deadline_text(row, short=True, bare=True)
            if overdue:
                painter.setPen(QColor(t["error"]))
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.drawText(
                QRect(bottom.left(), bottom.top(), room, line), Qt.AlignmentFlag.AlignVCenter, text
            )
        painter.restore()

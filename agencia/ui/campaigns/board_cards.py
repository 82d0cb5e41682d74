"""The board's cards: one campaign's row as a card (its model, how it is painted) and as
the drag's payload (MIME), shared by the columns and the board.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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


BUBBLE = 22  # the owner's initials, on the client's line
PAD = 8  # above the name and below the last line
TEXT_LEFT, TEXT_RIGHT = 14, 10  # inside the card, beside the status strip and the edge


@dataclass(frozen=True, slots=True)
class CardText:
    """What a card says at one width: the name on one or two lines, the client, and the
    deadline and budget on one line or a line each. The budget is never cut (a cut
    «420.00…» reads as 420 €): whole, or in the locale's compact form («420 mil €»)."""

    name: tuple[str, ...]
    client: str
    deadline: str
    budget: str
    facts_rows: int  # 1: deadline left and budget right; 2: the deadline above the budget

    def height(self, line: int, bold_line: int) -> int:
        facts = self.facts_rows * line + (self.facts_rows - 1) * 3
        return PAD + len(self.name) * bold_line + 3 + max(line, BUBBLE) + 4 + facts + PAD


def wrap(text: str, metrics: QFontMetrics, width: int, most: int = 2) -> tuple[str, ...]:
    """`text` in at most `most` lines of `width` pixels, broken between words (a word
    wider than a line is broken where the line ends); the last line elided with «…»."""
    words = text.split()
    lines: list[str] = []
    current = ""
    i = 0
    while i < len(words) and len(lines) < most - 1:
        trial = f"{current} {words[i]}" if current else words[i]
        if metrics.horizontalAdvance(trial) <= width:
            current, i = trial, i + 1
        elif current:
            lines.append(current)
            current = ""
        else:  # one word wider than the line
            word = words[i]
            n = len(word)
            while n > 1 and metrics.horizontalAdvance(word[:n]) > width:
                n -= 1
            lines.append(word[:n])
            words[i] = word[n:]
    rest = " ".join(w for w in (current, *words[i:]) if w)
    if rest:
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return tuple(lines) or ("",)


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
    """Paints a campaign as a card: name (two lines at most), client and brand with the
    owner's initials, deadline and budget. Its height follows what the card says at the
    column's width (`card_text`)."""

    def __init__(self, board: CampaignBoard) -> None:
        super().__init__(board)
        self.board = board

    def card_text(self, row: CampaignRow, width: int, font: QFont) -> CardText:
        """What a card `width` pixels wide says, in `font` (the name in bold)."""
        board = self.board
        metrics = QFontMetrics(font)
        room = max(width - TEXT_LEFT - TEXT_RIGHT, 20)
        name = wrap(row.name, QFontMetrics(_bold(font)), room)
        client = " · ".join(p for p in (row.account, row.brand) if p)
        client = metrics.elidedText(client, Qt.TextElideMode.ElideRight, room - BUBBLE - 6)
        budget = board.budget_text(row)
        if metrics.horizontalAdvance(budget) > room:
            budget = board.budget_text(row, compact=True)
        deadline = board.deadline_text(row) if row.deadline is not None else ""
        if not deadline:
            return CardText(name, client, "", budget, 1)
        beside = metrics.horizontalAdvance(deadline) + 12 + metrics.horizontalAdvance(budget)
        if beside <= room:
            return CardText(name, client, deadline, budget, 1)
        if metrics.horizontalAdvance(deadline) > room:  # «Vencida …»: the red says it
            deadline = board.deadline_text(row, bare=True)
        return CardText(name, client, deadline, budget, 2)

    def card_height(self, row: CampaignRow, width: int, font: QFont) -> int:
        text = self.card_text(row, width, font)
        return text.height(QFontMetrics(font).height(), QFontMetrics(_bold(font)).height())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row = index.data(ROW_ROLE)
        view = option.widget
        width = _card_width(view) if view is not None else self.board.open_width - 20
        if not isinstance(row, CampaignRow):
            return QSize(width, 40)
        return QSize(width, self.card_height(row, width, QFont(option.font)))

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

        text = self.card_text(row, rect.width(), font)
        left = rect.left() + TEXT_LEFT
        right = rect.right() - TEXT_RIGHT
        room = right - left
        metrics = QFontMetrics(font)
        line = metrics.height()
        bold = _bold(font)
        bold_line = QFontMetrics(bold).height()
        top = rect.top() + PAD
        # the name, on one or two lines
        painter.setFont(bold)
        painter.setPen(QColor(t["text"]))
        for part in text.name:
            painter.drawText(QRect(left, top, room, bold_line), Qt.AlignmentFlag.AlignVCenter, part)
            top += bold_line
        top += 3
        # client · brand, the owner's initials on its right
        height = max(line, BUBBLE)
        circle = QRectF(right - BUBBLE, top + (height - BUBBLE) / 2, BUBBLE, BUBBLE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(t["accent_soft"]))
        painter.drawEllipse(circle)
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() - 1.5, 7.0))
        small.setBold(True)
        painter.setFont(small)
        painter.setPen(QColor(t["accent_text"]))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(row.owner))
        painter.setFont(font)
        painter.setPen(QColor(t["text_secondary"]))
        painter.drawText(
            QRect(left, top, room - BUBBLE - 6, height), Qt.AlignmentFlag.AlignVCenter, text.client
        )
        # the budget on the last line, on the right; the deadline beside it or above it
        # (red when overdue: the tooltip and «Vencida» say it in words)
        bottom = QRect(left, rect.bottom() - PAD - line, room, line)
        painter.drawText(
            bottom, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text.budget
        )
        if text.deadline:
            if text.facts_rows == 2:
                bottom.translate(0, -line - 3)
            if board.is_overdue(row):
                painter.setPen(QColor(t["error"]))
            painter.drawText(bottom, Qt.AlignmentFlag.AlignVCenter, text.deadline)
        painter.restore()


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _card_width(view: QWidget) -> int:
    """A card's width in its list: the viewport's less the list's spacing either side."""
    spacing = view.spacing() if hasattr(view, "spacing") else 0
    viewport = view.viewport() if hasattr(view, "viewport") else view
    return max(viewport.width() - 2 * spacing, 60)

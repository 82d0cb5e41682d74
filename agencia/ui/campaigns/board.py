"""The pipeline board: campaigns as cards in columns by status, moved by drag or by menu.

A drop asks the same door as every other move (move_run.run_move → the service):
a move that is not in the life table is refused at once with the reason, one that needs a
decision opens that decision's dialog, and the card stays where it is until the service
has moved the campaign (the controller then calls `set_rows`). Every card can also be
moved from its context menu ("Mover a…", the Menu key or Shift+F10), so the board works
without a mouse. The cards are in board_cards.py, the columns in board_columns.py.
"""

from __future__ import annotations

from datetime import date

from babel.numbers import format_compact_currency
from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.campaign_life import BOARD_ORDER, CLOSED, move_for, targets
from agencia.domain.messages import render
from agencia.services.campaigns.views import CampaignRow
from agencia.ui import settings
from agencia.ui.area import AppContext
from agencia.ui.campaigns.board_cards import CardDelegate, S
from agencia.ui.campaigns.board_columns import (
    CLOSED_WIDTH,
    COLLAPSED_WIDTH,
    MIN_CLOSED_WIDTH,
    MIN_WIDTH,
    OPEN_WIDTH,
    BoardColumn,
)
from agencia.ui.campaigns.labels import (
    move_label,
    need_label,
    status_label,
)
from agencia.ui.campaigns.move_dialog import show_refusal
from agencia.ui.campaigns.move_run import run_move
from agencia.ui.formatting import date_text, money

COLLAPSED = settings.Setting("campaigns/board_collapsed", "rejected,cancelled", str)


_EDGE = 56  # pixels from the board's edge where a drag scrolls it
_MARGIN = 8  # around the lane
_SPACING = 4  # between columns


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
        self.open_width = OPEN_WIDTH  # what a column with cards gets now (fit_columns)
        self.closed_width = CLOSED_WIDTH
        self.two_row_headers = False  # every column's header in two rows (fit_columns)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("boardScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lane = QWidget(self.scroll_area)
        self.lane.setObjectName("boardLane")
        lane = QHBoxLayout(self.lane)
        lane.setContentsMargins(_MARGIN, _MARGIN, _MARGIN, _MARGIN)
        lane.setSpacing(_SPACING)
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
        self.scroll_area.viewport().installEventFilter(self)

    # -- fitting the columns to the view ---------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Share the view's width among the columns that show cards: their full width when
        there is room, narrower when there is not — but never below MIN_WIDTH, where a
        card's name no longer reads in two lines: past that the board scrolls sideways,
        every column reachable. The headers take two rows (name; count) on every column
        when one's name would not fit beside its count."""
        if len(getattr(self, "columns", {})) < len(BOARD_ORDER):
            return
        shown = [c for c in self.columns.values() if not c.folded]
        folded = len(self.columns) - len(shown)
        room = (
            self.scroll_area.viewport().width()
            - 2 * _MARGIN
            - _SPACING * (len(self.columns) - 1)
            - folded * COLLAPSED_WIDTH
        )
        closed = sum(1 for c in shown if c.status in CLOSED)
        full = (len(shown) - closed) * OPEN_WIDTH + closed * CLOSED_WIDTH
        if not shown or room >= full:
            widths = (OPEN_WIDTH, CLOSED_WIDTH)
        else:
            ratio = CLOSED_WIDTH / OPEN_WIDTH  # closed columns stay the narrower ones
            each = int(room / (len(shown) - closed + closed * ratio))
            each = max(MIN_WIDTH, min(OPEN_WIDTH, each))
            widths = (each, max(MIN_CLOSED_WIDTH, int(each * ratio)))
        two_rows = any(not c.title_fits_one_row(widths) for c in shown)
        if widths == (self.open_width, self.closed_width) and two_rows == self.two_row_headers:
            return
        self.open_width, self.closed_width = widths
        self.two_row_headers = two_rows
        for column in self.columns.values():
            column.fit_width()
            column.update()

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
        self.fit_columns()
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
    def budget_text(self, row: CampaignRow, *, compact: bool = False) -> str:
        """The budget whole, without cents; `compact` in the locale's short form (CLDR's:
        «420 mil €», «€420K») for a card too narrow for it whole — never cut to «420.00…»,
        which reads as a smaller amount."""
        if compact:
            return format_compact_currency(
                row.budget, row.currency, locale=self.ctx.locale.name(), fraction_digits=1
            )
        return money(row.budget, row.currency, self.ctx.locale, decimals=0)

    def card_facts(self, row: CampaignRow) -> tuple[str, ...]:
        """A card's deadline and budget in full, for its tooltip (a narrow card elides)."""
        return (self.deadline_text(row) if row.deadline else "", self.budget_text(row))

    def is_overdue(self, row: CampaignRow) -> bool:
        return row.deadline is not None and row.deadline < self.today and row.status not in CLOSED

    def deadline_text(self, row: CampaignRow, *, bare: bool = False) -> str:
        """The deadline as a card says it, in one date format on every card (a short
        «30/10/26» beside a «16 abr 2027» reads as two kinds of date); `bare` without
        «Vencida» (the card's red and its tooltip say it)."""
        text = date_text(row.deadline, self.ctx.locale)
        if self.is_overdue(row) and not bare:
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
        self.fit_columns()

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

"""The campaigns list: search, filters, count, and the table — or the board in its place.

The records list (`RecordsListView`) keeps what is typed, the selection and the scroll
position across reloads, and the column layout; this view lays out the campaigns'
filters, builds their query, says what an empty list means, and shows the board (list
or board is remembered). The board shows whole rows (`list_campaigns`), asked for when
it is shown. The controller hands it the board and the actions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from agencia.domain.campaign_life import BOARD_ORDER
from agencia.domain.enums import CampaignStatus
from agencia.domain.messages import render
from agencia.services.accounts.queries import account_options
from agencia.services.campaigns.queries import CampaignQuery, list_campaigns
from agencia.ui import settings
from agencia.ui.campaigns.board import CampaignBoard
from agencia.ui.campaigns.labels import count_text, status_chip, status_label
from agencia.ui.campaigns.list_model import (
    COLUMNS,
    DEADLINE_COLUMN,
    STATUS_COLUMN,
    CampaignListModel,
    column_of_sort,
)
from agencia.ui.ops import Operations
from agencia.ui.resources import icon
from agencia.ui.widgets.account_picker import AccountPicker
from agencia.ui.widgets.multi_choice import MultiChoiceCombo
from agencia.ui.widgets.records_view import RecordsListView

HEADER_KEY = "campaigns/list/header"
MODE_KEY = "campaigns/list/mode"
MINE_KEY = "campaigns/mine"  # «Mis campañas», as the person left it
_WIDTHS = {  # they fit beside the rail in a 1366-pixel window; the owner takes the rest
    "code": 92,
    "name": 200,
    "account": 150,
    "brand": 120,
    "status": 124,
    "budget": 116,
    "deadline": 104,
    "owner": 140,
}


def _filtered(query: CampaignQuery) -> bool:
    """Whether anything but «Mis campañas» narrows the list."""
    narrowed = query.text or query.status or query.statuses or query.open_only or query.awaiting
    return bool(narrowed or query.account_id is not None or query.owner_id is not None)


AWAITING = {"brief": "campaigns.awaiting_briefs", "proposal": "campaigns.awaiting_proposals"}


class CampaignListView(RecordsListView):
    open_requested = Signal(int)  # Enter, double-click or a board card: open the campaign
    mode_changed = Signal(str)  # "list" or "board"
    HEADER_KEY = HEADER_KEY
    model: CampaignListModel

    def __init__(
        self,
        model: CampaignListModel,
        ops: Operations,
        locale: QLocale,
        *,
        mine_default: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(model, locale, name="campaigns", empty_icon="campaign", parent=parent)
        self.setObjectName("campaignsList")
        self._ops = ops
        self._sort_section = DEADLINE_COLUMN
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.board: CampaignBoard | None = None  # made when first shown
        self._make_board: Callable[[], CampaignBoard] | None = None

        # -- the top row: search, count, list or board, actions --------------------------
        self.search.set_placeholders(
            self.tr("Buscar por nombre, código, cliente o marca"), self.tr("Buscar campañas")
        )
        self.search.setAccessibleName(self.tr("Buscar campañas"))
        self.list_button = QToolButton(self)
        self.list_button.setText(self.tr("Lista"))
        self.list_button.setIcon(icon("menu"))
        self.board_button = QToolButton(self)
        self.board_button.setText(self.tr("Tablero"))
        self.board_button.setIcon(icon("dashboard"))
        self.modes = QButtonGroup(self)
        self.modes.setExclusive(True)
        for button, name in (
            (self.list_button, self.tr("Ver como lista")),
            (self.board_button, self.tr("Ver como tablero, por estado")),
        ):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setToolTip(name)
            button.setAccessibleName(name)
            self.modes.addButton(button)
        self.list_button.setChecked(True)
        self.tool_row = QHBoxLayout()
        self.tool_row.setSpacing(4)

        # -- the filters -----------------------------------------------------------------
        self.clear_filters = QToolButton(self)
        self.clear_filters.setObjectName("campaignsClearFilters")
        self.clear_filters.setIcon(icon("close"))
        self.clear_filters.setText(self.tr("Quitar filtros"))
        self.clear_filters.setToolTip(
            self.tr("Quitar la búsqueda y los filtros («Mis campañas» queda)")
        )
        self.clear_filters.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear_filters.setAutoRaise(True)
        self.clear_filters.clicked.connect(self.clear_all_filters)
        self.clear_filters.hide()
        # what awaits the person's approval (Pendientes' «y N más»): named while it filters,
        # taken off with a click
        self._awaiting = ""
        self.awaiting_filter = QToolButton(self)
        self.awaiting_filter.setObjectName("campaignsAwaitingFilter")
        self.awaiting_filter.setIcon(icon("close"))
        self.awaiting_filter.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.awaiting_filter.setToolTip(render("campaigns.awaiting_clear"))
        self.awaiting_filter.clicked.connect(self.clear_awaiting)
        self.awaiting_filter.hide()
        self.status_filter = MultiChoiceCombo(self.tr("Estado"), self)  # several at once
        self.status_filter.setObjectName("campaignsStatusFilter")
        self.status_filter.set_options([(status_label(s), s.value) for s in BOARD_ORDER])
        self.status_filter.fit(
            [self.status_filter.itemText(n) for n in range(self.status_filter.count())]
        )
        self.status_filter.setToolTip(self.tr("Filtrar por estado"))
        self.status_filter.setAccessibleName(self.tr("Filtrar por estado"))
        self.account_filter = AccountPicker(ops, None, self, find=account_options)
        self.account_filter.setObjectName("campaignsAccountFilter")
        self.account_filter.setPlaceholderText(self.tr("Cuenta: escriba para filtrar"))
        self.account_filter.setToolTip(self.tr("Solo las campañas de una cuenta"))
        self.account_filter.setAccessibleName(self.tr("Filtrar por cuenta"))
        self.account_filter.setMinimumWidth(220)
        self.account_filter.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.open_only = QCheckBox(self.tr("Solo abiertas"), self)
        self.open_only.setToolTip(self.tr("Sin las finalizadas, rechazadas y canceladas"))
        self.mine.setText(self.tr("Mis campañas"))
        remembered = settings.settings().value(MINE_KEY)  # the last choice, kept between runs
        self.mine.setChecked(
            mine_default if remembered is None else remembered in (True, "true", 1, "1")
        )
        self.mine.toggled.connect(lambda on: settings.settings().setValue(MINE_KEY, on))
        self.mine.setToolTip(
            self.tr("Las campañas que usted lleva o de cuentas en cuyo equipo está")
        )

        # -- the table, its empty state ------------------------------------------------------
        self.table.setObjectName("campaignsTable")
        self.table.setAccessibleName(self.tr("Campañas"))
        header = self.table.horizontalHeader()
        self.restore_header([_WIDTHS[key] for key, _sort, _label in COLUMNS], DEADLINE_COLUMN)
        if header.sectionSize(STATUS_COLUMN) < self.status_width():
            header.resizeSection(STATUS_COLUMN, self.status_width())  # chips are never cut
        if COLUMNS[header.sortIndicatorSection()][1] is None:
            header.setSortIndicator(DEADLINE_COLUMN, Qt.SortOrder.AscendingOrder)
        self._sort_section = header.sortIndicatorSection()
        self._sort_order = header.sortIndicatorOrder()
        # code, name, client, status, budget, deadline, owner always; the brand as room allows
        self.fit_columns(
            whole=(0, STATUS_COLUMN, 5, 6),
            priority=(0, 1, STATUS_COLUMN, 5, 6, 7, 2, 3),
            minimums={STATUS_COLUMN: self.status_width()},
            # the owner's whole name and a readable campaign name; the brand and the
            # client give way (and hide) first
            floors={1: 180, 7: 190},
        )
        self.empty.set_texts(
            self.tr("No hay campañas que coincidan"),
            self.tr("Pruebe con otra búsqueda o quite algún filtro."),
        )
        self.empty.set_action(self.tr("Crear campaña"))

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addSpacing(8)
        top.addWidget(self.list_button)
        top.addWidget(self.board_button)
        top.addSpacing(8)
        top.addLayout(self.tool_row)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.awaiting_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.account_filter)
        filters.addSpacing(8)
        filters.addWidget(self.open_only)
        filters.addWidget(self.mine)
        filters.addWidget(self.clear_filters)
        filters.addStretch(1)
        self.lay_out(top, filters)
        self.set_tab_order(
            [
                self.search,
                self.list_button,
                self.board_button,
                self.status_filter,
                self.account_filter,
                self.open_only,
                self.mine,
                self.table,
            ]
        )

        self.status_filter.activated.connect(lambda _n: self.apply_filters())
        self.status_filter.choices_changed.connect(self.apply_filters)
        self.account_filter.choice_changed.connect(self._account_changed)
        self.open_only.toggled.connect(lambda _on: self.apply_filters())
        self.modes.buttonToggled.connect(self._mode_toggled)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.activated.connect(self.open_requested)

    # -- actions and the board -----------------------------------------------------------
    def add_tool_actions(self, actions: list[QAction], icon_only: list[QAction]) -> None:
        """Buttons for the area's list actions at the top right: the first action with its
        label (new campaign), the rest as icons with a tooltip (export: also in the menu)."""
        for action in [*actions, *icon_only]:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly
                if action in icon_only
                else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            )
            button.setAutoRaise(True)
            self.tool_row.addWidget(button)

    def set_board(self, make: Callable[[], CampaignBoard]) -> None:
        """The board shown in the list's place (Tablero), made by `make` when first shown:
        a hundred widgets fewer to style while the list is what shows. Same rows."""
        self._make_board = make
        if settings.settings().value(MODE_KEY, "list") == "board":
            self.board_button.setChecked(True)

    def _board(self) -> CampaignBoard | None:
        if self.board is None and self._make_board is not None:
            self.board = self._make_board()
            self.stack.addWidget(self.board)
        return self.board

    @property
    def mode(self) -> str:
        board = self._make_board is not None
        return "board" if self.board_button.isChecked() and board else "list"

    def set_mode(self, mode: str) -> None:
        (self.board_button if mode == "board" else self.list_button).setChecked(True)

    def _mode_toggled(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        settings.settings().setValue(MODE_KEY, self.mode)
        self._show_current()
        self._load_board()
        self.mode_changed.emit(self.mode)

    def _show_current(self) -> None:
        if not self.model.loaded:
            return
        board = self._board() if self.mode == "board" else None
        if board is not None:
            self.stack.setCurrentWidget(board)
        elif self.model.rowCount() == 0:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)

    def _load_board(self) -> None:
        """The board's whole rows for the list's query, when the board is shown."""
        board = self._board() if self.mode == "board" and self.model.loaded else None
        if board is None:
            return
        self._ops.read(
            list_campaigns,
            self.model.query,
            on_done=board.set_rows,
            key=f"campaigns.board.{id(self)}",
        )

    def show_loaded(self, count: int) -> None:
        if count == 0:
            self.explain_empty(self.model.query)
        self._show_current()
        self._load_board()

    # -- the query ----------------------------------------------------------------------
    def build_query(self) -> CampaignQuery:
        sort = COLUMNS[self._sort_section][1] or "deadline"
        return CampaignQuery(
            text=self.search.text().strip(),
            statuses=tuple(CampaignStatus(s) for s in self.status_filter.chosen()),
            account_id=self.account_filter.account_id,
            mine=self.mine.isChecked(),
            open_only=self.open_only.isChecked(),
            sort=sort,
            descending=self._sort_order == Qt.SortOrder.DescendingOrder,
            awaiting=self._awaiting,
        )

    def count_text(self, count: int) -> str:
        return count_text(self._locale, count)

    def apply_filters(self) -> None:
        super().apply_filters()
        query = self.model.query
        self.clear_filters.setVisible(query is not None and _filtered(query))
        self.awaiting_filter.setVisible(query is not None and bool(query.awaiting))

    def clear_all_filters(self) -> None:
        """«Quitar filtros»: the search, the states, the account and «Solo abiertas» off,
        in one reload («Mis campañas» is a scope, not a filter)."""
        self._quiet_filters(self._clear)
        self.apply_filters()

    def _clear(self) -> None:
        self._set_awaiting("")
        self.search.clear()
        self.status_filter.clear_choices()
        self.account_filter.set_choice(None, "")
        self.open_only.setChecked(False)

    def show_account(self, account_id: int, name: str) -> None:
        """Only the campaigns of one account, whoever's they are (from the account page)."""
        self._quiet_filters(lambda: self._set_account(account_id, name))
        self.apply_filters()

    def show_awaiting(self, kind: str) -> None:
        """Only the campaigns whose brief (`kind` "brief") or proposal ("proposal") awaits
        the person's decision, nothing else narrowing (Pendientes' «y N más»)."""
        self._quiet_filters(lambda: self._awaiting_only(kind))
        self.apply_filters()

    def clear_awaiting(self) -> None:
        """The awaiting filter off: the list as the other filters say."""
        self._set_awaiting("")
        self.apply_filters()

    def _awaiting_only(self, kind: str) -> None:
        self._clear()
        self.mine.setChecked(False)
        self._set_awaiting(kind)

    def _set_awaiting(self, kind: str) -> None:
        self._awaiting = kind if kind in AWAITING else ""
        text = render(AWAITING[self._awaiting]) if self._awaiting else ""
        self.awaiting_filter.setText(text)
        self.awaiting_filter.setAccessibleName(text)

    def _set_account(self, account_id: int, name: str) -> None:
        self.account_filter.set_choice(account_id, name)
        self.mine.setChecked(False)
        self.search.clear()
        self.status_filter.setCurrentIndex(0)

    def _quiet_filters(self, change: object) -> None:
        widgets = (
            self.account_filter,
            self.mine,
            self.search,
            self.status_filter,
            self.open_only,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            change()  # type: ignore[operator]
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _account_changed(self) -> None:
        if self.account_filter.is_valid():
            self.apply_filters()

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if COLUMNS[section][1] is None:  # the brand: SQL has no order for it
            header.blockSignals(True)
            header.setSortIndicator(self._sort_section, self._sort_order)
            header.blockSignals(False)
            return
        self._sort_section, self._sort_order = section, order
        self.model.sort(section, order)
        self.save_state()

    def set_sort(self, sort: str, descending: bool = False) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(column_of_sort(sort), order)

    def select_campaign(self, campaign_id: int, *, scroll: bool = True) -> bool:
        """Select `campaign_id` if the list shows it; True when it does. Not `scroll`: now
        only if its row is read already, else when the list is next shown (a campaign
        opened from elsewhere: the list behind its page reads no rows for it meanwhile)."""
        row = self.model.row_of(campaign_id)
        if not scroll and row >= 0 and not self.model.is_page_loaded(row):
            self.remember_selection(campaign_id)
            return False
        return self.select_record(campaign_id)

    def focus_list(self) -> None:
        """Back from a campaign: the list as it was, the cursor on the row."""
        if self.mode == "board" and self.board is not None:
            self.board.setFocus()
        else:
            self.table.setFocus()

    # -- the empty state -------------------------------------------------------------------
    def explain_empty(self, query: CampaignQuery) -> None:
        narrowed = query.text or query.status or query.statuses or query.open_only
        if query.account_id is not None and not narrowed:
            kind = "account"
        elif _filtered(query):
            kind = "no_match"
        elif query.mine:
            kind = "none_mine"
        else:
            kind = "first"
        self.show_empty(kind)

    def show_empty(self, kind: str) -> None:
        """ "account", "no_match", "none_mine" or "first" (the list or board shows it)."""
        self._empty_kind = kind
        create = self.tr("Crear campaña") if self._can_create else ""
        if kind == "account":
            self.empty.set_texts(
                self.tr("Aún no hay campañas para esta cuenta"),
                self.tr("Cree la primera: el brief, la propuesta y sus aprobaciones irán en ella.")
                if self._can_create
                else self.tr("Las campañas de la cuenta aparecerán aquí cuando se creen."),
            )
            self.empty.set_action(create)
        elif kind == "no_match":
            self.empty.set_texts(
                self.tr("No hay campañas que coincidan"),
                self.tr("Pruebe con otra búsqueda o quite algún filtro."),
            )
            self.empty.set_action(create)
        elif kind == "none_mine":
            self.empty.set_texts(
                self.tr("Aún no hay campañas suyas"),
                self.tr("No lleva ninguna campaña ni está en el equipo de sus cuentas."),
            )
            self.empty.set_action(self.tr("Ver todas"))
        else:
            self.empty.set_texts(
                self.tr("Aún no hay campañas"),
                self.tr("Cree la primera campaña de una cuenta: empieza por su brief.")
                if self._can_create
                else self.tr("Las campañas de la agencia aparecerán aquí cuando se creen."),
            )
            self.empty.set_action(create)

    def status_width(self) -> int:
        """The Estado column's width: the widest status chip, in the language in use."""
        chips = (status_chip(status) for status in CampaignStatus)
        return self.chip_width(chips, STATUS_COLUMN, _WIDTHS["status"])

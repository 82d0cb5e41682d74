"""The campaigns list: search, filters, count, and the table — or the board in its place.

A view: it lays out and keeps the list's own state (what is typed, the filters, the
selection and scroll position across refreshes, the column layout, list or board). The
controller hands it the board and the actions, and reacts to its signals.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.campaign_life import BOARD_ORDER
from agencia.domain.enums import CampaignStatus
from agencia.services.campaigns.queries import CampaignQuery
from agencia.ui import settings
from agencia.ui.accounts.account_picker import AccountPicker
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
from agencia.ui.widgets.elided import ElidedComboBox
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.record_table import RecordTable, SearchField
from agencia.ui.widgets.status_chip import cell_width
from agencia.ui.widgets.text import plain_label

HEADER_KEY = "campaigns/list/header"
MODE_KEY = "campaigns/list/mode"
SEARCH_DELAY_MS = 150
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


class CampaignListView(QWidget):
    current_changed = Signal(object)  # the selected campaign id, or None
    open_requested = Signal(int)  # Enter, double-click or a board card: open the campaign
    create_requested = Signal()  # the empty state's "Crear campaña"
    mode_changed = Signal(str)  # "list" or "board"

    def __init__(
        self,
        model: CampaignListModel,
        ops: Operations,
        locale: QLocale,
        *,
        mine_default: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsList")
        self.model = model
        self._locale = locale
        self._selected_id: int | None = None
        self._emitted_id: int | None = None
        self._keep_scroll: int | None = None
        self._quiet = False
        self._can_create = True
        self._empty_kind = ""
        self._account_name = ""
        self._sort_section = DEADLINE_COLUMN
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.board: CampaignBoard | None = None

        # -- the top row: search, count, list or board, actions --------------------------
        self.search = SearchField(self)
        self.search.setObjectName("campaignsSearch")
        self.search.setPlaceholderText(self.tr("Buscar por nombre, código, cliente o marca"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Buscar campañas"))
        self.count_label = plain_label("", self)
        self.count_label.setObjectName("campaignsCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
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
        self.status_filter = ElidedComboBox(self)
        self.status_filter.setObjectName("campaignsStatusFilter")
        self.status_filter.addItem(self.tr("Estado"), None)
        for status in BOARD_ORDER:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.fit(
            [self.status_filter.itemText(n) for n in range(self.status_filter.count())]
        )
        self.status_filter.setToolTip(self.tr("Filtrar por estado"))
        self.status_filter.setAccessibleName(self.tr("Filtrar por estado"))
        self.account_filter = AccountPicker(ops, None, self)
        self.account_filter.setObjectName("campaignsAccountFilter")
        self.account_filter.setPlaceholderText(self.tr("Cuenta: escriba para filtrar"))
        self.account_filter.setToolTip(self.tr("Solo las campañas de una cuenta"))
        self.account_filter.setAccessibleName(self.tr("Filtrar por cuenta"))
        self.account_filter.setMinimumWidth(220)
        self.account_filter.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.open_only = QCheckBox(self.tr("Solo abiertas"), self)
        self.open_only.setToolTip(self.tr("Sin las finalizadas, rechazadas y canceladas"))
        self.mine = QCheckBox(self.tr("Mis campañas"), self)
        self.mine.setChecked(mine_default)
        self.mine.setToolTip(
            self.tr("Las campañas que usted lleva o de cuentas en cuyo equipo está")
        )

        # -- the table, its empty state, the board -----------------------------------------
        self.table = RecordTable(self)
        self.table.setObjectName("campaignsTable")
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Campañas"))
        header = self.table.horizontalHeader()
        set_widths(header, [_WIDTHS[key] for key, _sort, _label in COLUMNS])
        saved = settings.get_bytes(HEADER_KEY)
        if saved.isEmpty() or not header.restoreState(saved):
            header.setSortIndicator(DEADLINE_COLUMN, Qt.SortOrder.AscendingOrder)
        if header.sectionSize(STATUS_COLUMN) < self.status_width():
            header.resizeSection(STATUS_COLUMN, self.status_width())  # chips are never cut
        if COLUMNS[header.sortIndicatorSection()][1] is None:
            header.setSortIndicator(DEADLINE_COLUMN, Qt.SortOrder.AscendingOrder)
        self._sort_section = header.sortIndicatorSection()
        self._sort_order = header.sortIndicatorOrder()
        self.empty = EmptyState(
            self.tr("No hay campañas que coincidan"),
            self.tr("Pruebe con otra búsqueda o quite algún filtro."),
            self.tr("Crear campaña"),
            "campaign",
            self,
        )
        self.empty.setObjectName("campaignsEmpty")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

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
        filters.addWidget(self.status_filter)
        filters.addWidget(self.account_filter)
        filters.addSpacing(8)
        filters.addWidget(self.open_only)
        filters.addWidget(self.mine)
        filters.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)
        column.addLayout(top)
        column.addLayout(filters)
        column.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.search.move_down.connect(self._focus_table)
        self.status_filter.activated.connect(lambda _n: self.apply_filters())
        self.account_filter.choice_changed.connect(self._account_changed)
        self.open_only.toggled.connect(lambda _on: self.apply_filters())
        self.mine.toggled.connect(lambda _on: self.apply_filters())
        self.modes.buttonToggled.connect(self._mode_toggled)
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.sectionResized.connect(lambda *_a: self.save_state())
        header.sectionMoved.connect(lambda *_a: self.save_state())
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.activated.connect(self._activated)
        self.empty.action_clicked.connect(self._empty_action)
        model.rows_loaded.connect(self._rows_loaded)
        model.modelAboutToBeReset.connect(self._about_to_reset)

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

    def set_board(self, board: CampaignBoard) -> None:
        """The board shown in the list's place (Tablero); it shows the same rows."""
        self.board = board
        self.stack.addWidget(board)
        if settings.settings().value(MODE_KEY, "list") == "board":
            self.board_button.setChecked(True)

    @property
    def mode(self) -> str:
        return "board" if self.board_button.isChecked() and self.board is not None else "list"

    def set_mode(self, mode: str) -> None:
        (self.board_button if mode == "board" else self.list_button).setChecked(True)

    def _mode_toggled(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        settings.settings().setValue(MODE_KEY, self.mode)
        self._show_current()
        self.mode_changed.emit(self.mode)

    def _show_current(self) -> None:
        if not self.model.loaded:
            return
        if self.mode == "board" and self.board is not None:
            self.stack.setCurrentWidget(self.board)
        elif self.model.rowCount() == 0:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)

    # -- the query ----------------------------------------------------------------------
    def build_query(self) -> CampaignQuery:
        sort = COLUMNS[self._sort_section][1] or "deadline"
        status = self.status_filter.currentData()
        return CampaignQuery(
            text=self.search.text().strip(),
            status=CampaignStatus(status) if status else None,
            account_id=self.account_filter.account_id,
            mine=self.mine.isChecked(),
            open_only=self.open_only.isChecked(),
            sort=sort,
            descending=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def apply_filters(self) -> None:
        """Ask for the list the search box and the filters describe now."""
        self._search_timer.stop()
        query = self.build_query()
        if query != self.model.query or not self.model.loaded:
            self._keep_scroll = None
            self.model.set_query(query)

    def refresh(self) -> None:
        """The same list again (data changed): keep selection and scroll position."""
        self._keep_scroll = self.table.verticalScrollBar().value()
        self.model.refresh()

    def show_account(self, account_id: int, name: str) -> None:
        """Only the campaigns of one account, whoever's they are (from the account page)."""
        self._quiet_filters(lambda: self._set_account(account_id, name))
        self.apply_filters()

    def _set_account(self, account_id: int, name: str) -> None:
        self.account_filter.set_choice(account_id, name)
        self.mine.setChecked(False)
        self.search.clear()
        self.status_filter.setCurrentIndex(0)

    def _quiet_filters(self, change: object) -> None:
        widgets = (self.account_filter, self.mine, self.search, self.status_filter)
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

    def _search_now(self) -> None:
        self.apply_filters()
        self._focus_table()

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

    # -- selection across reloads -------------------------------------------------------
    @property
    def selected_id(self) -> int | None:
        return self._selected_id

    def remember_selection(self, campaign_id: int) -> None:
        self._selected_id = campaign_id

    def select_campaign(self, campaign_id: int) -> bool:
        self._selected_id = campaign_id
        return self.table.select_row(self.model.row_of(campaign_id))

    def _about_to_reset(self) -> None:
        if self._keep_scroll is None:
            self._keep_scroll = -1

    def _rows_loaded(self, count: int) -> None:
        self.count_label.setText(count_text(self._locale, count))
        if count == 0:
            self._explain_empty(self.model.query)
        self._show_current()
        if self.board is not None:
            self.board.set_rows(self.model.rows())
        selected = self._selected_id
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:
            self._quiet = True
            try:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            finally:
                self._quiet = False
        if self._keep_scroll is not None and self._keep_scroll >= 0:
            self.table.verticalScrollBar().setValue(self._keep_scroll)
        elif row >= 0:
            self.table.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible
            )
        self._keep_scroll = None

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        campaign_id = self.model.campaign_id(current.row()) if current.isValid() else None
        if campaign_id is None:
            return
        self._selected_id = campaign_id
        if campaign_id != self._emitted_id:
            self._emitted_id = campaign_id
            self.current_changed.emit(campaign_id)

    def _activated(self, index: QModelIndex) -> None:
        campaign_id = self.model.campaign_id(index.row())
        if campaign_id is not None:
            self._selected_id = campaign_id
            self.open_requested.emit(campaign_id)

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_list(self) -> None:
        """Back from a campaign: the list as it was, the cursor on the row."""
        if self.mode == "board" and self.board is not None:
            self.board.setFocus()
        else:
            self.table.setFocus()

    # -- the empty state -------------------------------------------------------------------
    def _explain_empty(self, query: CampaignQuery) -> None:
        """Nothing to list: say why, and offer what helps (UI.md's empty states)."""
        if query.account_id is not None and not (query.text or query.status or query.open_only):
            kind = "account"
        elif query.text or query.status or query.account_id is not None or query.open_only:
            kind = "no_match"
        elif query.mine:
            kind = "none_mine"
        else:
            kind = "first"
        self._show_empty(kind)

    def _show_empty(self, kind: str) -> None:
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

    @property
    def empty_kind(self) -> str:
        return self._empty_kind

    def _empty_action(self) -> None:
        if self._empty_kind == "none_mine":
            self.mine.setChecked(False)
        else:
            self.create_requested.emit()

    def set_can_create(self, can: bool) -> None:
        self._can_create = can
        if self._empty_kind:
            self._show_empty(self._empty_kind)

    def status_width(self) -> int:
        font = self.table.font()
        chips = max(cell_width(status_chip(status), font) for status in CampaignStatus)
        header = self.table.horizontalHeader().sectionSizeHint(STATUS_COLUMN)
        return max(chips + 8, header, _WIDTHS["status"])

    def save_state(self) -> None:
        settings.put_bytes(HEADER_KEY, self.table.horizontalHeader().saveState())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
            return
        super().keyPressEvent(event)

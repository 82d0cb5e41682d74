"""The accounts list: search, filters, count, the table (or its empty state).

A view: it lays out and keeps the list's own state (the query being typed, the
selection, the scroll position across refreshes). The controller gives it the filter
options and reacts to its signals.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.enums import AccountStatus
from agencia.services.accounts.queries import AccountQuery
from agencia.services.results import Option
from agencia.ui import settings
from agencia.ui.accounts.labels import count_text, status_chip, status_label
from agencia.ui.accounts.list_model import COLUMNS, STATUS_COLUMN, AccountListModel
from agencia.ui.resources import icon
from agencia.ui.widgets.elided import ElidedComboBox
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.record_table import RecordTable, SearchField
from agencia.ui.widgets.status_chip import cell_width
from agencia.ui.widgets.text import plain_label
from agencia.ui.widgets.wrap_row import WrapRow

HEADER_KEY = "accounts/list/header"
SEARCH_DELAY_MS = 150
_WIDTHS = {
    "name": 170,
    "legal_name": 170,
    "tax_id": 92,
    "status": 96,  # at least: it fits the widest status chip in the language in use
    "sector": 110,
    "group": 120,
    "lead_executive": 150,
    "city": 110,
}


class AccountListView(QWidget):
    current_changed = Signal(object)  # the selected account id, or None
    activated = Signal(int)  # Enter or double-click on an account
    create_requested = Signal()  # the empty state's "Crear cuenta"

    def __init__(
        self,
        model: AccountListModel,
        locale: QLocale,
        *,
        mine_default: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._selected_id: int | None = None
        self._emitted_id: int | None = None
        self._keep_scroll: int | None = None
        self._quiet = False
        self._locale = locale

        self.search = SearchField(self)
        self.search.setObjectName("accountsSearch")
        self.search.setPlaceholderText(
            self.tr("Buscar por nombre, razón social, NIF, ciudad o marca")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Buscar cuentas"))
        self.count_label = plain_label("", self)
        self.count_label.setObjectName("accountsCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)

        self.status_filter = ElidedComboBox(self)
        self.status_filter.addItem(self.tr("Estado"), None)  # "any": the filter's name
        for status in AccountStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.group_filter = ElidedComboBox(self)
        self.executive_filter = ElidedComboBox(self)
        self.sector_filter = ElidedComboBox(self)
        self.set_options([], [], [])
        for combo in (
            self.status_filter,
            self.group_filter,
            self.executive_filter,
            self.sector_filter,
        ):
            # as wide as the filter's name (or every status), whatever names the options
            # bring: a long executive's name is elided, it never widens the row
            fixed = range(combo.count()) if combo is self.status_filter else range(1)
            combo.fit([combo.itemText(n) for n in fixed])
        for combo, name in (
            (self.status_filter, self.tr("Filtrar por estado")),
            (self.group_filter, self.tr("Filtrar por grupo de cuentas")),
            (self.executive_filter, self.tr("Filtrar por ejecutivo principal")),
            (self.sector_filter, self.tr("Filtrar por sector")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
        self.mine = QCheckBox(self.tr("Mis cuentas"), self)
        self.mine.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.mine.setChecked(mine_default)
        self.mine.setToolTip(self.tr("Solo las cuentas en cuyo equipo está usted"))

        self.table = RecordTable(self)
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Cuentas"))
        header = self.table.horizontalHeader()
        set_widths(header, [_WIDTHS[key] for key, _label in COLUMNS])
        header.resizeSection(STATUS_COLUMN, self.status_width())
        saved = settings.get_bytes(HEADER_KEY)
        if saved.isEmpty() or not header.restoreState(saved):
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            header.moveSection(header.visualIndex(STATUS_COLUMN), 1)  # the name, then how it is
        if header.sectionSize(STATUS_COLUMN) < self.status_width():
            header.resizeSection(STATUS_COLUMN, self.status_width())  # chips are never cut
        self._can_create = True
        self._empty_kind = ""
        self._empty_visible = 0
        self.empty = EmptyState(
            self.tr("No hay cuentas que coincidan"),
            self.tr("Pruebe con otra búsqueda o quite algún filtro."),
            self.tr("Crear cuenta"),
            "accounts",
            self,
        )
        self.empty.setObjectName("accountsEmpty")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.mine)
        top.addWidget(self.count_label)
        self.filters = WrapRow(
            [self.status_filter, self.group_filter, self.executive_filter, self.sector_filter],
            8,
            self,
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(self.filters)
        column.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)

        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.search.move_down.connect(self._focus_table)
        for combo in (
            self.status_filter,
            self.group_filter,
            self.executive_filter,
            self.sector_filter,
        ):
            combo.activated.connect(lambda _n: self.apply_filters())
        self.mine.toggled.connect(lambda _on: self.apply_filters())
        header.sortIndicatorChanged.connect(self._sort_changed)
        # QSettings keeps writes in memory and syncs later: saving on every change is cheap
        header.sectionResized.connect(lambda *_a: self.save_state())
        header.sectionMoved.connect(lambda *_a: self.save_state())
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.activated.connect(self._activated)
        self.empty.action_clicked.connect(self._empty_action)
        model.ids_loaded.connect(self._ids_loaded)
        model.modelAboutToBeReset.connect(self._about_to_reset)

    # -- the query ----------------------------------------------------------------------
    def build_query(self) -> AccountQuery:
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        sort = COLUMNS[section][0] if 0 <= section < len(COLUMNS) else "name"
        status = self.status_filter.currentData()
        return AccountQuery(
            text=self.search.text().strip(),
            status=AccountStatus(status) if status else None,
            group_id=self.group_filter.currentData(),
            executive_id=self.executive_filter.currentData(),
            sector=self.sector_filter.currentData() or "",
            mine=self.mine.isChecked(),
            sort=sort,
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
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

    def _search_now(self) -> None:
        self.apply_filters()
        self._focus_table()

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        self.model.sort(section, order)
        self.save_state()

    def set_options(
        self, groups: list[Option], executives: list[Option], sectors: list[str]
    ) -> None:
        """Fill the filters, keeping what is chosen."""
        self._fill(self.group_filter, self.tr("Grupo"), groups)
        self._fill(self.executive_filter, self.tr("Ejecutivo"), executives)
        current = self.sector_filter.currentData()
        self.sector_filter.clear()
        self.sector_filter.addItem(self.tr("Sector"), "")
        for sector in sectors:
            self.sector_filter.addItem(sector, sector)
        found = self.sector_filter.findData(current) if current else 0
        self.sector_filter.setCurrentIndex(max(found, 0))

    @staticmethod
    def _fill(combo: QComboBox, everything: str, options: list[Option]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for option in options:
            combo.addItem(option.label, option.id)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))

    # -- selection across reloads -------------------------------------------------------
    @property
    def selected_id(self) -> int | None:
        return self._selected_id

    def remember_selection(self, account_id: int) -> None:
        """Select `account_id` when the list next reloads (a record just created)."""
        self._selected_id = account_id

    def select_account(self, account_id: int) -> bool:
        """Select `account_id` if the list shows it; True when it does."""
        self._selected_id = account_id
        return self.table.select_row(self.model.row_of(account_id))

    def _about_to_reset(self) -> None:
        if self._keep_scroll is None:
            self._keep_scroll = -1  # a new query starts at the top

    def _ids_loaded(self, count: int) -> None:
        self.count_label.setText(count_text(self._locale, count))
        if count == 0:
            self._explain_empty(self.model.query)
        else:
            self.stack.setCurrentWidget(self.table)
        selected = self._selected_id
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:
            index = self.model.index(row, 0)
            self._quiet = True  # the same choice again, not a new one
            try:
                self.table.selectionModel().setCurrentIndex(
                    index,
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
        account_id = self.model.account_id(current.row()) if current.isValid() else None
        if account_id is None:
            return  # a reset cleared the row; the detail keeps what it shows
        self._selected_id = account_id
        if account_id != self._emitted_id:
            self._emitted_id = account_id
            self.current_changed.emit(account_id)

    def _activated(self, index: QModelIndex) -> None:
        account_id = self.model.account_id(index.row())
        if account_id is not None:
            self.activated.emit(account_id)

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- the empty state -------------------------------------------------------------------
    def _explain_empty(self, query: AccountQuery) -> None:
        """Nothing to list: say why, and offer what helps (UI.md's empty states)."""
        filtered = bool(
            query.text
            or query.status
            or query.group_id is not None
            or query.executive_id is not None
            or query.sector
        )
        if filtered:
            self._show_empty("no_match")
        elif not query.mine:
            self._show_empty("first")
        else:  # none of mine: none at all, or only none where I am on the team?

            def counted(visible: int) -> None:
                if self.model.query == query and self.model.loaded and not self.model.ids():
                    self._show_empty("none_mine" if visible else "first", visible)

            self.model.count_visible(counted)

    def _show_empty(self, kind: str, visible: int = 0) -> None:
        self._empty_kind = kind
        self._empty_visible = visible
        if kind == "no_match":
            self.empty.set_texts(
                self.tr("No hay cuentas que coincidan"),
                self.tr("Pruebe con otra búsqueda o quite algún filtro."),
            )
            self.empty.set_action(self.tr("Crear cuenta") if self._can_create else "")
        elif kind == "none_mine":
            self.empty.set_texts(
                self.tr("No tiene cuentas asignadas"),
                self.tr(
                    "No forma parte del equipo de ninguna cuenta; la agencia tiene %1 que "
                    "usted puede ver."
                ).replace("%1", count_text(self._locale, visible)),
            )
            self.empty.set_action(self.tr("Ver todas"))
        else:
            self.empty.set_texts(
                self.tr("Aún no hay cuentas"),
                self.tr("Cree la primera cuenta: el cliente, sus contactos y sus marcas.")
                if self._can_create
                else self.tr("Las cuentas de la agencia aparecerán aquí cuando se den de alta."),
            )
            self.empty.set_action(self.tr("Crear cuenta") if self._can_create else "")
        self.stack.setCurrentWidget(self.empty)

    @property
    def empty_kind(self) -> str:
        """What the empty state says: "first", "none_mine" or "no_match" ("" before any)."""
        return self._empty_kind

    def _empty_action(self) -> None:
        if self._empty_kind == "none_mine":
            self.mine.setChecked(False)  # the whole agency's list (toggled applies it)
        else:
            self.create_requested.emit()

    def set_can_create(self, can: bool) -> None:
        self._can_create = can
        if self._empty_kind:
            self._show_empty(self._empty_kind, self._empty_visible)

    def status_width(self) -> int:
        """The Estado column's width: the widest status chip, in the language in use."""
        font = self.table.font()
        chips = max(cell_width(status_chip(status), font) for status in AccountStatus)
        header = self.table.horizontalHeader().sectionSizeHint(STATUS_COLUMN)
        return max(chips + 8, header, _WIDTHS["status"])

    def save_state(self) -> None:
        settings.put_bytes(HEADER_KEY, self.table.horizontalHeader().saveState())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
            return
        super().keyPressEvent(event)

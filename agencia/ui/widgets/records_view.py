"""A big list's view: search field, filters, count, the table (or its empty state).

It keeps the list's own state — what is typed, the selection and the scroll position
across reloads (a refresh after a change keeps both; a new query starts at the top),
the column layout in the settings — so that an area's list only lays out its filters,
builds its query and says what its empty state means. The model is an `IdListModel`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agencia.services.results import Option
from agencia.ui import settings
from agencia.ui.resources import icon
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.id_list_model import IdListModel
from agencia.ui.widgets.record_table import RecordTable, SearchField
from agencia.ui.widgets.status_chip import Chip, cell_width
from agencia.ui.widgets.text import plain_label

# The search runs as soon as the keystroke's events are handled (several keys already
# queued coalesce into one read); the list's read key drops answers a newer one replaced,
# so a fixed wait would only add to every keystroke (tests/bench/run.py: keystroke figure).
SEARCH_DELAY_MS = 0


class RecordsListView(QWidget):
    """The skeleton an area's list subclasses (`build_query`, `count_text`, `show_empty`)."""

    current_changed = Signal(object)  # the selected record's id, or None
    activated = Signal(int)  # Enter or double-click on a record
    create_requested = Signal()  # the empty state's create button

    HEADER_KEY = ""  # where the column layout is kept (settings)

    def __init__(
        self,
        model: IdListModel[Any, Any],
        locale: QLocale,
        *,
        name: str,
        empty_icon: str,
        parent: QWidget | None = None,
    ) -> None:
        """`name` prefixes the object names of the parts (tests and style sheets find
        them by it: `accountsSearch`, `accountsCount`, `accountsEmpty`); `empty_icon` is
        the empty state's picture."""
        super().__init__(parent)
        self.model = model
        self._locale = locale
        self._selected_id: int | None = None
        self._emitted_id: int | None = None
        self._keep_scroll: int | None = None
        self._quiet = False
        self._can_create = True
        self._empty_kind = ""
        self._asked = False  # the list was asked for once (its area shown): filters apply

        self.search = SearchField(self)
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.count_label = plain_label("", self)
        self.count_label.setObjectName(f"{name}Count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.mine = QCheckBox(self)
        self.table = RecordTable(self)
        self.table.setModel(model)
        self.empty = EmptyState("", "", "", empty_icon, self)
        self.empty.setObjectName(f"{name}Empty")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.search.move_down.connect(self._focus_table)
        self.mine.toggled.connect(self._mine_toggled)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.activated.connect(self._activated)
        self.empty.action_clicked.connect(self._empty_action)
        model.ids_loaded.connect(self._ids_loaded)
        model.modelAboutToBeReset.connect(self._about_to_reset)

    # -- what a subclass says --------------------------------------------------------------
    def build_query(self) -> Any:
        """The query the search box and the filters describe now."""
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        """ "5 cuentas": the count beside the search box."""
        raise NotImplementedError

    def explain_empty(self, query: Any) -> None:
        """Nothing to list: say why, and offer what helps."""
        raise NotImplementedError

    def show_loaded(self, count: int) -> None:
        """A query answered: the table, or the empty state saying why."""
        if count == 0:
            self.explain_empty(self.model.query)
        else:
            self.stack.setCurrentWidget(self.table)

    # -- building ----------------------------------------------------------------------------
    def lay_out(self, top: QLayout, filters: QLayout | QWidget) -> None:
        """The search row, the filters' row, and the table filling the rest; from now on
        the column layout is saved as people change it."""
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)
        column.addLayout(top)
        if isinstance(filters, QWidget):
            column.addWidget(filters)
        else:
            column.addLayout(filters)
        column.addWidget(self.stack, 1)
        header = self.table.horizontalHeader()
        # Column fitting resizes sections on every page of rows: the layout is written once
        # things settle, not on each of those resizes.
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self._save_if_shown)
        header.sectionResized.connect(lambda *_a: self._save_timer.start())
        header.sectionMoved.connect(lambda *_a: self._save_timer.start())

    def restore_header(self, widths: list[int], sort_section: int) -> bool:
        """The saved column layout, or `widths` sorted by `sort_section` (then False)."""
        header = self.table.horizontalHeader()
        set_widths(header, widths)
        saved = settings.get_bytes(self.HEADER_KEY)
        restored = not saved.isEmpty() and header.restoreState(saved)
        if not restored:
            header.setSortIndicator(sort_section, Qt.SortOrder.AscendingOrder)
        return restored

    def fit_columns(
        self,
        *,
        whole: Iterable[int],
        priority: Iterable[int],
        minimums: dict[int, int] | None = None,
        floors: dict[int, int] | None = None,
    ) -> ColumnFit:
        """Keep the columns inside the list at any width (`ColumnFit`): `whole` ones are
        never elided, the last in `priority` hide first when even titles do not fit (or
        when the `floors` of the columns before them do not)."""
        self.column_fit = ColumnFit(
            self.table,
            whole=whole,
            priority=list(priority),
            remember=f"{self.HEADER_KEY}/sized" if self.HEADER_KEY else "",
            minimums=minimums,
            floors=floors,
            quiet=True,
        )
        self.column_fit.resized.connect(lambda: self._save_timer.start())  # made by lay_out
        return self.column_fit

    def needed_width(self) -> int:
        """The width the list wants with every column whole (the fit's `wanted`), its
        table's frame and scroll bar and its own margins; never less than its least."""
        table = self.table
        fit = getattr(self, "column_fit", None)
        count = table.model().columnCount()
        if fit is None:
            columns = sum(table.horizontalHeader().sectionSize(c) for c in range(count))
        else:
            columns = sum(fit.wanted(c) for c in range(count))
        frame = 2 * table.frameWidth()
        if table.verticalScrollBar().isVisible():
            frame += table.verticalScrollBar().width()
        layout = self.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            frame += margins.left() + margins.right()
        return max(columns + frame, self.minimumSizeHint().width())

    def set_tab_order(self, widgets: list[QWidget]) -> None:
        """Tab goes through `widgets` in this order (the base builds some parts first)."""
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def save_state(self) -> None:
        settings.put_bytes(self.HEADER_KEY, self.table.horizontalHeader().saveState())

    def _save_if_shown(self) -> None:
        """A list closed or switched away has already saved (hideEvent): a timer left
        running must not write its old layout over what was saved since."""
        if self.isVisible():
            self.save_state()

    def hideEvent(self, event: Any) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_state()
        super().hideEvent(event)

    def chip_width(self, chips: Iterable[Chip], column: int, minimum: int) -> int:
        """A chip column's width: the widest chip, in the language in use."""
        font = self.table.font()
        widest = max(cell_width(chip, font) for chip in chips)
        header = self.table.horizontalHeader().sectionSizeHint(column)
        return max(widest + 8, header, minimum)

    @staticmethod
    def fill_options(combo: QComboBox, everything: str, options: list[Option]) -> None:
        """A filter's options after "any" (`everything`), keeping what is chosen."""
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for option in options:
            combo.addItem(option.label, option.id)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))

    # -- the query ----------------------------------------------------------------------
    def apply_filters(self) -> None:
        """Ask for the list the search box and the filters describe now."""
        self._search_timer.stop()
        self._asked = True
        query = self.build_query()
        if query != self.model.query or not self.model.loaded:
            self._keep_scroll = None
            self.model.set_query(query)

    def _mine_toggled(self, _on: bool) -> None:
        """«Mis cuentas» ticked or not: the list again — once it has been asked for. A
        subclass that ticks it as it is built (the person's last choice) must not start a
        read of its own: the first one, when the area is shown, takes the box in (it read
        the list twice at sign-in, the first answer dropped)."""
        if self._asked:
            self.apply_filters()

    def refresh(self) -> None:
        """The same list again (data changed): keep selection and scroll position."""
        self._keep_scroll = self.table.verticalScrollBar().value()
        self.model.refresh()

    def _search_now(self) -> None:
        self.apply_filters()
        self._focus_table()

    # -- selection across reloads -------------------------------------------------------
    @property
    def selected_id(self) -> int | None:
        return self._selected_id

    def remember_selection(self, record_id: int) -> None:
        """Select `record_id` when the list next reloads (a record just created)."""
        self._selected_id = record_id

    def select_record(self, record_id: int) -> bool:
        """Select `record_id` if the list shows it; True when it does."""
        self._selected_id = record_id
        return self.table.select_row(self.model.row_of(record_id))

    def forget_selection(self) -> None:
        """No record chosen, and none chosen again when the list next reloads (its page
        closed: a reload must not bring back a row the page beside it no longer shows)."""
        self._selected_id = None
        self._emitted_id = None
        self.table.selectionModel().clearCurrentIndex()
        self.table.clearSelection()

    def _about_to_reset(self) -> None:
        if self._keep_scroll is None:
            self._keep_scroll = -1  # a new query starts at the top

    def _ids_loaded(self, count: int) -> None:
        self.count_label.setText(self.count_text(count))
        self.show_loaded(count)
        # The rows laid out now, not on the view's zero-delay timer: that came after the
        # paint the reset asked for and painted every row again (two paints a keystroke).
        self.table.executeDelayedItemsLayout()
        selected = self._selected_id
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:
            self._quiet = True  # the same choice again, not a new one
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
        fit = getattr(self, "column_fit", None)
        if fit is not None:
            fit.fit_due()  # the new rows painted once, at their widths

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        record_id = self.model.record_id(current.row()) if current.isValid() else None
        if record_id is None:
            return  # a reset cleared the row; the detail keeps what it shows
        self._selected_id = record_id
        if record_id != self._emitted_id:
            self._emitted_id = record_id
            self.current_changed.emit(record_id)

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.record_id(index.row())
        if record_id is not None:
            self._selected_id = record_id
            self.activated.emit(record_id)

    # -- focus ------------------------------------------------------------------------------
    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
            return
        super().keyPressEvent(event)

    # -- the empty state ------------------------------------------------------------------
    @property
    def empty_kind(self) -> str:
        """What the empty state says ("" before any): each list names its own kinds;
        "none_mine" (none of mine, but others') offers the whole list."""
        return self._empty_kind

    def _empty_action(self) -> None:
        if self._empty_kind == "none_mine":
            self.mine.setChecked(False)  # the whole list (toggled applies it)
        else:
            self.create_requested.emit()

    def set_can_create(self, can: bool) -> None:
        self._can_create = can
        if self._empty_kind:
            self.show_empty(self._empty_kind)

    def show_empty(self, kind: str) -> None:
        """Say `kind` of emptiness in the empty state, and show it."""
        raise NotImplementedError

"""The staff list: a short list (every person in memory), filtered as the person types.

An agency has dozens of people, not thousands: the whole list comes in one read
(`views.list_staff`) and is filtered and sorted here, keeping the selection across
reloads. Columns: name, job title (the person's own, gender-correct), role, department,
group, who they report to, and their sign-in as a chip (colour and text).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.labels import title_shown
from agencia.domain.text import fill, fold, search_words
from agencia.services.people.views import StaffRow
from agencia.services.results import Option
from agencia.ui import settings
from agencia.ui.people.labels import (
    department_label,
    person_state,
    role_label,
    sign_in_chip,
    sign_in_text,
)
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.record_table import RecordTable, SearchField
from agencia.ui.widgets.status_chip import CHIP_ROLE, cell_width
from agencia.ui.widgets.table_model import ROW_ROLE, Column, Index, RowsModel
from agencia.ui.widgets.text import plain_label

translate = QCoreApplication.translate

SIGN_IN_COLUMN = 6
# Short of room the cells elide (whole text in a tooltip) down to their floor; then the
# department, group and reporting line hide (the person's panel has them), never the name
# or the sign-in.
PRIORITY = (0, SIGN_IN_COLUMN, 1, 2, 5, 4, 3)
FLOORS = {0: 150, 1: 120, 2: 100}  # a name, a job title and a role still readable
HEADER_KEY = "people/staff_header"  # the sort order
SIZED_KEY = "people/staff_columns"  # the widths the person gave columns by hand
ALL, ACTIVE, INACTIVE = "all", "active", "inactive"


class StaffModel(RowsModel):
    """The people as rows; the sign-in column is a chip, the deactivated show greyed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(translate("StaffModel", "Nombre"), lambda r: r.name),
                Column(
                    translate("StaffModel", "Cargo"),
                    lambda r: title_shown(r.title, r.role, r.title_gender),  # a default: ours
                ),
                Column(
                    translate("StaffModel", "Rol"), lambda r: role_label(r.role, r.title_gender)
                ),
                Column(translate("StaffModel", "Depto."), lambda r: department_label(r.department)),
                Column(translate("StaffModel", "Grupo"), lambda r: r.group),
                Column(translate("StaffModel", "Depende de"), lambda r: r.reports_to),
                Column(translate("StaffModel", "Acceso"), sign_in_text, lambda r: _access_tip(r)),
            ],
            parent,
        )
        self.set_muted(lambda row: not row.active)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == CHIP_ROLE and index.column() == SIGN_IN_COLUMN:
            row = self.row(index.row())
            return sign_in_chip(row) if row is not None else None
        return super().data(index, role)

    def index_of(self, staff_id: int) -> int:
        return next((n for n, r in enumerate(self.rows()) if r.id == staff_id), -1)


def _access_tip(row: StaffRow) -> str:
    parts = [sign_in_text(row)]
    if row.login:
        parts.insert(0, row.login)
    if not row.active and not row.login:  # with a sign-in, its text says «De baja» already
        parts.append(person_state(row))
    return " · ".join(parts)


class StaffFilter(QSortFilterProxyModel):
    """Typed words (accents and case ignored), the state (active or not) and the group."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] | None = []  # None: typed, but no word ("%"): nobody
        self.state = ACTIVE
        self.group_id: int | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_filter(self, text: str, state: str, group_id: int | None) -> None:
        self.beginFilterChange()
        self.words = search_words(text)
        self.state, self.group_id = state, group_id
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, StaffModel)
        row: StaffRow | None = model.row(source_row)
        if row is None or self.words is None:
            return False
        if row.active != (self.state == ACTIVE) and self.state != ALL:
            return False
        if self.group_id is not None and row.group_id != self.group_id:
            return False
        haystack = fold(" ".join((row.name, row.title, row.email, row.login, row.group)))
        return all(word in haystack for word in self.words)


class StaffListView(QWidget):
    """Search field, state and group filters, the table or its empty state."""

    current_changed = Signal(object)  # the selected person's id, or None
    activated = Signal(int)  # Enter or double-click
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StaffModel(self)
        self.proxy = StaffFilter(self)
        self.proxy.setSourceModel(self.model)
        self._selected: int | None = None

        self.search = SearchField(self)
        self.search.set_placeholders(
            self.tr("Buscar por nombre, cargo, correo o usuario"), self.tr("Buscar personas")
        )
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("Estado"))
        self.state.addItem(self.tr("En activo"), ACTIVE)
        self.state.addItem(self.tr("De baja"), INACTIVE)
        self.state.addItem(self.tr("Todos"), ALL)
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Grupo"))
        self.group.addItem(self.tr("Todos los grupos"), None)
        for combo in (self.state, self.group):  # whole choices; the search field gives way
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.state)
        top.addWidget(self.group)

        self.table = RecordTable(self)
        self.table.setObjectName("staffTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.empty = EmptyState(
            self.tr("Aún no hay nadie más en la agencia"),
            self.tr("Dé de alta a su equipo para asignarle cuentas y campañas."),
            self.tr("Añadir persona"),
            "team",
            self,
        )
        self.empty.action_clicked.connect(self.create_requested)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.count = plain_label("", self)
        self.count.setProperty("role", "secondary")

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(self.stack, 1)
        column.addWidget(self.count)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(120)
        self._typing.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.search.move_down.connect(self._focus_table)
        self.state.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.group.currentIndexChanged.connect(lambda _i: self.apply_filters())
        chosen = self.table.selectionModel()
        chosen.currentRowChanged.connect(self._current_row_changed)
        # a mouse press makes the row current first and selects it after: say it again
        chosen.selectionChanged.connect(lambda *_a: self.current_changed.emit(self._selected))
        self.table.activated.connect(self._activated)
        self._restore_header()

    # -- data ---------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[StaffRow]) -> None:
        """A new list (after a change too): the selection stays on the same person."""
        keep = self._selected
        self.fit.minimums[SIGN_IN_COLUMN] = self._widest_chip(rows)
        self.model.set_rows(rows)
        self._show_state()
        if keep is not None:
            self.select(keep)

    def set_groups(self, groups: Sequence[Option]) -> None:
        wanted = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("Todos los grupos"), None)
        for option in groups:
            self.group.addItem(option.label, option.id)
        found = self.group.findData(wanted)
        self.group.setCurrentIndex(max(found, 0))
        self.group.blockSignals(False)

    def set_group(self, group_id: int | None) -> None:
        found = self.group.findData(group_id)
        if found >= 0:
            self.group.setCurrentIndex(found)

    def apply_filters(self) -> None:
        self.proxy.set_filter(
            self.search.text(), self.state.currentData(), self.group.currentData()
        )
        self._show_state()

    def _show_state(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.stack.setCurrentWidget(self.table if shown else self.empty)
        if not shown and total:
            self.empty.set_texts(
                self.tr("Nadie coincide con la búsqueda"),
                self.tr("Pruebe con otras palabras, otro estado u otro grupo."),
            )
        elif not shown:
            self.empty.set_texts(
                self.tr("Aún no hay nadie en la agencia"),
                self.tr("Dé de alta a su equipo para asignarle cuentas y campañas."),
            )
        self.count.setText(fill(self.tr("%1 de %2 personas"), str(shown), str(total)))

    def set_can_create(self, can: bool) -> None:
        self.empty.set_action_visible(can)

    # -- selection ----------------------------------------------------------------------------
    def selected_row(self) -> StaffRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, StaffRow) else None

    def select(self, staff_id: int) -> bool:
        source = self.model.index_of(staff_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():  # filtered out: show everyone again
            self.search.clear()
            self.state.setCurrentIndex(self.state.findData(ALL))
            self.group.setCurrentIndex(0)
            self.apply_filters()
            index = self.proxy.mapFromSource(self.model.index(source, 0))
        return self.table.select_row(index.row())

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        self._selected = row.id if isinstance(row, StaffRow) else None
        self.current_changed.emit(self._selected)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, StaffRow):
            self.activated.emit(row.id)

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.select_row(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- layout -------------------------------------------------------------------------------
    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        saved = settings.settings().value(HEADER_KEY)
        if saved is not None:
            header.restoreState(saved)
        self.fit = ColumnFit(
            self.table,
            whole=(SIGN_IN_COLUMN,),
            priority=PRIORITY,
            remember=SIZED_KEY,
            floors=FLOORS,
        )

    def needed_width(self) -> int:
        """The width the list wants for every column whole (the fit's `wanted`), with
        the table's frame and scroll bar."""
        table = self.table
        columns = sum(self.fit.wanted(c) for c in range(table.model().columnCount()))
        frame = 2 * table.frameWidth()
        if table.verticalHeader().isVisible():
            frame += table.verticalHeader().width()
        if table.verticalScrollBar().isVisible():
            frame += table.verticalScrollBar().width()
        return columns + frame

    def _widest_chip(self, rows: Sequence[StaffRow]) -> int:
        """The sign-in column keeps the widest chip of the list whole, in view or not."""
        font = self.table.font()
        return max((cell_width(sign_in_chip(r), font) for r in rows), default=0)

    def save_state(self) -> None:
        settings.settings().setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

"""The Personas page: the staff list beside the selected person, and the account groups.

Run alone with demo data: `python -m agencia.ui.people.page --user admin`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agencia.services.people.views import GroupRow
from agencia.ui import settings
from agencia.ui.people.person_panel import PersonPanel
from agencia.ui.people.staff_list import StaffListView
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.record_table import RecordTable
from agencia.ui.widgets.table_model import ROW_ROLE, Column, RowsModel

PANEL_KEY = "people/panel_width"  # the person's pane as the person last dragged it
PANEL_WIDTH = 300  # the pane beside a chosen person, until the person drags the divider
PANEL_LEAST = 260  # a chosen person's pane no narrower (a whole e-mail, wrapped facts)
# Nobody chosen: the list takes the width its columns want first; the pane keeps what is
# left for its empty state, or steps aside when that is less than this.
EMPTY_LEAST = 200


class GroupsView(QWidget):
    """The account groups: name, director, people and accounts; its buttons above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(
            [
                Column(self.tr("Grupo"), lambda g: g.name),
                Column(self.tr("Director/a"), lambda g: g.director or "—"),
                Column(self.tr("Personas"), lambda g: str(g.people), centered=True),
                Column(self.tr("Cuentas"), lambda g: str(g.accounts), centered=True),
            ],
            self,
        )
        self.table = RecordTable(self)
        self.table.setObjectName("groupsTable")
        self.table.setModel(self.model)
        # the counts whole, the director hides before them when even titles do not fit
        self.fit = ColumnFit(self.table, whole=(2, 3), priority=(0, 2, 3, 1))
        self.row = QHBoxLayout()
        self.row.setSpacing(8)
        self.row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        column.addLayout(self.row)
        column.addWidget(self.table, 1)

    def set_actions(self, actions: Sequence[QAction]) -> None:
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.row.insertWidget(self.row.count() - 1, button)

    def set_groups(self, groups: Sequence[GroupRow]) -> None:
        keep = self.selected()
        self.model.set_rows(groups)
        if keep is not None:
            rows = [g.id for g in groups]
            self.table.select_row(rows.index(keep.id) if keep.id in rows else -1)

    def selected(self) -> GroupRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, GroupRow) else None


class PeoplePage(QTabWidget):
    """Signals: `visibility_changed(bool)` as the page shows and hides."""

    visibility_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.setDocumentMode(True)
        people = QWidget(self)
        row = QVBoxLayout(people)
        row.setContentsMargins(16, 8, 16, 8)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, people)
        self.list_view = StaffListView(self.splitter)
        self.panel = PersonPanel(self.splitter)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.panel)
        # the person's panel keeps its width (a whole e-mail address), the list gives way:
        # its least needed columns hide first (`StaffListView`)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.list_view.setMinimumWidth(480)
        self.panel.setMinimumWidth(PANEL_LEAST)
        row.addWidget(self.splitter)
        self.addTab(people, self.tr("Personas"))
        groups = QWidget(self)
        box = QVBoxLayout(groups)
        box.setContentsMargins(16, 8, 16, 8)
        self.groups_view = GroupsView(groups)
        box.addWidget(self.groups_view)
        self.addTab(groups, self.tr("Grupos de cuentas"))
        saved = settings.settings().value(PANEL_KEY)
        self.panel_width = int(saved) if str(saved).isdigit() else PANEL_WIDTH
        self.splitter.setSizes([940, self.panel_width])
        # the divider follows who is chosen: laid out again as the choice, the rows or
        # the room change (once the changes settle)
        self._lay_out_soon = QTimer(self)
        self._lay_out_soon.setSingleShot(True)
        self._lay_out_soon.setInterval(0)
        self._lay_out_soon.timeout.connect(self.lay_out)
        self.panel.chosen_changed.connect(lambda _chosen: self.lay_out())
        self.list_view.model.modelReset.connect(self._lay_out_soon.start)
        self.list_view.proxy.layoutChanged.connect(self._lay_out_soon.start)
        self.splitter.splitterMoved.connect(self._dragged)
        self.splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._lay_out_soon.start()
        return False

    def lay_out(self) -> None:
        """A chosen person: the pane at the width the person gave it. Nobody chosen: the
        list first gets the width its columns want (none elided), the pane's empty state
        what is left — or, short of `EMPTY_LEAST`, the pane steps aside until someone is
        chosen."""
        room = self.splitter.width() - self.splitter.handleWidth()
        if room <= 0 or not self.list_view.isVisible():
            return
        chosen = self.panel.detail is not None
        if chosen:
            self.panel.setMinimumWidth(PANEL_LEAST)
            width = min(self.panel_width, room - self.list_view.minimumWidth())
        else:
            self.panel.setMinimumWidth(EMPTY_LEAST)
            width = min(self.panel_width, room - self.list_view.needed_width())
        shown = chosen or width >= EMPTY_LEAST
        self.panel.setVisible(shown)
        if shown:
            width = max(width, self.panel.minimumWidth())
            self.splitter.setSizes([room - width, width])

    def _dragged(self, _pos: int, _index: int) -> None:
        """The person's own divider, kept for every person they choose (and saved)."""
        if self.panel.detail is not None:
            self.panel_width = self.splitter.sizes()[1]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)

    def save_state(self) -> None:
        settings.settings().setValue(PANEL_KEY, self.panel_width)
        self.list_view.save_state()


def main() -> int:
    from agencia.ui.area import AppContext
    from agencia.ui.people.area import PeopleArea
    from agencia.ui.widgets.harness import run

    areas = []  # the area outlives `build`: it owns the controller

    def build(ctx: AppContext) -> QWidget:
        areas.append(PeopleArea(ctx))
        return areas[-1].widget()

    return run("Personas", build)


if __name__ == "__main__":
    raise SystemExit(main())

"""The Personas page: the staff list beside the selected person, and the account groups.

Run alone with demo data: `python -m agencia.ui.people.page --user admin`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, Qt, Signal
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

SPLITTER_KEY = "people/splitter"


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
        self.panel.setMinimumWidth(260)
        row.addWidget(self.splitter)
        self.addTab(people, self.tr("Personas"))
        groups = QWidget(self)
        box = QVBoxLayout(groups)
        box.setContentsMargins(16, 8, 16, 8)
        self.groups_view = GroupsView(groups)
        box.addWidget(self.groups_view)
        self.addTab(groups, self.tr("Grupos de cuentas"))
        saved = settings.settings().value(SPLITTER_KEY)
        if not isinstance(saved, QByteArray) or not self.splitter.restoreState(saved):
            self.splitter.setSizes([940, 300])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)

    def save_state(self) -> None:
        settings.settings().setValue(SPLITTER_KEY, self.splitter.saveState())
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

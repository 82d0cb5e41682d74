"""The Equipo page: the hierarchy tree with a filter, and what the person may do with it."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QDrag, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.text import fold, search_words
from agencia.ui import settings
from agencia.ui.agency.hierarchy_model import FOLDER, HierarchyModel
from agencia.ui.resources import icon
from agencia.ui.widgets.column_fit import ColumnFit
from agencia.ui.widgets.elided import ElidedTooltipDelegate
from agencia.ui.widgets.empty_state import EmptyState
from agencia.ui.widgets.text import plain_label
from agencia.ui.widgets.tree_model import ID_ROLE, KIND_ROLE

HEADER_KEY = "team/tree/header"  # the columns' order
SIZED_KEY = "team/tree/sized"  # the widths the person gave columns by hand
# Short of room the names and titles elide (tooltips) and the group, then the job title,
# hide first; the name, role and workload stay.
PRIORITY = (0, 1, 4, 5, 2, 3)
FOLDING = ("staff", FOLDER)  # the rows whose being open is kept across reloads


class TreeFilter(QSortFilterProxyModel):
    """Every word typed, accents and case ignored; a match shows its people and accounts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] | None = []  # None: typed, but no word ("%"): nothing matches
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_text(self, text: str) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 on; invalidateFilter is deprecated
            self.beginFilterChange()
            self._words = search_words(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = search_words(text)
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return self._words is not None
        model = self.sourceModel()
        texts = " ".join(
            str(model.index(source_row, c, source_parent).data() or "")
            for c in range(model.columnCount(source_parent))
        )
        folded = fold(texts)
        return all(w in folded for w in self._words)


class HierarchyTree(QTreeView):
    """Drags an account; never removes it itself (the reassignment reloads the tree)."""

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        model = self.model()
        indexes = [
            i
            for i in self.selectedIndexes()
            if i.column() == 0 and model.flags(i) & Qt.ItemFlag.ItemIsDragEnabled
        ]
        data = model.mimeData(indexes) if indexes else None
        if data is None:
            return
        drag = QDrag(self)
        drag.setMimeData(data)
        picture = icon("accounts")
        if not picture.isNull():
            drag.setPixmap(picture.pixmap(24, 24))
        drag.exec(Qt.DropAction.MoveAction)


class TeamView(QWidget):
    open_account = Signal(int)  # double-click or Enter on an account
    selection_changed = Signal()
    visibility_changed = Signal(bool)

    def __init__(
        self, model: HierarchyModel, can_reassign: bool, reason: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamPage")
        self.model = model
        self.proxy = TreeFilter(self)
        self.proxy.setSourceModel(model)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("teamFilter")
        self.filter.setPlaceholderText(self.tr("Filtrar por persona, rol, grupo o cuenta"))
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.textChanged.connect(self._filter)
        self.hint = plain_label("", self)
        self.hint.setObjectName("teamHint")
        self.hint.setWordWrap(True)
        self.hint.setText(
            self.tr(
                "Arrastre una cuenta sobre otro ejecutivo para reasignarla, "
                "o use «Reasignar cuenta…»."
            )
            if can_reassign
            else reason
        )

        self.tree = HierarchyTree(self)
        self.tree.setObjectName("hierarchyTree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setItemDelegate(
            ElidedTooltipDelegate(self.tree, row_height=max(self.fontMetrics().height() + 10, 26))
        )
        self.tree.setDragEnabled(can_reassign)
        self.tree.setAcceptDrops(can_reassign)
        self.tree.setDropIndicatorShown(can_reassign)
        self.tree.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop
            if can_reassign
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        if not can_reassign:
            self.tree.setToolTip(reason)
        header = self.tree.header()
        saved = settings.get_bytes(HEADER_KEY)
        if not saved.isEmpty():
            header.restoreState(saved)
        self.fit = ColumnFit(self.tree, whole=(4, 5), priority=PRIORITY, remember=SIZED_KEY)
        # QSettings keeps writes in memory and syncs later: saving on every change is cheap
        header.sectionResized.connect(lambda *_a: self.save_state())
        header.sectionMoved.connect(lambda *_a: self.save_state())
        self.tree.doubleClicked.connect(self._activated)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(lambda *_a: self.selection_changed.emit())

        self.empty = EmptyState(
            self.tr("Aún no hay nadie en el equipo"),
            self.tr("Las personas del departamento de cuentas aparecen aquí con sus cuentas."),
            icon_name="team",
            parent=self,
        )
        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("teamUndoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.setSpacing(8)
        self.undo_text = plain_label("", self.undo_bar)
        self.undo_text.setWordWrap(True)
        self.undo_button = QToolButton(self.undo_bar)
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addWidget(self.undo_text, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.filter, 1)
        self._top = top
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(self.hint)
        column.addWidget(self.undo_bar)
        column.addWidget(self.stack, 1)
        self._expanded: set[tuple[str, int]] | None = None
        self._selected: tuple[str, int] | None = None
        model.modelAboutToBeReset.connect(self._remember_expanded)
        model.modelReset.connect(self._restore_expanded)

    # -- state across reloads ---------------------------------------------------------------
    def _remember_expanded(self) -> None:
        if self.model.rowCount() == 0:
            self._expanded = None
            return
        expanded: set[tuple[str, int]] = set()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                kind = index.data(KIND_ROLE)
                if kind in FOLDING and self.tree.isExpanded(index):
                    expanded.add((str(kind), int(index.data(ID_ROLE))))
                    stack.append(index)
        self._expanded = expanded
        self._selected = self.selected()

    def _restore_expanded(self) -> None:
        self.stack.setCurrentWidget(self.tree if self.model.rowCount() else self.empty)
        if self._expanded is None:
            self._expand_people()
        else:
            stack = [QModelIndex()]
            while stack:
                parent = stack.pop()
                for row in range(self.proxy.rowCount(parent)):
                    index = self.proxy.index(row, 0, parent)
                    key = (index.data(KIND_ROLE), index.data(ID_ROLE))
                    if key in self._expanded:
                        self.tree.expand(index)
                        stack.append(index)
        if self._selected is not None:
            self.select(*self._selected)

    def _expand_people(self) -> None:
        """The first look: the reporting line open, each person's accounts folded under
        «N cuentas» (the count is on their row too), so a large agency is not thousands of
        rows."""
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(KIND_ROLE) == "staff":
                    self.tree.expand(index)
                    stack.append(index)

    # -- undo ---------------------------------------------------------------------------------
    def show_undo(self, text: str) -> None:
        """The last reassignment, with its «Deshacer» beside it."""
        self.undo_text.setText(text)
        self.undo_text.setToolTip(text)
        self.undo_bar.show()

    def hide_undo(self) -> None:
        self.undo_bar.hide()

    # -- selection ----------------------------------------------------------------------------
    def selected(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        index = index.siblingAtColumn(0)
        return str(index.data(KIND_ROLE)), int(index.data(ID_ROLE))

    def selected_account(self) -> tuple[int, int | None] | None:
        """(account id, the executive leading it) when an account is selected."""
        index = self.tree.currentIndex()
        if not index.isValid() or index.siblingAtColumn(0).data(KIND_ROLE) != "account":
            return None
        index = index.siblingAtColumn(0)
        lead = index.parent()
        return int(index.data(ID_ROLE)), (int(lead.data(ID_ROLE)) if lead.isValid() else None)

    def select(self, kind: str, record_id: int) -> None:
        source = self.model.find(kind, record_id)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            parent = index.parent()
            while parent.isValid():  # an account folded under its «N cuentas» opens
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _activated(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0)
        if index.data(KIND_ROLE) == "account":
            self.open_account.emit(int(index.data(ID_ROLE)))

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.tree.expandAll()

    def set_actions(self, actions: list[QAction]) -> None:
        """Buttons for the area's actions (reassign, open) beside the filter."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self._top.addWidget(button)

    def save_state(self) -> None:
        """The tree's column widths and order, for the next run."""
        settings.put_bytes(HEADER_KEY, self.tree.header().saveState())

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)

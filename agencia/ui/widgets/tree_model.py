"""A small read-only tree model over plain nodes (brands and products, the hierarchy).

Nodes are built whole from a service's read model and swapped in with a reset: these
trees are short (tens to hundreds of rows), so there is nothing to page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument

KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # what the node is ("brand", "staff"…)
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the record's id


@dataclass(eq=False)
class TreeNode:
    kind: str
    id: int
    texts: list[str]
    icon: QIcon | None = None
    tooltip: str = ""
    payload: Any = None
    children: list[TreeNode] = field(default_factory=list)
    parent: TreeNode | None = field(default=None, repr=False)

    def add(self, child: TreeNode) -> TreeNode:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        if self.parent is None:
            return 0
        for n, sibling in enumerate(self.parent.children):
            if sibling is self:
                return n
        return 0


class TreeModel(QAbstractItemModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._root = TreeNode("root", 0, [])

    # -- filling ----------------------------------------------------------------------
    def set_nodes(self, nodes: Sequence[TreeNode]) -> None:
        self.beginResetModel()
        self._root = TreeNode("root", 0, [])
        for node in nodes:
            self._root.add(node)
        self.endResetModel()

    def roots(self) -> list[TreeNode]:
        return list(self._root.children)

    def node(self, index: Index) -> TreeNode | None:
        if not index.isValid():
            return None
        found = index.internalPointer()
        return found if isinstance(found, TreeNode) else None

    def find(self, kind: str, record_id: int) -> QModelIndex:
        """The index of the first node of `kind` with `record_id` (invalid when absent)."""
        stack = [(self._root, QModelIndex())]
        while stack:
            parent, parent_index = stack.pop(0)
            for n, child in enumerate(parent.children):
                index = self.index(n, 0, parent_index)
                if child.kind == kind and child.id == record_id:
                    return index
                stack.append((child, index))
        return QModelIndex()

    # -- QAbstractItemModel -----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        owner = self.node(parent) or self._root
        if row >= len(owner.children):
            return QModelIndex()
        return self.createIndex(row, column, owner.children[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row(), 0, node.parent)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        owner = self.node(parent) or self._root
        return len(owner.children)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = node.texts[column] if column < len(node.texts) else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return node.tooltip or text or None
            return text
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return node.icon
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return node.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

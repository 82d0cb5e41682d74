"""The agency's account team as a tree: who reports to whom, and the accounts each leads.

A director reassigns an account by dragging it onto another executive. The model never
moves the row itself: a drop asks for the reassignment (`reassign_requested`; the
controller confirms it first), the service decides, and the tree reloads from the
database. A refused drop therefore leaves the account where it was. Each person's row
carries their workload (accounts led, open campaigns), so the tree can stay folded on a
large agency and still say who carries what.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from agencia.domain.enums import LEAD_ROLES
from agencia.domain.labels import role_title, title_shown
from agencia.domain.messages import render
from agencia.services.agency.hierarchy import StaffNode
from agencia.ui.resources import icon
from agencia.ui.widgets.tree_model import TreeModel, TreeNode

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-agencia-account"
translate = QCoreApplication.translate
WORKLOAD_COLUMN = 4  # accounts led, then open campaigns
FOLDER = "accounts"  # the row «N cuentas» under a person; its id is the person's


def account_mime(
    account_id: int, from_staff_id: int | None, version: int | None = None
) -> QMimeData:
    """What dragging an account carries: the account as the director saw it when the drag
    began (its version), and who led it (tests build the same to synthesise a drop)."""
    data = QMimeData()
    payload = json.dumps({"account_id": account_id, "from": from_staff_id, "version": version})
    data.setData(MIME_TYPE, QByteArray(payload.encode()))
    return data


def read_mime(data: QMimeData) -> tuple[int, int | None, int | None] | None:
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        version = payload.get("version")
        return (
            int(payload["account_id"]),
            payload.get("from"),
            int(version) if version is not None else None,
        )
    except (ValueError, KeyError, TypeError):
        return None


class HierarchyModel(TreeModel):
    reassign_requested = Signal(int, int, int)  # account id, executive dropped on, version

    def __init__(self, can_reassign: bool, parent: QObject | None = None) -> None:
        super().__init__(
            [
                translate("HierarchyModel", "Nombre"),
                translate("HierarchyModel", "Rol"),
                translate("HierarchyModel", "Cargo"),
                translate("HierarchyModel", "Grupo"),
                translate("HierarchyModel", "Cuentas"),
                translate("HierarchyModel", "Campañas"),
            ],
            parent,
        )
        self.can_reassign = can_reassign
        self._people: dict[int, StaffNode] = {}
        self._versions: dict[int, int] = {}  # account id → version, as the tree shows it

    def set_people(self, people: Sequence[StaffNode]) -> None:
        """Build the tree from `staff.hierarchy` (parents always come before children)."""
        self._people = {p.id: p for p in people}
        self._versions = {a.id: a.version for p in people for a in p.accounts}
        by_id: dict[int, TreeNode] = {}
        roots: list[TreeNode] = []
        drag_tip = (
            translate("HierarchyModel", "Arrastre la cuenta sobre otro ejecutivo para reasignarla.")
            if self.can_reassign
            else render("reassign.not_director")
        )
        for person in people:
            node = TreeNode(
                "staff",
                person.id,
                [
                    person.name,
                    role_title(person.role, person.title_gender),  # Directora, as she is
                    # a default title in the window's language, the agency's own as typed
                    title_shown(person.title, person.role, person.title_gender),
                    person.group,
                    str(len(person.accounts)) if person.accounts else "",
                    str(person.open_campaigns) if person.open_campaigns else "",
                ],
                icon("user"),
            )
            node.payload = person
            if not person.active:
                node.tooltip = translate("HierarchyModel", "%1 (dado de baja)").replace(
                    "%1", person.name
                )
            folder: TreeNode | None = None
            if person.accounts:  # folded under one row: a person's reports stay in view
                count = len(person.accounts)
                words = (
                    translate("HierarchyModel", "1 cuenta")
                    if count == 1
                    else translate("HierarchyModel", "%1 cuentas").replace("%1", str(count))
                )
                folder = TreeNode(FOLDER, person.id, [words, "", "", "", "", ""], icon("accounts"))
                folder.payload = person
                folder.tooltip = translate("HierarchyModel", "Cuentas que lidera %1").replace(
                    "%1", person.name
                )
                node.add(folder)
            for account in person.accounts:
                child = TreeNode(
                    "account",
                    account.id,
                    [account.name, translate("HierarchyModel", "Cuenta que lleva"), "", "", "", ""],
                    icon("accounts"),
                )
                child.payload = account
                child.tooltip = f"{account.name}\n{drag_tip}"
                assert folder is not None
                folder.add(child)
            by_id[person.id] = node
            parent = by_id.get(person.reports_to_id) if person.reports_to_id else None
            if parent is not None:
                # a person's reports go before their accounts, people first
                position = sum(1 for c in parent.children if c.kind == "staff")
                node.parent = parent
                parent.children.insert(position, node)
            else:
                roots.append(node)
        self.set_nodes(roots)

    def person(self, staff_id: int | None) -> StaffNode | None:
        return self._people.get(staff_id) if staff_id is not None else None

    def account_version(self, account_id: int) -> int | None:
        """The account's version as the tree shows it (what a reassignment starts from)."""
        return self._versions.get(account_id)

    # -- look -------------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and section in (4, 5):
            return (
                translate("HierarchyModel", "Cuentas que lidera")
                if section == WORKLOAD_COLUMN
                else translate("HierarchyModel", "Campañas abiertas de las que es responsable")
            )
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= WORKLOAD_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            node = self.node(index)
            if node is not None and isinstance(node.payload, StaffNode) and not node.payload.active:
                return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
            return None
        return super().data(index, role)

    # -- drag and drop ----------------------------------------------------------------------
    def _target(self, parent: Index) -> StaffNode | None:
        """The executive a drop on `parent` means (on an account: the one leading it)."""
        node = self.node(parent)
        if node is not None and node.kind == "account":
            node = node.parent
        if node is not None and node.kind == FOLDER:
            node = node.parent
        if node is None or node.kind != "staff" or not isinstance(node.payload, StaffNode):
            return None
        return node.payload

    @staticmethod
    def _can_lead(person: StaffNode) -> bool:
        return person.role in LEAD_ROLES and person.active

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        node = self.node(index)
        if node is None or not self.can_reassign:
            return flags
        if node.kind == "account":
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        elif isinstance(node.payload, StaffNode) and self._can_lead(node.payload):
            flags |= Qt.ItemFlag.ItemIsDropEnabled  # a person, or the row of their accounts
        return flags

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        for index in indexes:
            node = self.node(index)
            if node is not None and node.kind == "account" and node.parent is not None:
                return account_mime(node.id, node.parent.id, self._versions.get(node.id))
        return None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.can_reassign or action not in (
            Qt.DropAction.MoveAction,
            Qt.DropAction.CopyAction,
        ):
            return False
        dragged = read_mime(data)
        target = self._target(parent)
        if dragged is None or target is None or not self._can_lead(target):
            return False
        account_id, from_staff, _version = dragged
        return target.id != from_staff and account_id in self._versions

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dragged = read_mime(data)
        target = self._target(parent)
        if dragged is None or target is None:
            return False
        account_id, _from, version = dragged
        if version is None:  # a drag from elsewhere: the version the tree shows
            version = self._versions[account_id]
        self.reassign_requested.emit(account_id, target.id, version)
        return True

"""The Equipo area's controller: loads the hierarchy, reassigns accounts, opens them."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.domain.changes import Changes
from agencia.domain.enums import Role
from agencia.domain.messages import render
from agencia.services.agency.hierarchy import StaffNode, hierarchy, reassign_account
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.agency.hierarchy_model import HierarchyModel
from agencia.ui.agency.hierarchy_view import TeamView
from agencia.ui.agency.reassign_dialog import ReassignDialog
from agencia.ui.area import AppContext
from agencia.ui.widgets.area_controller import AreaController
from agencia.ui.widgets.errors import error_text

CONCERNS = frozenset({K.ACCOUNT, K.STAFF, K.GROUP})


class TeamController(AreaController):
    CONCERNS = CONCERNS

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_reassign = ctx.actor.role is Role.ACCOUNT_DIRECTOR
        self.reason = render("reassign.not_director")
        self.model = HierarchyModel(self.can_reassign)
        self.view = TeamView(self.model, self.can_reassign, self.reason)
        self.model.setParent(self.view)  # lives exactly as long as the tree showing it
        self.people: list[StaffNode] = []
        self.dialog: QDialog | None = None
        self._register_actions()
        self.view.set_actions(
            [self.actions[ActionId.TEAM_REASSIGN], self.actions[ActionId.TEAM_OPEN_ACCOUNT]]
        )
        self.model.reassign_requested.connect(self.reassign)
        self.view.open_account.connect(self.open_account)
        self.view.selection_changed.connect(self._update_actions)
        self.view.visibility_changed.connect(self._visibility_changed)
        self._update_actions()

    def _register_actions(self) -> None:
        specs = [
            (
                ActionSpec(
                    ActionId.TEAM_REASSIGN,
                    self.tr("Reasignar cuenta…"),
                    None,
                    "accounts",
                    AreaId.TEAM,
                    AreaId.TEAM,
                ),
                self.reassign_selected,
            ),
            (
                ActionSpec(
                    ActionId.TEAM_OPEN_ACCOUNT,
                    self.tr("Abrir cuenta"),
                    None,
                    "external",
                    AreaId.TEAM,
                    AreaId.TEAM,
                ),
                self.open_selected,
            ),
            (
                ActionSpec(
                    ActionId.TEAM_REFRESH,
                    self.tr("Actualizar equipo"),
                    "F5",
                    "refresh",
                    AreaId.TEAM,
                    AreaId.TEAM,
                ),
                self.refresh,
            ),
            (
                ActionSpec(
                    ActionId.TEAM_SEARCH,
                    self.tr("Filtrar el equipo"),
                    QKeySequence.StandardKey.Find,
                    "search",
                    AreaId.TEAM,
                    AreaId.TEAM,
                ),
                self.view.focus_filter,
            ),
        ]
        for spec, handler in specs:
            action = self.ctx.actions.register(spec, handler, self)
            self.view.addAction(action)
            self.actions[spec.id] = action

    def _update_actions(self) -> None:
        shown = self._visible
        selected = self.view.selected_account()
        reassign = self.actions[ActionId.TEAM_REASSIGN]
        reassign.setEnabled(shown and self.can_reassign and selected is not None)
        label = reassign.text().replace("&", "").removesuffix("…")
        if not self.can_reassign:
            reassign.setToolTip(f"{label} — {self.reason}")
        elif selected is None:
            reassign.setToolTip(f"{label} — " + self.tr("Elija una cuenta del árbol."))
        else:
            reassign.setToolTip(label)
        self.actions[ActionId.TEAM_OPEN_ACCOUNT].setEnabled(shown and selected is not None)
        for action_id in (ActionId.TEAM_REFRESH, ActionId.TEAM_SEARCH):
            self.actions[action_id].setEnabled(shown)

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.ops.read(hierarchy, on_done=self._arrived, on_error=self.report, key="team.hierarchy")

    def _arrived(self, people: list[StaffNode]) -> None:
        self.people = people
        self.model.set_people(people)
        self._update_actions()

    def _changed(self, changes: Changes) -> None:
        self.refresh()

    # -- doing ----------------------------------------------------------------------------------
    def reassign(self, account_id: int, staff_id: int, version: int) -> None:
        """A drop: ask the service; on refusal say why (the tree still shows the truth).
        `version` is the account's as the tree showed it: a newer change refuses the drop."""
        account_name = self._account_name(account_id)
        person = self.model.person(staff_id)
        self.ops.write(
            reassign_account,
            account_id,
            staff_id,
            version,
            on_done=lambda _result: self._reassigned(account_name, person),
            on_error=self._refused,
        )

    def _reassigned(self, account_name: str, person: StaffNode | None) -> None:
        self.ctx.toast(
            self.tr("«%1» reasignada a %2")
            .replace("%1", account_name)
            .replace("%2", person.name if person else "")
        )

    def _refused(self, error: BaseException) -> None:
        self.refresh()
        self.report(error)

    def reassign_selected(self) -> None:
        selected = self.view.selected_account()
        if not self.can_reassign or selected is None:
            return
        account_id, lead_id = selected
        version = self.model.account_version(account_id)
        if version is None:
            return
        dialog = ReassignDialog(
            self.ops,
            account_id,
            version,
            self._account_name(account_id),
            self.model.person(lead_id),
            self.people,
            self.view,
        )
        dialog.saved.connect(
            lambda _result, staff_id: self._reassigned(
                self._account_name(account_id), self.model.person(staff_id)
            )
        )
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def open_selected(self) -> None:
        selected = self.view.selected_account()
        if selected is not None:
            self.open_account(selected[0])

    def open_account(self, account_id: int) -> None:
        self.ctx.navigate(AreaId.ACCOUNTS, account_id)

    def _account_name(self, account_id: int) -> str:
        for person in self.people:
            for account in person.accounts:
                if account.id == account_id:
                    return account.name
        return str(account_id)

    def title(self) -> str:
        return self.tr("Equipo")

    def message_parent(self) -> QWidget:
        return self.view

    def report(self, error: BaseException) -> None:
        """A refused reassignment or a failed read: a warning (the tree shows the truth)."""
        self.inform(error_text(error), QMessageBox.Icon.Warning)

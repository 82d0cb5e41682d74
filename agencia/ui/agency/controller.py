"""The Equipo area's controller: loads the hierarchy, reassigns accounts, opens them.

A drop asks first, naming the account, who it goes from and to; a reassignment done is a
step of the window's undo stack (Editar ▸ Deshacer / Rehacer, several steps deep, beside
account and campaign edits), and the bar above the tree (or Ctrl+Z while the page shows)
undoes that same step while it is the last one. Undo and redo are refused, writing
nothing, when someone changed the account since.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from shiboken6 import isValid

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.domain.changes import Changes
from agencia.domain.enums import Role
from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.services.agency.hierarchy import (
    Reassigned,
    StaffNode,
    hierarchy,
    reassign_account,
    undo_reassign,
)
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.agency.hierarchy_model import HierarchyModel
from agencia.ui.agency.hierarchy_view import TeamView
from agencia.ui.agency.reassign_dialog import ReassignDialog
from agencia.ui.area import AppContext
from agencia.ui.widgets.area_controller import AreaController
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.undo import undo_history

if TYPE_CHECKING:
    from agencia.domain.actor import Actor

CONCERNS = frozenset({K.ACCOUNT, K.STAFF, K.GROUP})


def _lead_step(done: Reassigned, staff_id: int) -> Callable[..., Reassigned]:
    """The undo stack's save for one reassignment: `lead` is who should lead the account
    (the one before: undo, with the new lead off the team if they joined with it; the one
    after: redo, a reassignment again), from the version the stack last saw."""

    def save(db: Any, actor: Actor, lead: int, version: int) -> Reassigned:
        if lead == done.previous_lead_id:
            return undo_reassign(db, actor, replace(done, version=version))
        return reassign_account(db, actor, done.id, staff_id, version)

    return save


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
        self.dialog: QDialog | QMessageBox | None = None
        self.history = undo_history(ctx)  # the window's, shared with the other areas
        self.step: QUndoCommand | None = None  # the last reassignment's step on that stack
        self.history.stack.indexChanged.connect(self._stack_moved)
        self._register_actions()
        self.view.undo_button.setDefaultAction(self.actions[ActionId.TEAM_UNDO])
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
                    ActionId.TEAM_UNDO,
                    self.tr("Deshacer la reasignación"),
                    QKeySequence.StandardKey.Undo,
                    "undo",
                    AreaId.TEAM,
                    AreaId.TEAM,
                ),
                self.undo,
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
        self.rule(
            ActionId.TEAM_UNDO,
            self.can_reassign and self._step_on_top(),
            self.tr("No hay ninguna reasignación que deshacer."),
        )
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
        """A drop: ask first, saying what moves from whom to whom; then the service (on
        refusal the tree still shows the truth). `version` is the account's as the tree
        showed it: a newer change refuses the drop."""
        account_name = self._account_name(account_id)
        person = self.model.person(staff_id)
        source = self.model.person(self._lead_of(account_id))
        target = person.name if person else str(staff_id)
        before = source.name if source else self.tr("nadie")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Reasignar cuenta"),
            fill(self.tr("¿Reasignar «%1» de %2 a %3?"), account_name, before, target),
            parent=self.view,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            render(
                "reassign.confirm", {"account": account_name, "source": before, "target": target}
            )
            + " "
            + self.tr("Podrá deshacerlo.")
        )
        yes = box.addButton(self.tr("Reasignar"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)

        def answered(_result: int) -> None:
            if box.clickedButton() is yes:
                self.ops.write(
                    reassign_account,
                    account_id,
                    staff_id,
                    version,
                    on_done=lambda done: self._reassigned(account_name, person, done, before),
                    on_error=self._refused,
                )

        box.finished.connect(answered)
        self.dialog = box
        box.open()

    def _reassigned(
        self,
        account_name: str,
        person: StaffNode | None,
        done: Reassigned | None = None,
        before: str = "",
    ) -> None:
        target = person.name if person else ""
        self.ctx.toast(fill(self.tr("«%1» reasignada a %2"), account_name, target))
        if done is None or done.previous_lead_id is None or person is None:
            return
        text = fill(self.tr("«%1» pasó de %2 a %3."), account_name, before, target)
        self.history.push_saved(
            text,
            ("account", done.id),  # the accounts area's key: its edits share the version
            _lead_step(done, person.id),
            done.previous_lead_id,
            person.id,
            done.version,
            refused=self._refused,
        )
        stack = self.history.stack
        self.step = stack.command(stack.index() - 1)
        self.view.show_undo(text)
        self._update_actions()

    def undo(self) -> None:
        """Give the last reassigned account back: the window's undo, while that step is
        the last one done (refused, writing nothing, if the account changed since)."""
        if self.can_reassign and self._step_on_top():
            self.history.undo()

    def _step_on_top(self) -> bool:
        if self.step is None or not isValid(self.history):  # the window is going away
            return False
        stack = self.history.stack
        return stack.index() > 0 and (stack.command(stack.index() - 1) is self.step)

    def _stack_moved(self, _index: int) -> None:
        if not isValid(self.view) or not isValid(self.actions[ActionId.TEAM_UNDO]):
            return  # the window is closing: its stack is let go after the page
        if self._step_on_top() and self.step is not None:
            self.view.show_undo(self.step.text())  # redone: it can be undone here again
        else:
            self.view.hide_undo()
        self._update_actions()

    def _refused(self, error: BaseException) -> None:
        self.refresh()
        self.report(error)

    def _lead_of(self, account_id: int) -> int | None:
        for person in self.people:
            if any(a.id == account_id for a in person.accounts):
                return person.id
        return None

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
        before = self.model.person(lead_id)
        dialog.saved.connect(
            lambda result, staff_id: self._reassigned(
                self._account_name(account_id),
                self.model.person(staff_id),
                result,
                before.name if before else "",
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

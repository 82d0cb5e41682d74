"""The Personas area: the staff, their sign-in accounts and the account groups — a page
for administrators (read-only for account directors, on their group) — and what it
offers on the account page: «Editar equipo…» (or «Ver equipo…») (through the shell's contributions,
never by importing the accounts area)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from agencia.domain.areas import AreaId
from agencia.domain.enums import Role
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext, Area
from agencia.ui.navigation import Shown
from agencia.ui.people.controller import PeopleController
from agencia.ui.people.team_dialog import AccountTeamDialog
from agencia.ui.widgets.undo import undo_history

translate = QCoreApplication.translate

PAGE_ROLES = frozenset({Role.ADMINISTRATOR, Role.ACCOUNT_DIRECTOR})


class PeopleArea(Area):
    id = AreaId.PEOPLE
    icon_name = "user"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_manage_teams = (
            scope_for(ctx.actor.role, Action.MANAGE_ACCOUNT_TEAMS) is not Scope.NONE
        )
        self.has_page = ctx.actor.role in PAGE_ROLES  # others: only the account-page action
        # built only for whom the page is: nobody else sees its actions, even in the palette
        self._controller = PeopleController(ctx, self) if self.has_page else None
        self.team_dialog: QDialog | None = None
        self.team_action = ctx.actions.register(
            ActionSpec(
                ActionId.PEOPLE_ACCOUNT_TEAM,
                translate("PeopleArea", "Editar equipo…")
                if self.can_manage_teams
                else translate("PeopleArea", "Ver equipo…"),
                None,
                "team",
                AreaId.ACCOUNTS,
                AreaId.ACCOUNTS,
                header=AreaId.ACCOUNTS,
            ),
            self.show_account_team,
            self,
        )
        ctx.shown.changed.connect(self._shown)
        self._shown(ctx.shown.now(AreaId.ACCOUNTS))

    @property
    def controller(self) -> PeopleController:
        assert self._controller is not None, "the page is an administrator's or a director's"
        return self._controller

    def title(self) -> str:
        return self.tr("Personas")

    def widget(self) -> QWidget:
        return self.controller.page

    def activated(self) -> None:
        if self._controller is not None:
            self._controller.start()

    def open_record(self, record_id: int) -> None:
        """A person's id: select them in the list."""
        if self._controller is not None:
            self._controller.open_person(record_id)

    def focus_search(self) -> None:
        if self._controller is not None:
            self._controller.list_view.focus_search()

    def save_state(self) -> None:
        if self._controller is not None:
            self._controller.save_state()

    # -- on the account page ----------------------------------------------------------------
    def _shown(self, shown: Shown) -> None:
        if shown.area is not AreaId.ACCOUNTS:
            return
        self.team_action.setEnabled(shown.record_id is not None)
        verb = (
            translate("PeopleArea", "Añadir o quitar miembros y cambiar el responsable")
            if self.can_manage_teams
            else translate("PeopleArea", "Ver quién forma el equipo de la cuenta")
        )
        self.team_action.setToolTip(verb)

    def show_account_team(self) -> None:
        """The team of the account whose page shows (the service says whether the person
        may change it: a director of its group)."""
        shown = self.ctx.shown.now(AreaId.ACCOUNTS)
        if shown.record_id is None:
            return
        dialog = AccountTeamDialog(
            self.ctx.ops,
            shown.record_id,
            self.can_manage_teams,
            self.ctx.toast,
            QApplication.activeWindow(),
            history=undo_history(self.ctx),  # its changes are the window's undo steps
        )
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.team_dialog = dialog
        dialog.open()


def create(ctx: AppContext) -> Area:
    return PeopleArea(ctx)

"""The Personas area's controller: the staff list, the selected person, the groups, and
every action on them (an administrator's; a director reads their group).

Each action opens its dialog (a form that calls the service) or, for one-click sign-in
changes, asks once and calls the service; the list and the open person follow what the
write changed (STAFF, USER, GROUP, ACCOUNT: who leads what).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from agencia.domain.areas import AreaId
from agencia.domain.changes import ChangeKind as K
from agencia.domain.changes import Changes
from agencia.domain.enums import Role
from agencia.domain.messages import render
from agencia.domain.text import fill
from agencia.services.people.group_moves import accounts_of_group
from agencia.services.people.handover import Holdings, reactivate_staff, what_they_hold
from agencia.services.people.sign_ins import set_user_active, unlock_user
from agencia.services.people.views import GroupRow, StaffDetail, StaffRow, get_staff
from agencia.services.people.views import list_groups as read_groups
from agencia.services.people.views import list_staff as read_staff
from agencia.services.results import Option
from agencia.ui.actions import ActionId, ActionSpec
from agencia.ui.area import AppContext
from agencia.ui.people.deactivate_dialog import DeactivateDialog
from agencia.ui.people.group_dialogs import GroupDialog
from agencia.ui.people.group_moves import ACCOUNTS, STAFF, DirectorDialog, MoveDialog
from agencia.ui.people.page import PeoplePage
from agencia.ui.people.person_form import PersonFormDialog
from agencia.ui.people.sign_in_dialogs import NewUserDialog, ResetPasswordDialog
from agencia.ui.widgets.area_controller import AreaController
from agencia.ui.widgets.form_dialog import FormDialog
from agencia.ui.widgets.undo import undo_history

A = ActionId
CONCERNS = frozenset({K.STAFF, K.USER, K.GROUP, K.ACCOUNT})


def load_everything(db: Any, actor: Any) -> tuple[list[StaffRow], list[GroupRow]]:
    """The whole staff (active and not) and the groups, in one read."""
    return read_staff(db, actor), read_groups(db, actor)


class PeopleController(AreaController):
    CONCERNS = CONCERNS

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_manage = ctx.actor.is_admin
        self.reason = render(
            "permission.denied_global",
            {
                "role": ctx.actor.role,
                "title_gender": ctx.actor.title_gender,
                "action": "manage_people",
            },
        )
        self.page = PeoplePage()
        self.list_view = self.page.list_view
        self.panel = self.page.panel
        self.groups_view = self.page.groups_view
        self.people: list[StaffRow] = []
        self.groups: list[GroupRow] = []
        self.detail: StaffDetail | None = None
        self.dialog: QDialog | None = None
        self._select_after: int | None = None
        self._register_actions()
        person = [A.PEOPLE_EDIT, A.PEOPLE_DEACTIVATE, A.PEOPLE_REACTIVATE]
        sign_in = [
            A.PEOPLE_NEW_USER,
            A.PEOPLE_RESET_PASSWORD,
            A.PEOPLE_DISABLE_USER,
            A.PEOPLE_ENABLE_USER,
            A.PEOPLE_UNLOCK,
        ]
        if self.can_manage:
            self.panel.set_actions([self.actions[a] for a in [*person, *sign_in]])
            self.groups_view.set_actions(
                [
                    self.actions[a]
                    for a in (
                        A.PEOPLE_NEW_GROUP,
                        A.PEOPLE_RENAME_GROUP,
                        A.PEOPLE_GROUP_DIRECTOR,
                        A.PEOPLE_MOVE_STAFF,
                        A.PEOPLE_MOVE_ACCOUNTS,
                    )
                ]
            )
        self.list_view.set_can_create(self.can_manage)
        if ctx.actor.role is Role.ACCOUNT_DIRECTOR and ctx.actor.group_id is not None:
            self._director_group: int | None = ctx.actor.group_id
        else:
            self._director_group = None
        self.list_view.current_changed.connect(self._selected)
        self.list_view.activated.connect(lambda _id: self.edit())
        self.list_view.create_requested.connect(self.new_person)
        self.groups_view.table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_actions()
        )
        self.page.visibility_changed.connect(self._visibility_changed)
        self._update_actions()

    # -- actions --------------------------------------------------------------------------------
    def _register_actions(self) -> None:
        area = self.ctx.actions
        specs: list[tuple[ActionSpec, Callable[[], None]]] = [
            (
                ActionSpec(A.PEOPLE_NEW, self.tr("Añadir persona…"), "Ctrl+N", "add"),
                self.new_person,
            ),
            (ActionSpec(A.PEOPLE_EDIT, self.tr("Editar persona…"), None, "edit"), self.edit),
            (
                ActionSpec(A.PEOPLE_DEACTIVATE, self.tr("Dar de baja…"), "Del", "deactivate"),
                self.deactivate,
            ),
            (
                ActionSpec(A.PEOPLE_REACTIVATE, self.tr("Reactivar"), None, "activate"),
                self.reactivate,
            ),
            (
                ActionSpec(A.PEOPLE_NEW_USER, self.tr("Crear usuario de acceso…"), None, "user"),
                self.new_user,
            ),
            (
                ActionSpec(
                    A.PEOPLE_RESET_PASSWORD, self.tr("Restablecer contraseña…"), None, "lock"
                ),
                self.reset_password,
            ),
            (
                ActionSpec(
                    A.PEOPLE_DISABLE_USER, self.tr("Desactivar usuario"), None, "sign-out"
                ),  # not «Dar de baja»'s ⊘: the person stays, only their sign-in stops
                lambda: self.set_user_active(False),
            ),
            (
                ActionSpec(A.PEOPLE_ENABLE_USER, self.tr("Activar usuario"), None, "activate"),
                lambda: self.set_user_active(True),
            ),
            (
                ActionSpec(A.PEOPLE_UNLOCK, self.tr("Desbloquear usuario"), None, "lock"),
                self.unlock,
            ),
            (ActionSpec(A.PEOPLE_NEW_GROUP, self.tr("Nuevo grupo…"), None, "team"), self.new_group),
            (
                ActionSpec(A.PEOPLE_RENAME_GROUP, self.tr("Renombrar grupo…"), None, "edit"),
                self.rename_group,
            ),
            (
                ActionSpec(A.PEOPLE_GROUP_DIRECTOR, self.tr("Cambiar director/a…"), None, "user"),
                self.group_director,
            ),
            (
                ActionSpec(A.PEOPLE_MOVE_STAFF, self.tr("Mover personas…"), None, "team"),
                lambda: self.move(STAFF),
            ),
            (
                ActionSpec(A.PEOPLE_MOVE_ACCOUNTS, self.tr("Mover cuentas…"), None, "accounts"),
                lambda: self.move(ACCOUNTS),
            ),
            (
                ActionSpec(A.PEOPLE_REFRESH, self.tr("Actualizar personas"), "F5", "refresh"),
                self.load,
            ),
            (
                ActionSpec(
                    A.PEOPLE_SEARCH,
                    self.tr("Buscar personas"),
                    QKeySequence.StandardKey.Find,
                    "search",
                ),
                self.list_view.focus_search,
            ),
        ]
        for spec, handler in specs:
            spec = replace(spec, area=AreaId.PEOPLE, menu=AreaId.PEOPLE)
            action = area.register(spec, handler, self)
            self.page.addAction(action)
            self.actions[spec.id] = action

    def _update_actions(self) -> None:
        row = self.list_view.selected_row()
        manage, why = self.can_manage, self.reason
        pick = self.tr("Elija una persona de la lista.")
        chosen = row is not None
        own = row is not None and row.id == self.ctx.actor.staff_id
        self.rule(A.PEOPLE_NEW, manage, why)
        self.rule(A.PEOPLE_EDIT, manage and chosen, why if not manage else pick)
        active = row is not None and row.active
        self.rule(
            A.PEOPLE_DEACTIVATE,
            manage and active and not own,
            why if not manage else self.tr("No puede darse de baja a sí mismo.") if own else pick,
        )
        self.rule(A.PEOPLE_REACTIVATE, manage and row is not None and not row.active, why)
        has_user = row is not None and bool(row.login)
        no_user = self.tr("No tiene usuario de acceso.")
        self.rule(A.PEOPLE_NEW_USER, manage and chosen and not has_user, why)
        self.rule(A.PEOPLE_RESET_PASSWORD, manage and has_user, why if not manage else no_user)
        self.rule(
            A.PEOPLE_DISABLE_USER,
            manage and has_user and row is not None and row.user_active is not False and not own,
            why if not manage else no_user,
        )
        self.rule(
            A.PEOPLE_ENABLE_USER,
            manage and has_user and row is not None and row.user_active is False,
            why if not manage else no_user,
        )
        self.rule(
            A.PEOPLE_UNLOCK,
            manage and has_user and row is not None and row.locked,
            why if not manage else self.tr("No está bloqueado.") if has_user else no_user,
        )
        group = self.groups_view.selected()
        self.rule(A.PEOPLE_NEW_GROUP, manage, why)
        for action_id in (
            A.PEOPLE_RENAME_GROUP,
            A.PEOPLE_GROUP_DIRECTOR,
            A.PEOPLE_MOVE_STAFF,
            A.PEOPLE_MOVE_ACCOUNTS,
        ):
            self.rule(
                action_id,
                manage and group is not None,
                why if not manage else self.tr("Elija un grupo de la lista."),
            )
        self.rule(A.PEOPLE_REFRESH, True)
        self.rule(A.PEOPLE_SEARCH, True)
        self.panel.show_applicable()

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        self.ops.read(
            load_everything, on_done=self._arrived, on_error=self.report, key="people.list"
        )

    def _arrived(self, found: tuple[list[StaffRow], list[GroupRow]]) -> None:
        first = not self.people and not self.groups
        self.people, self.groups = found
        self.list_view.set_groups([Option(g.id, g.name) for g in self.groups])
        if first and self._director_group is not None:
            self.list_view.set_group(self._director_group)  # a director reads their group
        self.list_view.set_rows(self.people)
        self.list_view.apply_filters()
        self.groups_view.set_groups(self.groups)
        if self._select_after is not None:
            self.list_view.select(self._select_after)
            self._select_after = None
        self._update_actions()

    def _changed(self, changes: Changes) -> None:
        self.load()
        self._reload_detail()

    def _selected(self, staff_id: int | None) -> None:
        self._update_actions()
        if staff_id is None:
            self._wanted_id = None
            self.detail = None
            self.panel.show_person(None)
            return
        if staff_id != self._wanted_id:
            self.load_detail(staff_id)

    def load_detail(self, record_id: int) -> None:
        self._wanted_id = record_id
        self.ops.read(
            get_staff, record_id, on_done=self._detail, on_error=self.report, key="people.detail"
        )

    def _detail(self, detail: StaffDetail) -> None:
        if detail.row.id != self._wanted_id:
            return
        self.detail = detail
        self.panel.show_person(detail)

    def open_person(self, staff_id: int) -> None:
        """From global search or another area: select them (everyone shown if need be)."""
        self.start()
        if not self.list_view.select(staff_id):
            self._wanted_id = staff_id
            self.load_detail(staff_id)

    # -- doing ----------------------------------------------------------------------------------
    def _open(self, dialog: FormDialog, done: Callable[[Any, Any], None]) -> None:
        dialog.saved.connect(done)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def new_person(self) -> None:
        if not self.can_manage:
            return
        dialog = PersonFormDialog(self.ops, self.people, self.groups, None, self.page)
        self._open(dialog, self._person_saved)

    def edit(self) -> None:
        row = self.list_view.selected_row()
        if not self.can_manage or row is None or self.detail is None:
            return
        if self.detail.row.id != row.id:
            return  # its detail is on its way
        dialog = PersonFormDialog(self.ops, self.people, self.groups, self.detail, self.page)
        self._open(dialog, self._person_saved)

    def _person_saved(self, result: Any, data: Any) -> None:
        self.ctx.toast(self.tr("Guardado: %1").replace("%1", data.full_name.strip()))
        self._select_after = result.id  # the list follows the change: show them there

    def deactivate(self) -> None:
        row = self.list_view.selected_row()
        if not self.can_manage or row is None or not row.active:
            return
        self.ops.read(
            what_they_hold,
            row.id,
            on_done=lambda holds: self._ask_deactivate(row, holds),
            on_error=self.report,
        )

    def _ask_deactivate(self, row: StaffRow, holds: Holdings) -> None:
        dialog = DeactivateDialog(self.ops, row, holds, self.people, self.page, self.groups)
        self._open(dialog, lambda result, _d: self.ctx.toast(dialog.done_text(result)))

    def reactivate(self) -> None:
        row = self.list_view.selected_row()
        if self.can_manage and row is not None and not row.active:
            self.ops.write(
                reactivate_staff,
                row.id,
                on_done=lambda _r: self.ctx.toast(
                    self.tr("%1, reactivado/a").replace("%1", row.name)
                ),
                on_error=self.report,
            )

    def new_user(self) -> None:
        row = self.list_view.selected_row()
        if self.can_manage and row is not None and not row.login:
            self._open(
                NewUserDialog(
                    self.ops,
                    row,
                    self.page,
                    taken=[r.login for r in self.list_view.model.rows() if r.login],
                ),
                lambda _r, data: self.ctx.toast(
                    self.tr("Usuario «%1» creado").replace("%1", data.login)
                ),
            )

    def reset_password(self) -> None:
        row = self.list_view.selected_row()
        if self.can_manage and row is not None and row.login:
            self._open(
                ResetPasswordDialog(self.ops, row, self.page),
                lambda _r, _d: self.ctx.toast(
                    self.tr("Contraseña restablecida: %1 la cambiará al entrar").replace(
                        "%1", row.name
                    )
                ),
            )

    def set_user_active(self, active: bool) -> None:
        row = self.list_view.selected_row()
        if not self.can_manage or row is None or not row.login:
            return
        if active:
            self._set_user(row, True)
            return
        self._confirm(
            self.tr("Desactivar usuario"),
            fill(
                self.tr(
                    "¿Desactivar el usuario «%1»? %2 no podrá iniciar sesión hasta que lo "
                    "active de nuevo; sus datos y su historial se conservan."
                ),
                row.login,
                row.name,
            ),
            self.tr("Desactivar"),
            lambda: self._set_user(row, False),
        )

    def _set_user(self, row: StaffRow, active: bool) -> None:
        done = self.tr("Usuario «%1» activado") if active else self.tr("Usuario «%1» desactivado")
        self.ops.write(
            set_user_active,
            row.login,
            active,
            on_done=lambda _r: self.ctx.toast(done.replace("%1", row.login)),
            on_error=self.report,
        )

    def unlock(self) -> None:
        row = self.list_view.selected_row()
        if self.can_manage and row is not None and row.login:
            self.ops.write(
                unlock_user,
                row.login,
                on_done=lambda _r: self.ctx.toast(
                    self.tr("Usuario «%1» desbloqueado").replace("%1", row.login)
                ),
                on_error=self.report,
            )

    def new_group(self) -> None:
        if self.can_manage:
            self._open(
                GroupDialog(self.ops, self.people, self.groups, None, self.page),
                lambda _r, data: self.ctx.toast(
                    self.tr("Grupo «%1» creado").replace("%1", data.name)
                ),
            )

    def rename_group(self) -> None:
        group = self.groups_view.selected()
        if self.can_manage and group is not None:
            self._open(
                GroupDialog(self.ops, self.people, self.groups, group, self.page),
                lambda _r, data: self.ctx.toast(
                    self.tr("Grupo renombrado: %1").replace("%1", data.name)
                ),
            )

    def group_director(self) -> None:
        group = self.groups_view.selected()
        if self.can_manage and group is not None:
            self._open(
                DirectorDialog(self.ops, group, self.people, self.groups, self.page),
                lambda _r, _d: self.ctx.toast(
                    self.tr("Nuevo director/a de «%1»").replace("%1", group.name)
                ),
            )

    def move(self, kind: str) -> None:
        """People or accounts of the selected group into another (accounts read first)."""
        group = self.groups_view.selected()
        if not self.can_manage or group is None:
            return
        if kind == STAFF:
            self._open_move(kind, group, [])
        else:
            self.ops.read(
                accounts_of_group,
                group.id,
                on_done=lambda found: self._open_move(kind, group, found),
                on_error=self.report,
            )

    def _open_move(self, kind: str, group: GroupRow, accounts: list[Option]) -> None:
        dialog = MoveDialog(
            self.ops,
            kind,
            group,
            self.groups,
            self.people,
            accounts,
            self.page,
            history=undo_history(self.ctx),
        )
        self._open(
            dialog,
            lambda plan, _d: self.ctx.toast(self.tr("Movido a «%1»").replace("%1", plan.group)),
        )

    def _confirm(self, title: str, text: str, verb: str, then: Callable[[], None]) -> None:
        """Ask once, naming what changes; `then` on yes. Does not block."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.page)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(verb, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: then() if box.clickedButton() is yes else None)
        self.dialog = box
        box.open()

    # -- what the skeleton asks -----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Personas")

    def message_parent(self) -> QWidget:
        return self.page

    def save_state(self) -> None:
        self.page.save_state()

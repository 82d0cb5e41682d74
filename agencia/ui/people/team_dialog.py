"""«Editar equipo…» (or «Ver equipo…»): who works on one account, with their part, and who leads it.

Offered on the account page (the shell's action contributions: the accounts area does
not import this one). A director of the account's group, or an administrator, adds and
removes members; only the director changes the lead (a reassignment: `teams.change_lead`
from the version shown); each change is its own transaction,
asked once when it takes someone off, and the table follows what was saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.enums import LEAD_ROLES, AssignmentRole
from agencia.domain.labels import title_shown
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.domain.text import fill
from agencia.services.accounts.queries import get_account
from agencia.services.accounts.views import AccountDetail, TeamMember
from agencia.services.agency.hierarchy import reassign_account
from agencia.services.people.teams import add_member, remove_member
from agencia.services.people.views import StaffRow, list_staff
from agencia.ui.ops import Operations
from agencia.ui.people.labels import part_label
from agencia.ui.people.team_undo import push_lead, push_member
from agencia.ui.widgets.doc_widgets import secondary
from agencia.ui.widgets.errors import error_text, show_message
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.headers import set_widths
from agencia.ui.widgets.record_table import RecordTable
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.table_model import ROW_ROLE, Column, RowsModel
from agencia.ui.widgets.text import plain_label
from agencia.ui.widgets.undo import UndoHistory

PARTS = tuple(p for p in AssignmentRole if p is not AssignmentRole.LEAD_EXECUTIVE)


@dataclass(frozen=True, slots=True)
class NewMember:
    staff_id: int | None
    part: AssignmentRole


class AddMemberDialog(FormDialog):
    """A person (active, not yet on the team) and their part."""

    def __init__(
        self,
        ops: Operations,
        account_id: int,
        people: Sequence[StaffRow],
        on_team: set[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(self.tr("Añadir al equipo"))
        self.setObjectName("addMemberDialog")
        self.account_id = account_id
        self.save_button.setText(self.tr("Añadir"))
        self.form = Form(self)
        self.person = QComboBox(self)
        self.person.addItem(self.tr("Elija una persona…"), None)
        for p in people:
            if p.active and p.id not in on_team:
                self.person.addItem(f"{p.name} — {p.title}", p.id)
        self.part = QComboBox(self)
        for part in PARTS:
            self.part.addItem(part_label(part), part.value)
        self.part.setCurrentIndex(self.part.findData(AssignmentRole.EXECUTIVE.value))
        self.form.add("staff_id", self.tr("Persona"), self.person)
        self.form.add("part", self.tr("Papel en la cuenta"), self.part)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 460, 180)
        self.revalidate()

    def collect(self) -> NewMember:
        value = self.person.currentData()
        return NewMember(
            int(value) if value is not None else None, AssignmentRole(self.part.currentData())
        )

    def field_errors(self, data: NewMember) -> FieldErrors:
        return {"staff_id": ("field.required", {})} if data.staff_id is None else {}

    def submit(self, data: NewMember) -> None:
        self.write(add_member, self.account_id, data.staff_id, data.part)


class LeadDialog(FormDialog):
    """«Cambiar responsable…»: an executive or above of the account's group."""

    def __init__(
        self,
        ops: Operations,
        detail: AccountDetail,
        people: Sequence[StaffRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(
            self.tr("Cambiar el responsable de %1").replace("%1", detail.trade_name)
        )
        self.setObjectName("leadDialog")
        self.account_id = detail.id
        self.version = detail.version  # a lead changed meanwhile is not quietly undone
        self.save_button.setText(self.tr("Cambiar"))
        self.form = Form(self)
        self.form.add_row(self.tr("Ahora"), plain_label(detail.lead_executive or "—", self))
        self.person = QComboBox(self)
        self.person.addItem(self.tr("Elija un ejecutivo…"), None)
        for p in people:
            same_group = detail.group_id is None or p.group_id == detail.group_id
            lead = p.id == detail.lead_executive_id
            if p.active and p.role in LEAD_ROLES and same_group and not lead:
                self.person.addItem(f"{p.name} — {p.title}", p.id)
        self.form.add("staff_id", self.tr("Nuevo responsable"), self.person)
        note = self.tr("El responsable anterior sigue en el equipo como ejecutivo.")
        self.form.add_row("", secondary(note))
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 480, 200)
        self.revalidate()

    def collect(self) -> int | None:
        value = self.person.currentData()
        return int(value) if value is not None else None

    def field_errors(self, data: int | None) -> FieldErrors:
        return {"staff_id": ("field.required", {})} if data is None else {}

    def submit(self, data: int | None) -> None:
        # `teams.change_lead`'s checks, answering what undo needs (`agency.lead_change`)
        self.write(reassign_account, self.account_id, data, self.version)


def _team_and_people(db: Any, actor: Any, account_id: int) -> tuple[AccountDetail, list[StaffRow]]:
    return get_account(db, actor, account_id), list_staff(db, actor, active=True)


class AccountTeamDialog(QDialog):
    """The account's team; `can_manage` False shows it without the buttons. Each change
    is a step of the window's undo `history` (`team_undo`); undone or redone, the table
    reads the team again."""

    def __init__(
        self,
        ops: Operations,
        account_id: int,
        can_manage: bool,
        toast: Any = None,
        parent: QWidget | None = None,
        *,
        history: UndoHistory | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountTeamDialog")
        self.history = history
        if history is not None:  # an undo of a team change: show the team as it is now
            history.done.connect(self._history_moved)
            history.refused.connect(self._history_moved)
        self.setWindowTitle(self.tr("Equipo de la cuenta"))
        self.ops = ops
        self.account_id = account_id
        self.can_manage = can_manage
        self.toast = toast or (lambda _m: None)
        self.detail: AccountDetail | None = None
        self.people: list[StaffRow] = []
        self.child: QDialog | None = None
        self.last_message = ""

        self.heading = plain_label("", self)
        self.heading.setProperty("role", "secondary")
        self.model = RowsModel(
            [
                Column(self.tr("Nombre"), lambda m: m.name),
                Column(self.tr("Papel en la cuenta"), lambda m: part_label(m.part)),
                Column(self.tr("Cargo"), lambda m: title_shown(m.title, m.role)),
            ],
            self,
        )
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        set_widths(self.table.horizontalHeader(), (220, 170, 200))
        self.add_button = QPushButton(self.tr("Añadir…"), self)
        self.remove_button = QPushButton(self.tr("Quitar"), self)
        self.lead_button = QPushButton(self.tr("Cambiar responsable…"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.lead_button.clicked.connect(self.change_lead)
        row = QHBoxLayout()
        row.setSpacing(8)
        # another lead is a reassignment: a director's, not the administrator's (role table)
        may_reassign = scope_for(ops.actor.role, Action.REASSIGN_ACCOUNTS) is not Scope.NONE
        for button in (self.add_button, self.remove_button, self.lead_button):
            button.setVisible(can_manage and (button is not self.lead_button or may_reassign))
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(self)
        close_button = close.addButton(self.tr("Cerrar"), QDialogButtonBox.ButtonRole.RejectRole)
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 16, 16, 16)
        column.setSpacing(8)
        column.addWidget(self.heading)
        column.addLayout(row)
        column.addWidget(self.table, 1)
        column.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        resize_within_screen(self, 640, 420)
        self._update()
        self.reload()

    # -- reading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.ops.read(
            _team_and_people,
            self.account_id,
            on_done=self._arrived,
            on_error=self._report,
            key=f"people.team.{self.account_id}",
        )

    def _arrived(self, found: tuple[AccountDetail, list[StaffRow]]) -> None:
        self.detail, self.people = found
        self.setWindowTitle(self.tr("Equipo de %1").replace("%1", self.detail.trade_name))
        lead = self.detail.lead_executive or self.tr("sin responsable")
        self.heading.setText(
            fill(self.tr("%1 · Responsable: %2"), self.detail.group or self.tr("Sin grupo"), lead)
        )
        self.model.set_rows(self.detail.team)
        self._update()

    def selected(self) -> TeamMember | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, TeamMember) else None

    def _update(self) -> None:
        member = self.selected()
        loaded = self.detail is not None
        self.add_button.setEnabled(loaded)
        self.lead_button.setEnabled(loaded)
        is_lead = member is not None and member.part is AssignmentRole.LEAD_EXECUTIVE
        self.remove_button.setEnabled(member is not None and not is_lead)
        self.remove_button.setToolTip(
            self.tr("Antes de quitar al responsable, elija otro con «Cambiar responsable…».")
            if is_lead
            else ""
        )

    # -- changing -------------------------------------------------------------------------------
    def add(self) -> None:
        if self.detail is None:
            return
        on_team = {m.staff_id for m in self.detail.team}
        dialog = AddMemberDialog(self.ops, self.account_id, self.people, on_team, self)
        dialog.saved.connect(self._added)
        self._open(dialog)

    def change_lead(self) -> None:
        if self.detail is not None:
            dialog = LeadDialog(self.ops, self.detail, self.people, self)
            dialog.saved.connect(self._lead_changed)
            self._open(dialog)

    def _name(self, staff_id: int) -> str:
        return next((p.name for p in self.people if p.id == staff_id), "")

    def _added(self, result: Any, data: NewMember) -> None:
        if self.history is not None and self.detail is not None and data.staff_id is not None:
            name, account = self._name(data.staff_id), self.detail.trade_name
            push_member(self.history, result, data.staff_id, name, data.part, account, added=True)

    def _lead_changed(self, done: Any, staff_id: int) -> None:
        if self.history is not None and self.detail is not None:
            push_lead(self.history, done, staff_id, self._name(staff_id), self.detail.trade_name)

    def _history_moved(self, _message: str) -> None:
        self.reload()

    def _open(self, dialog: FormDialog) -> None:
        dialog.saved.connect(lambda *_a: self._saved(self.tr("Equipo actualizado")))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.child = dialog
        dialog.open()

    def remove_selected(self) -> None:
        member = self.selected()
        if member is None or self.detail is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Quitar del equipo"),
            fill(
                self.tr(
                    "¿Quitar a %1 del equipo de %2? Dejará de ver la cuenta si no la ve "
                    "por su grupo."
                ),
                member.name,
                self.detail.trade_name,
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton(self.tr("Quitar"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(_result: int) -> None:
            if box.clickedButton() is remove:
                self.ops.write(
                    remove_member,
                    self.account_id,
                    member.staff_id,
                    on_done=lambda result: self._removed(result, member),
                    on_error=self._report,
                )

        box.finished.connect(answered)
        self.child = box
        box.open()

    def _removed(self, result: Any, member: TeamMember) -> None:
        if self.history is not None and self.detail is not None:
            push_member(
                self.history,
                result,
                member.staff_id,
                member.name,
                member.part,
                self.detail.trade_name,
                added=False,
            )
        self._saved(self.tr("%1 ya no está en el equipo").replace("%1", member.name))

    def _saved(self, message: str) -> None:
        self.toast(message)
        self.reload()

    def _report(self, error: BaseException) -> None:
        self.last_message = error_text(error)
        show_message(self, self.windowTitle(), self.last_message, QMessageBox.Icon.Warning)

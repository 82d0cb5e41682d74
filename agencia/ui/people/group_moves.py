"""«Cambiar director…», «Mover personas…» and «Mover cuentas…» on the account groups tab.

A move is asked twice on purpose: the form says from which group, what and where to;
then the service's plan (`group_moves.plan_move`) is shown line by line — who moves, the
accounts that go with their lead, the new reporting lines and leads — and only a «Mover»
there moves it, in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QMessageBox, QWidget

from agencia.domain.enums import LEAD_ROLES, Role
from agencia.services.people.group_moves import MovePlan, move_to_group, plan_move, set_director
from agencia.services.people.views import GroupRow, StaffRow
from agencia.services.results import Option
from agencia.ui.ops import Operations
from agencia.ui.people.group_move_undo import push_moved
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import plain_label
from agencia.ui.widgets.undo import UndoHistory

STAFF, ACCOUNTS = "staff", "accounts"


class DirectorDialog(FormDialog):
    """Another director for `group`: an active account director directing no other group."""

    def __init__(
        self,
        ops: Operations,
        group: GroupRow,
        people: Sequence[StaffRow],
        groups: Sequence[GroupRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("groupDirectorDialog")
        self.group = group
        self.setWindowTitle(self.tr("Director/a de «%1»").replace("%1", group.name))
        self.form = Form(self)
        self.form.add_row(self.tr("Ahora"), plain_label(group.director or "—", self))
        self.director = QComboBox(self)
        self.director.addItem(self.tr("Elija un director/a…"), None)
        busy = {g.director_id for g in groups if g.id != group.id}
        for person in people:
            if (
                person.active
                and person.role is Role.ACCOUNT_DIRECTOR
                and person.id not in busy
                and person.id != group.director_id
            ):
                self.director.addItem(person.name, person.id)
        self.form.add("director_id", self.tr("Nuevo director/a"), self.director)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        self.save_button.setText(self.tr("Cambiar"))
        resize_within_screen(self, 460, 180)
        self.revalidate()

    def collect(self) -> int | None:
        value = self.director.currentData()
        return int(value) if value is not None else None

    def field_errors(self, data: int | None) -> FieldErrors:
        return {} if data is not None else {"director_id": ("field.required", {})}

    def submit(self, data: int | None) -> None:
        self.write(set_director, self.group.id, data, self.group.version)


@dataclass(frozen=True, slots=True)
class Move:
    group_id: int | None
    ids: tuple[int, ...]
    lead_id: int | None


class MoveDialog(FormDialog):
    """People (`kind` STAFF) or accounts (ACCOUNTS) of `source` into another group; with
    the window's undo `history`, a move of people is a step of it (`group_move_undo`)."""

    def __init__(
        self,
        ops: Operations,
        kind: str,
        source: GroupRow,
        groups: Sequence[GroupRow],
        people: Sequence[StaffRow],
        accounts: Sequence[Option],
        parent: QWidget | None = None,
        history: UndoHistory | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("groupMoveDialog")
        self.kind, self.source, self.people = kind, source, people
        self.history = history
        if history is not None:
            self.saved.connect(lambda plan, _d: self._push(plan))
        self.plan: MovePlan | None = None
        self.box: QMessageBox | None = None  # the plan's confirmation (tests answer it)
        title = (
            self.tr("Mover personas de «%1»") if kind == STAFF else self.tr("Mover cuentas de «%1»")
        )
        self.setWindowTitle(title.replace("%1", source.name))
        self.form = Form(self)
        self.target = QComboBox(self)
        self.target.addItem(self.tr("Elija el grupo de destino…"), None)
        for group in groups:
            if group.id != source.id:
                self.target.addItem(group.name, group.id)
        self.form.add("group_id", self.tr("Al grupo"), self.target)
        self.items = QListWidget(self)
        self.items.setObjectName("moveItems")
        self.items.setMinimumHeight(240)
        if kind == STAFF:
            options = [
                Option(p.id, f"{p.name} — {p.title}")
                for p in people
                if p.active and p.group_id == source.id and p.id != source.director_id
            ]
        else:
            options = list(accounts)
        for option in options:
            item = QListWidgetItem(option.label, self.items)
            item.setData(Qt.ItemDataRole.UserRole, option.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.form.add(
            "ids", self.tr("Personas") if kind == STAFF else self.tr("Cuentas"), self.items
        )
        self.lead = QComboBox(self)
        self.lead.setVisible(kind == ACCOUNTS)  # people move with their own accounts
        if kind == ACCOUNTS:
            self.form.add("lead_id", self.tr("Nuevo responsable"), self.lead)
            self.target.currentIndexChanged.connect(self._fill_leads)
            self._fill_leads()
        self.body.addWidget(self.form)
        self.add_form(self.form)
        self.save_button.setText(self.tr("Mover…"))
        resize_within_screen(self, 560, 460)
        self.revalidate()

    def _fill_leads(self) -> None:
        """Who may lead the accounts in the target group, if their lead is not of it."""
        self.lead.clear()
        self.lead.addItem(self.tr("El mismo, si es del grupo de destino"), None)
        target = self.target.currentData()
        for person in self.people:
            if person.active and person.role in LEAD_ROLES and person.group_id == target:
                self.lead.addItem(person.name, person.id)

    def collect(self) -> Move:
        ids = []
        for n in range(self.items.count()):
            item = self.items.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        group = self.target.currentData()
        lead = self.lead.currentData() if self.kind == ACCOUNTS else None
        return Move(
            int(group) if group is not None else None,
            tuple(ids),
            int(lead) if lead is not None else None,
        )

    def field_errors(self, data: Move) -> FieldErrors:
        errors: FieldErrors = {}
        if data.group_id is None:
            errors["group_id"] = ("field.required", {})
        if not data.ids:
            errors["ids"] = ("group.nothing_chosen", {})
        return errors

    def _args(self, data: Move) -> tuple[object, ...]:
        staff, accounts = (data.ids, ()) if self.kind == STAFF else ((), data.ids)
        return (data.group_id, staff, accounts, data.lead_id)

    def submit(self, data: Move) -> None:
        """First the plan (a read), then the confirmation that says what moves."""
        self.ops.read(plan_move, *self._args(data), on_done=self._confirm, on_error=self._failed)

    def _confirm(self, plan: MovePlan) -> None:
        self.plan = plan
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Mover a «%1»").replace("%1", plan.group),
            self.tr("Esto es lo que cambia:"),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText("\n".join(f"• {line}" for line in plan.texts()))
        yes = box.addButton(self.tr("Mover"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.finished.connect(lambda _r: self._decided(box.clickedButton() is yes))
        self.box = box
        box.open()

    def _push(self, plan: MovePlan) -> None:
        if self.history is None or self.kind != STAFF:
            return
        names = {p.id: p.name for p in self.people}
        push_moved(self.history, plan, self.source.id, [names.get(i, "—") for i in plan.people])

    def _decided(self, move: bool) -> None:
        if move:
            self.write(move_to_group, *self._args(self.collect()))
        else:
            self._set_saving(False)
            self.save_button.setText(self.tr("Mover…"))
            self.revalidate()

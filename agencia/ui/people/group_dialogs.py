"""«Nuevo grupo…» (its name and director) and «Renombrar grupo…» (`groups`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from agencia.domain import validation as v
from agencia.domain.enums import Role
from agencia.services.people.groups import NAME_MAX, add_group, rename_group
from agencia.services.people.views import GroupRow, StaffRow
from agencia.ui.ops import Operations
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen


@dataclass(frozen=True, slots=True)
class NewGroup:
    name: str
    director_id: int | None


def _name_errors(name: str) -> FieldErrors:
    errors: v.FieldErrors = {}
    v.required(errors, "name", name, NAME_MAX)
    return errors


class GroupDialog(FormDialog):
    """A new group (`group` None) with its director, or a new name for `group`."""

    def __init__(
        self,
        ops: Operations,
        people: Sequence[StaffRow],
        groups: Sequence[GroupRow],
        group: GroupRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("groupDialog")
        self.group = group
        self.setWindowTitle(
            self.tr("Renombrar «%1»").replace("%1", group.name) if group else self.tr("Nuevo grupo")
        )
        self.form = Form(self)
        self.name = QLineEdit(group.name if group else "", self)
        self.form.add("name", self.tr("Nombre"), self.name)
        self.director = QComboBox(self)
        if group is None:
            directing = {g.director_id for g in groups}
            self.director.addItem(self.tr("Sin director por ahora"), None)
            for person in people:
                if (
                    person.active
                    and person.role is Role.ACCOUNT_DIRECTOR
                    and person.id not in directing
                ):
                    self.director.addItem(person.name, person.id)
            self.form.add("director_id", self.tr("Director/a"), self.director)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 460, 180)
        self.revalidate()
        self.name.setFocus()

    def collect(self) -> NewGroup:
        value = self.director.currentData()
        return NewGroup(self.name.text(), int(value) if value is not None else None)

    def field_errors(self, data: NewGroup) -> FieldErrors:
        return _name_errors(data.name)

    def submit(self, data: NewGroup) -> None:
        if self.group is None:
            self.write(add_group, data.name, data.director_id)
        else:
            self.write(rename_group, self.group.id, data.name, self.group.version)

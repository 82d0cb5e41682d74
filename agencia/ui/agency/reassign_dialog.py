"""«Reasignar cuenta…»: the keyboard way to what a director does by drag and drop."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from agencia.domain.enums import LEAD_ROLES
from agencia.domain.messages import role_name
from agencia.services.agency.hierarchy import StaffNode, reassign_account
from agencia.ui.ops import Operations
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import plain_label


class ReassignDialog(FormDialog):
    def __init__(
        self,
        ops: Operations,
        account_id: int,
        version: int,
        account_name: str,
        current_lead: StaffNode | None,
        people: Sequence[StaffNode],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setObjectName("reassignDialog")
        self.setWindowTitle(self.tr("Reasignar cuenta"))
        self.account_id = account_id
        self.version = version  # the account as the director saw it
        self.save_button.setText(self.tr("Reasignar"))
        self.form = Form(self)
        self.form.add_row(self.tr("Cuenta"), plain_label(account_name, self))
        self.form.add_row(
            self.tr("Ejecutivo actual"),
            plain_label(current_lead.name if current_lead else self.tr("Sin asignar"), self),
        )
        self.executive = QComboBox(self)
        self.executive.addItem(self.tr("Elija un ejecutivo…"), None)
        for person in people:
            if person.role not in LEAD_ROLES or not person.active:
                continue
            if current_lead is not None and person.id == current_lead.id:
                continue
            label = f"{person.name} — {role_name(person.role)}"
            if person.group:
                label += f" ({person.group})"
            self.executive.addItem(label, person.id)
        self.form.add("staff_id", self.tr("Nuevo ejecutivo principal"), self.executive)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 520, 200)
        self.revalidate()
        self.executive.setFocus()

    def collect(self) -> int | None:
        value = self.executive.currentData()
        return int(value) if value is not None else None

    def field_errors(self, data: int | None) -> FieldErrors:
        return {} if data is not None else {"staff_id": ("field.required", {})}

    def submit(self, data: int | None) -> None:
        self.write(reassign_account, self.account_id, data, self.version)

"""«Dar de baja…»: says what the person holds and who takes it over, then deactivates
them and hands it all over in one transaction (`handover.deactivate_staff`): either
everything moves, or nothing does."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from agencia.domain.enums import LEAD_ROLES, Role
from agencia.domain.text import fill
from agencia.services.people.handover import FIELD, Deactivated, Holdings, deactivate_staff
from agencia.services.people.views import GroupRow, StaffRow
from agencia.ui.ops import Operations
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import plain_label


class DeactivateDialog(FormDialog):
    """`saved(SaveResult, handover_id | None)` once the person is deactivated."""

    def __init__(
        self,
        ops: Operations,
        person: StaffRow,
        holds: Holdings,
        people: Sequence[StaffRow],
        parent: QWidget | None = None,
        groups: Sequence[GroupRow] = (),
    ) -> None:
        """`groups`: the agency's, so that a director of another group is not offered
        the leaving director's (a director directs one group: `groups.check_director`)."""
        super().__init__(ops, "", parent)
        self.setWindowTitle(self.tr("Dar de baja a %1").replace("%1", person.name))
        self.setObjectName("deactivateDialog")
        self.person = person
        self.holds = holds
        self.directing = {g.director_id for g in groups if g.id not in holds.groups}
        self.save_button.setText(self.tr("Dar de baja"))
        self.form = Form(self)
        self.summary = plain_label(self._summary(), self)
        self.summary.setWordWrap(True)
        self.form.add_row(self.tr("Qué pasa"), self.summary)
        self.successor = QComboBox(self)
        self.successor.setObjectName("successor")
        self.successor.addItem(
            self.tr("Elija quién se hace cargo…") if holds else self.tr("Nadie (no hace falta)"),
            None,
        )
        for other in people:
            if other.id != person.id and other.active and self._may_take_over(other):
                self.successor.addItem(f"{other.name} — {other.title}", other.id)
        self.form.add(FIELD, self.tr("Se hace cargo"), self.successor)
        self.successor.setEnabled(bool(holds))
        self.body.addWidget(self.form)
        self.add_form(self.form)
        resize_within_screen(self, 560, 260)
        self.revalidate()

    def _may_take_over(self, other: StaffRow) -> bool:
        """Only whom the service would accept for what there is to take over."""
        if self.holds.groups and (
            other.role is not Role.ACCOUNT_DIRECTOR or other.id in self.directing
        ):
            return False
        return not (self.holds.accounts or self.holds.campaigns) or other.role in LEAD_ROLES

    def _summary(self) -> str:
        h = self.holds
        parts = [
            self.tr("%n cuenta(s) que lidera", "", len(h.accounts)) if h.accounts else "",
            self.tr("%n campaña(s) abierta(s)", "", len(h.campaigns)) if h.campaigns else "",
            self.tr("%n solicitud(es) de servicio abierta(s)", "", len(h.requests))
            if h.requests
            else "",
            self.tr("%n tarea(s) abierta(s) asignada(s)", "", len(h.tasks)) if h.tasks else "",
            self.tr("%n acción(es) de mejora abierta(s)", "", len(h.improvements))
            if h.improvements
            else "",
            self.tr("la dirección de %n grupo(s)", "", len(h.groups)) if h.groups else "",
            self.tr("%n persona(s) a su cargo", "", len(h.reports)) if h.reports else "",
        ]
        held = ", ".join(p for p in parts if p)
        name = self.person.name
        ended = (
            " "
            + self.tr(
                "Terminan %n delegación(es) de aprobación que recibió: quien la(s) dio "
                "elige a otra persona.",
                "",
                len(h.delegations),
            )
            if h.delegations
            else ""
        )
        if not held:
            return (
                self.tr(
                    "%1 pasará a «De baja» y no podrá iniciar sesión. Su historial se "
                    "conserva y puede reactivarse."
                ).replace("%1", name)
                + ended
            )
        return (
            fill(
                self.tr(
                    "%1 pasará a «De baja» y no podrá iniciar sesión. Pasarán a quien elija: %2."
                ),
                name,
                held,
            )
            + ended
        )

    def done_text(self, result: object) -> str:
        """What the toast says once done: what moved to whom, or that they left."""
        if isinstance(result, Deactivated) and (result.moved or result.ended):
            return result.said(self.person.name)
        return self.tr("%1, dado/a de baja").replace("%1", self.person.name)

    def collect(self) -> int | None:
        value = self.successor.currentData()
        return int(value) if value is not None else None

    def field_errors(self, data: int | None) -> FieldErrors:
        if self.holds and data is None:
            return {FIELD: ("staff.handover_needed", {"name": self.person.name})}
        return {}

    def submit(self, data: int | None) -> None:
        self.write(deactivate_staff, self.person.id, data, self.person.version)

"""«Añadir persona» and «Editar persona»: every field the service takes, its own validator
live under each field, and the reporting line's refusal (a cycle, a boss lower on the
ladder) under «Depende de» when the service answers.

A new person's role, title gender and department start unchosen and must be chosen
(every person has one of each, DESIGN.md's people model): none is right for most people,
and a preselected one is saved by whoever does not look. The optional group and boss
start at their «none» («Sin grupo», «Nadie»).
A new person with the name or e-mail of someone already in the list is shown to whoever
saves before it is saved (save anyway only when confirmed), as accounts do for a tax ID."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agencia.domain.enums import Department, Role, TitleGender
from agencia.domain.labels import role_title
from agencia.domain.text import words
from agencia.services.people.staff_edit import (
    StaffInput,
    add_staff,
    edit_staff,
    input_from_detail,
    validate_staff,
)
from agencia.services.people.views import GroupRow, StaffDetail, StaffRow
from agencia.ui.ops import Operations
from agencia.ui.people.labels import department_label, gender_label, role_label
from agencia.ui.widgets.form import Form
from agencia.ui.widgets.form_dialog import FieldErrors, FormDialog
from agencia.ui.widgets.screen_fit import resize_within_screen
from agencia.ui.widgets.text import plain_label

ROLES = (
    Role.TRAINEE,
    Role.ASSISTANT,
    Role.JUNIOR_ACCOUNT_EXECUTIVE,
    Role.ACCOUNT_EXECUTIVE,
    Role.ACCOUNT_SUPERVISOR,
    Role.ACCOUNT_MANAGER,
    Role.ACCOUNT_DIRECTOR,
    Role.ADMINISTRATOR,
)


@cache
def _zones() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


def _combo(parent: QWidget, items: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox(parent)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def same_person(people: Sequence[StaffRow], full_name: str, email: str) -> list[StaffRow]:
    """The people already listed with the same name (accents, case and spacing aside) or
    the same e-mail: most likely the person being added a second time."""
    name, mail = words(full_name), email.strip().lower()
    return [
        p
        for p in people
        if (name and words(p.name) == name) or (mail and p.email.strip().lower() == mail)
    ]


class DuplicatePersonDialog(QDialog):
    """Asked before a new person is saved who looks like someone already there: the
    existing people named, with title and e-mail; «Guardar igualmente» or «Cancelar»."""

    def __init__(self, found: Sequence[StaffRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("¿Persona repetida?"))
        self.setObjectName("duplicatePerson")
        layout = QVBoxLayout(self)
        said = QLabel(
            self.tr("Ya hay en la agencia alguien con ese nombre o ese correo:")
            if len(found) == 1
            else self.tr("Ya hay en la agencia personas con ese nombre o ese correo:"),
            self,
        )
        said.setWordWrap(True)
        layout.addWidget(said)
        lines = []
        for p in found:
            line = " — ".join(part for part in (p.name, p.title, p.email) if part)
            lines.append(line if p.active else self.tr("%1 (dada de baja)").replace("%1", line))
        self.existing = plain_label("\n".join(lines), self)  # names are data, not markup
        self.existing.setObjectName("duplicateExisting")
        self.existing.setWordWrap(True)
        layout.addWidget(self.existing)
        question = QLabel(
            self.tr("¿Es otra persona? Guárdela solo si está seguro; si no, cancele."), self
        )
        question.setWordWrap(True)
        layout.addWidget(question)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Guardar igualmente"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)  # Enter does not add the same person twice
        self.save_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PersonFormDialog(FormDialog):
    """A new person (`detail` None) or an edit of one; `saved(SaveResult, StaffInput)`."""

    def __init__(
        self,
        ops: Operations,
        people: Sequence[StaffRow],
        groups: Sequence[GroupRow],
        detail: StaffDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, "", parent)
        self.setWindowTitle(
            self.tr("Editar a %1").replace("%1", detail.row.name)
            if detail
            else self.tr("Añadir persona")
        )
        self.setObjectName("personForm")
        self.detail = detail
        self.full_name = QLineEdit(self)
        self.role = _combo(self, [(role_label(r), r.value) for r in ROLES])
        self.gender = _combo(self, [(gender_label(g), g.value) for g in TitleGender])
        self.people = list(people)
        if detail is None:  # chosen, never preselected: see the module's docstring
            self.role.setCurrentIndex(-1)
            self.role.setPlaceholderText(self.tr("Elija el rol"))
            self.gender.setCurrentIndex(-1)
            self.gender.setPlaceholderText(
                self.tr("Elija cómo se dice su cargo (Directora, Director)")
            )
        self.title_edit = QLineEdit(self)
        self.department = _combo(self, [(department_label(d), d.value) for d in Department])
        if detail is None:
            self.department.setCurrentIndex(-1)
            self.department.setPlaceholderText(self.tr("Elija el departamento"))
        self.group = _combo(self, [(self.tr("Sin grupo"), None), *((g.name, g.id) for g in groups)])
        others = [p for p in people if p.active and (detail is None or p.id != detail.row.id)]
        self.reports_to = _combo(
            self,
            [
                (self.tr("Nadie"), None),
                *((f"{p.name} — {p.title}", p.id) for p in others),
            ],
        )
        self.email = QLineEdit(self)
        self.email.setPlaceholderText("nombre@agencia.es")
        self.phone = QLineEdit(self)
        self.extension = QLineEdit(self)
        self.extension.setMaximumWidth(120)
        self.time_zone = QLineEdit(self)
        self.time_zone.setPlaceholderText(self.tr("La de la agencia (p. ej. Europe/Madrid)"))
        completer = QCompleter(_zones(), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)

        self.form = Form(self)
        self.form.add("full_name", self.tr("Nombre y apellidos"), self.full_name)
        self.form.add("role", self.tr("Rol"), self.role)
        self.form.add("title_gender", self.tr("Género del cargo"), self.gender)
        self.form.add("title", self.tr("Cargo"), self.title_edit)
        self.form.add("department", self.tr("Departamento"), self.department)
        self.form.add("group_id", self.tr("Grupo de cuentas"), self.group)
        self.form.add("reports_to_id", self.tr("Depende de"), self.reports_to)
        self.form.add("email", self.tr("Correo electrónico"), self.email)
        self.form.add("phone", self.tr("Teléfono"), self.phone)
        self.form.add("extension", self.tr("Extensión"), self.extension)
        self.form.add("time_zone", self.tr("Zona horaria"), self.time_zone)
        self.body.addWidget(self.form)
        self.add_form(self.form)
        if detail is not None:
            self._fill(input_from_detail(detail))
        self.role.currentIndexChanged.connect(self._suggest_title)
        self.gender.currentIndexChanged.connect(self._suggest_title)
        self._suggest_title()
        resize_within_screen(self, 560, 520)
        self.revalidate()
        self.full_name.setFocus()

    def _fill(self, data: StaffInput) -> None:
        self.full_name.setText(data.full_name)
        self.role.setCurrentIndex(max(self.role.findData(data.role.value), 0))
        self.gender.setCurrentIndex(max(self.gender.findData(data.title_gender.value), 0))
        if data.title != role_title(data.role, data.title_gender):
            self.title_edit.setText(data.title)  # the agency's own; a default stays empty
        self.department.setCurrentIndex(max(self.department.findData(data.department.value), 0))
        self.group.setCurrentIndex(max(self.group.findData(data.group_id), 0))
        self.reports_to.setCurrentIndex(max(self.reports_to.findData(data.reports_to_id), 0))
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.extension.setText(data.extension)
        self.time_zone.setText(data.time_zone)

    def _suggest_title(self) -> None:
        """An empty title takes the role's in the person's gender: say which."""
        role, gender = self.role.currentData(), self.gender.currentData()
        if role is None or gender is None:
            self.title_edit.setPlaceholderText(self.tr("El del rol si lo deja vacío"))
            return
        default = role_title(Role(role), TitleGender(gender))
        self.title_edit.setPlaceholderText(
            self.tr("%1 (el del rol si lo deja vacío)").replace("%1", default)
        )

    def collect(self) -> StaffInput:
        # an unchosen role, gender or department reads as the lowest role, masculine,
        # accounts, only so that the input is whole: `field_errors` refuses to save it
        # until all three are chosen
        return StaffInput(
            full_name=self.full_name.text(),
            role=Role(self.role.currentData() or Role.TRAINEE.value),
            title=self.title_edit.text(),
            title_gender=TitleGender(self.gender.currentData() or TitleGender.MASCULINE.value),
            department=Department(self.department.currentData() or Department.ACCOUNTS.value),
            email=self.email.text(),
            phone=self.phone.text(),
            extension=self.extension.text(),
            time_zone=self.time_zone.text(),
            reports_to_id=self.reports_to.currentData(),
            group_id=self.group.currentData(),
        )

    def field_errors(self, data: StaffInput) -> FieldErrors:
        errors = dict(validate_staff(data))
        if self.role.currentIndex() < 0:
            errors.setdefault("role", ("field.required", {}))
        if self.gender.currentIndex() < 0:
            errors.setdefault("title_gender", ("field.required", {}))
        if self.department.currentIndex() < 0:
            errors.setdefault("department", ("field.required", {}))
        return errors

    def submit(self, data: StaffInput) -> None:
        if self.detail is None:
            found = same_person(self.people, data.full_name, data.email)
            if found and not self.ask_duplicate(found):  # before saving, not after
                self._set_saving(False)
                self.save_button.setText(self.tr("Guardar"))
                self.revalidate()
                return
            self.write(add_staff, data)
        else:
            self.write(edit_staff, self.detail.row.id, data, self.detail.row.version)

    def ask_duplicate(self, found: Sequence[StaffRow]) -> bool:
        """True to save the new person anyway, having seen who is already there."""
        return DuplicatePersonDialog(found, self).exec() == QDialog.DialogCode.Accepted

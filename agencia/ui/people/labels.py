"""What the people area calls things, in the person's language.

Enum words (roles, departments, parts on a team) come from the one catalogue
(`agencia.domain.labels`); the area's own words go through Qt's translator under the
context "PeopleLabels", so the English .ts file picks them up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agencia.domain.enums import AssignmentRole, Department, Role, TitleGender
from agencia.domain.labels import label, role_title
from agencia.services.people.views import StaffRow
from agencia.ui.widgets.status_chip import Chip

translate = QCoreApplication.translate

GREEN, AMBER, GREY, RED = "#2e7d32", "#b26a00", "#6d6d6d", "#c62828"


def role_label(role: Role, gender: TitleGender = TitleGender.MASCULINE) -> str:
    """The role as it reads for a person of `gender` (Directora de cuentas), like the
    default job title beside it."""
    return role_title(role, gender)


def department_label(department: Department) -> str:
    return label(department)


def gender_label(gender: TitleGender) -> str:
    return label(gender)


def part_label(part: AssignmentRole) -> str:
    return label(part)


def sign_in_text(row: StaffRow) -> str:
    """Where the person's sign-in stands, as the list's chip says it: a person «de baja»
    signs in nowhere, whatever their sign-in row says."""
    if not row.login:
        return translate("PeopleLabels", "Sin usuario")
    if not row.active:
        return translate("PeopleLabels", "De baja")
    if row.user_active is False:
        return translate("PeopleLabels", "Usuario desactivado")
    if row.locked:
        return translate("PeopleLabels", "Bloqueado")
    if row.must_change_password:
        return translate("PeopleLabels", "Cambiar contraseña")
    return translate("PeopleLabels", "Activo")


def sign_in_explained(row: StaffRow) -> str:
    """The sign-in's state with what the administrator can do about it (the panel)."""
    if row.login and not row.active:
        return translate(
            "PeopleLabels", "De baja: no puede iniciar sesión hasta que se le reactive."
        )
    if row.login and row.user_active is False:
        return translate(
            "PeopleLabels", "Usuario desactivado: no puede iniciar sesión hasta que lo active."
        )
    if row.login and row.locked:
        return translate(
            "PeopleLabels",
            "Bloqueado por intentos fallidos: cada intento tarda más hasta que lo desbloquee.",
        )
    return sign_in_text(row)


def sign_in_chip(row: StaffRow) -> Chip:
    """The same as a chip: colour and text."""
    if not row.login or not row.active:
        color = GREY
    elif row.user_active is False or row.locked:
        color = RED
    elif row.must_change_password:
        color = AMBER
    else:
        color = GREEN
    return Chip(sign_in_text(row), color)


def person_state(row: StaffRow) -> str:
    return (
        translate("PeopleLabels", "En activo")
        if row.active
        else translate("PeopleLabels", "De baja")
    )

"""In the English window a default job title (none typed by the agency: the role's title
stored in the agency's Spanish) reads in English — Team ▸ Position and People's list read
«Directora de cuentas», «Ejecutivo de cuenta Jr.», «Administrador» — and a title the
agency typed stays as typed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from agencia.domain import messages
from agencia.domain.enums import Department, Role, TitleGender
from agencia.services.agency.hierarchy import StaffNode
from agencia.services.people.views import StaffRow
from agencia.ui.agency.hierarchy_model import HierarchyModel
from agencia.ui.people.staff_list import StaffModel

SHE, HE = TitleGender.FEMININE, TitleGender.MASCULINE
PEOPLE = (
    (1, "Carmen Sáez", Role.ACCOUNT_DIRECTOR, "Directora de cuentas", SHE),
    (2, "Luis Gómez", Role.JUNIOR_ACCOUNT_EXECUTIVE, "Ejecutivo de cuenta Jr.", HE),
    (3, "Ana Ruiz", Role.ADMINISTRATOR, "Administrador", HE),
    (4, "Eva Mora", Role.ACCOUNT_EXECUTIVE, "Responsable de Innovación", SHE),
)
ENGLISH = [
    "Account Director",
    "Junior Account Executive",
    "Administrator",
    "Responsable de Innovación",
]


def test_team_position_reads_default_titles_in_english(qtbot: QtBot) -> None:
    messages.set_language("en")  # (the conftest puts the language back)
    model = HierarchyModel(can_reassign=False)
    model.set_people(
        [
            StaffNode(i, name, role, title, "accounts", "", None, None, "", (), True, 0, gender)
            for i, name, role, title, gender in PEOPLE
        ]
    )
    shown = [model.index(n, 2).data() for n in range(model.rowCount())]
    assert shown == ENGLISH


def test_people_list_reads_default_titles_in_english(qtbot: QtBot) -> None:
    messages.set_language("en")
    model = StaffModel()
    model.set_rows(
        [
            StaffRow(
                i,
                name,
                title,
                role,
                Department.ACCOUNTS,
                None,
                "",
                None,
                "",
                "",
                "",
                True,
                version=1,
                title_gender=gender,
            )
            for i, name, role, title, gender in PEOPLE
        ]
    )
    assert [model.index(n, 1).data() for n in range(model.rowCount())] == ENGLISH

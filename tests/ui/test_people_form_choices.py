"""«Añadir persona» protects the data: role, title gender and department are chosen,
never preselected (the optional group and boss start at «none»), and a person who looks
already there (same name or e-mail) is shown before saving — saved again only when
confirmed."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import until
from people_support import open_people
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.enums import Department, Role
from agencia.domain.text import words
from agencia.services.people.views import get_staff, list_staff
from agencia.ui.people.controller import PeopleController
from agencia.ui.people.person_form import DuplicatePersonDialog, PersonFormDialog

REQUIRED = "Este campo es obligatorio."


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def _new_form(controller: PeopleController) -> PersonFormDialog:
    controller.new_person()
    form = controller.dialog
    assert isinstance(form, PersonFormDialog)
    return form


def _choose(form: PersonFormDialog, role: Role = Role.ACCOUNT_EXECUTIVE) -> None:
    form.role.setCurrentIndex(form.role.findData(role.value))
    form.gender.setCurrentIndex(form.gender.findData("feminine"))
    form.department.setCurrentIndex(form.department.findData(Department.ACCOUNTS.value))


def _named(agency: Agency, name: str) -> list[str]:
    return [p.title for p in list_staff(agency.db, agency.admin) if p.name == name]


def test_role_and_title_gender_start_unchosen_and_must_be_chosen(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    form = _new_form(controller)
    assert (form.role.currentIndex(), form.gender.currentIndex()) == (-1, -1)
    assert form.role.currentText() == "" and form.role.placeholderText()
    form.full_name.setText("Nuria Vidal Sanz")
    form.form.reveal_all()
    assert not form.save_button.isEnabled()
    assert form.form.error("role") == REQUIRED
    assert form.form.error("title_gender") == REQUIRED
    form.save()  # refused, nothing written
    assert form.isVisible() and not _named(agency, "Nuria Vidal Sanz")
    form.role.setCurrentIndex(form.role.findData(Role.ACCOUNT_SUPERVISOR.value))
    assert not form.form.error("role") and form.form.error("title_gender") == REQUIRED
    assert not form.save_button.isEnabled()
    form.gender.setCurrentIndex(form.gender.findData("feminine"))
    assert form.title_edit.placeholderText().startswith("Supervisora de cuentas")
    form.department.setCurrentIndex(form.department.findData(Department.ACCOUNTS.value))
    assert form.save_button.isEnabled()
    form.save()
    qtbot.waitUntil(until(lambda: not form.isVisible()))
    assert _named(agency, "Nuria Vidal Sanz") == ["Supervisora de cuentas"]


def test_the_department_starts_unchosen_and_must_be_chosen(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    form = _new_form(controller)
    assert form.department.currentIndex() == -1 and form.department.currentText() == ""
    assert form.department.placeholderText()
    # the optional fields start at their «none»
    assert (form.group.currentData(), form.reports_to.currentData()) == (None, None)
    form.full_name.setText("Nuria Vidal Sanz")
    form.role.setCurrentIndex(form.role.findData(Role.ACCOUNT_EXECUTIVE.value))
    form.gender.setCurrentIndex(form.gender.findData("feminine"))
    form.form.reveal_all()
    assert form.form.error("department") == REQUIRED
    assert not form.save_button.isEnabled()
    form.save()  # refused, nothing written
    assert form.isVisible() and not _named(agency, "Nuria Vidal Sanz")
    form.department.setCurrentIndex(form.department.findData(Department.CREATIVE.value))
    assert not form.form.error("department") and form.save_button.isEnabled()
    form.save()
    qtbot.waitUntil(until(lambda: not form.isVisible()))
    saved = [p for p in list_staff(agency.db, agency.admin) if p.name == "Nuria Vidal Sanz"]
    assert [p.department for p in saved] == [Department.CREATIVE]


def test_editing_keeps_the_persons_own_role_and_gender(qtbot: QtBot, agency: Agency) -> None:
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    assert controller.list_view.select(agency.staff["raul"])
    controller.edit()
    form = controller.dialog
    assert isinstance(form, PersonFormDialog)
    assert form.role.currentData() == Role.ACCOUNT_EXECUTIVE.value
    person = get_staff(agency.db, agency.admin, agency.staff["raul"])
    assert form.department.currentData() == person.row.department.value
    assert form.gender.currentIndex() >= 0 and form.save_button.isEnabled()


def test_the_same_name_again_is_shown_before_saving_and_saved_only_when_confirmed(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    form = _new_form(controller)
    form.full_name.setText("raul  jimenez prieto")  # accents, case and spaces aside
    _choose(form)
    seen: list[str] = []

    def answer(confirm: bool) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, DuplicatePersonDialog)
        seen.append(box.existing.text())
        assert box.cancel_button.isDefault()  # Enter does not add them twice
        (box.save_button if confirm else box.cancel_button).click()

    QTimer.singleShot(0, lambda: answer(False))
    form.save()
    assert "Raúl Jiménez Prieto" in seen[0]
    assert form.isVisible() and form.save_button.isEnabled()
    assert form.save_button.text() == "Guardar"
    assert _named(agency, "raul  jimenez prieto") == []
    assert len(_named(agency, "Raúl Jiménez Prieto")) == 1

    QTimer.singleShot(0, lambda: answer(True))
    form.save()
    qtbot.waitUntil(until(lambda: not form.isVisible()))
    assert len(seen) == 2
    names = [p.name for p in list_staff(agency.db, agency.admin)]
    assert sum(words(n) == ["raul", "jimenez", "prieto"] for n in names) == 2, names


def test_a_new_person_is_saved_at_once_and_their_e_mail_again_is_shown(
    qtbot: QtBot, agency: Agency
) -> None:
    _area, controller, _ = open_people(qtbot, agency, agency.admin)
    form = _new_form(controller)
    form.full_name.setText("Nuria Vidal Sanz")
    form.email.setText("nuria@agencia.es")
    _choose(form)
    form.save()  # nobody like her: no question
    qtbot.waitUntil(until(lambda: not form.isVisible()))
    qtbot.waitUntil(until(lambda: any(p.name == "Nuria Vidal Sanz" for p in controller.people)))

    again = _new_form(controller)
    again.full_name.setText("Nuria Vidal")
    again.email.setText("NURIA@agencia.es ")
    _choose(again)
    seen: list[str] = []

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, DuplicatePersonDialog)
        seen.append(box.existing.text())
        box.cancel_button.click()

    QTimer.singleShot(0, cancel)
    again.save()
    assert seen and "Nuria Vidal Sanz" in seen[0] and "nuria@agencia.es" in seen[0]
    assert again.isVisible() and not _named(agency, "Nuria Vidal")

"""The account groups tab: another director, people and accounts moved between groups,
each move confirmed with what moves before anything does."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import until
from people_support import confirm, open_people, pick
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Role
from agencia.services.accounts import queries as accounts
from agencia.services.people.views import get_staff
from agencia.ui.actions import ActionId
from agencia.ui.people.controller import PeopleController
from agencia.ui.people.group_moves import DirectorDialog, MoveDialog

A = ActionId


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    return small_agency(sqlite_db)


def open_groups(qtbot: QtBot, agency: Agency) -> tuple[PeopleController, list[str]]:
    _area, controller, recorder = open_people(qtbot, agency, agency.admin)
    qtbot.waitUntil(until(lambda: controller.groups_view.model.rowCount() == 2))
    controller.page.setCurrentIndex(1)
    return controller, recorder.toasts


def choose(controller: PeopleController, name: str) -> None:
    groups = controller.groups_view
    groups.table.select_row(next(n for n in range(2) if groups.model.row(n).name == name))


def move_staff(controller: PeopleController) -> MoveDialog:
    """«Mover personas…» from Gran Consumo, its dialog open."""
    choose(controller, "Gran Consumo")
    controller.actions[A.PEOPLE_MOVE_STAFF].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, MoveDialog)
    return dialog


def test_group_actions_need_a_group(qtbot: QtBot, agency: Agency) -> None:
    controller, _ = open_groups(qtbot, agency)
    assert not controller.actions[A.PEOPLE_MOVE_STAFF].isEnabled()
    choose(controller, "Gran Consumo")
    for action_id in (A.PEOPLE_GROUP_DIRECTOR, A.PEOPLE_MOVE_STAFF, A.PEOPLE_MOVE_ACCOUNTS):
        assert controller.actions[action_id].isEnabled()


def test_a_person_moves_with_her_accounts_after_a_confirmation(
    qtbot: QtBot, agency: Agency
) -> None:
    controller, toasts = open_groups(qtbot, agency)
    dialog = move_staff(controller)
    listed = [dialog.items.item(n).text() for n in range(dialog.items.count())]
    assert not any(t.startswith("Lucía") for t in listed)  # she directs it
    assert not dialog.save_button.isEnabled()
    pick(dialog, "Servicios y Tecnología", "Laura")
    dialog.save()
    box = dialog.box
    assert isinstance(box, QMessageBox)
    lines = box.informativeText().splitlines()
    assert lines == [
        "• Laura Velázquez Gil pasa de «Gran Consumo» a «Servicios y Tecnología».",
        "• Con Laura Velázquez Gil pasan a «Servicios y Tecnología» las cuentas que lidera "
        "(1): AT&T.",
        "• Laura Velázquez Gil dependerá de Andrés Muñoz Beltrán.",
    ]
    laura = agency.staff["laura"]
    assert get_staff(agency.db, agency.admin, laura).row.group == "Gran Consumo"  # not yet
    confirm(qtbot, dialog)
    row = get_staff(agency.db, agency.admin, laura).row
    assert (row.group, row.reports_to) == ("Servicios y Tecnología", "Andrés Muñoz Beltrán")
    assert toasts[-1] == "Movido a «Servicios y Tecnología»"
    att = accounts.get_account(agency.db, SYSTEM, agency.accounts["att"])
    assert att.group_id == agency.groups["servicios"]


def test_a_cancelled_confirmation_moves_nothing(qtbot: QtBot, agency: Agency) -> None:
    controller, _ = open_groups(qtbot, agency)
    dialog = move_staff(controller)
    pick(dialog, "Servicios y Tecnología", "Laura")
    dialog.save()
    assert dialog.box is not None
    dialog.box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert get_staff(agency.db, agency.admin, agency.staff["laura"]).row.group == "Gran Consumo"


def test_an_account_moved_alone_asks_for_its_new_lead(qtbot: QtBot, agency: Agency) -> None:
    controller, _ = open_groups(qtbot, agency)
    choose(controller, "Gran Consumo")
    controller.actions[A.PEOPLE_MOVE_ACCOUNTS].trigger()
    qtbot.waitUntil(until(lambda: isinstance(controller.dialog, MoveDialog)))
    dialog = controller.dialog
    assert isinstance(dialog, MoveDialog)
    pick(dialog, "Servicios y Tecnología", "Coca-Cola")
    dialog.save()  # Álvaro leads it and stays: refused, under the new lead's field
    qtbot.waitUntil(until(lambda: bool(dialog.form.error("lead_id"))))
    assert "elija quién la lidera" in dialog.form.error("lead_id")
    dialog.lead.setCurrentIndex(dialog.lead.findData(agency.staff["raul"]))
    dialog.save()
    assert dialog.box is not None
    assert "«Coca-Cola» la liderará Raúl Jiménez Prieto" in dialog.box.informativeText()
    confirm(qtbot, dialog)
    coca = accounts.get_account(agency.db, SYSTEM, agency.accounts["coca"])
    assert (coca.group_id, coca.lead_executive_id) == (
        agency.groups["servicios"],
        agency.staff["raul"],
    )


def test_a_group_gets_another_director(qtbot: QtBot, agency: Agency) -> None:
    from factories import add_staff

    nuria = add_staff(agency.db, "Nuria Campos Rey", Role.ACCOUNT_DIRECTOR)
    controller, toasts = open_groups(qtbot, agency)
    controller.load()
    qtbot.waitUntil(until(lambda: any(p.id == nuria for p in controller.people)))
    choose(controller, "Gran Consumo")
    controller.actions[A.PEOPLE_GROUP_DIRECTOR].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, DirectorDialog)
    choices = [dialog.director.itemText(n) for n in range(dialog.director.count())]
    assert "Andrés Muñoz Beltrán" not in choices  # he directs the other group
    dialog.director.setCurrentIndex(dialog.director.findData(nuria))
    dialog.save()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    assert toasts[-1] == "Nuevo director/a de «Gran Consumo»"
    qtbot.waitUntil(until(lambda: any(g.director == "Nuria Campos Rey" for g in controller.groups)))


def test_a_move_made_in_the_window_is_a_step_of_its_undo_stack(
    qtbot: QtBot, agency: Agency
) -> None:
    """The groups tab's move lands on the window's undo stack: Deshacer moves her back."""
    from agencia.ui.widgets.undo import undo_history

    controller, _toasts = open_groups(qtbot, agency)
    dialog = move_staff(controller)
    pick(dialog, "Servicios y Tecnología", "Laura")
    dialog.save()
    confirm(qtbot, dialog)
    laura = agency.staff["laura"]
    assert get_staff(agency.db, agency.admin, laura).row.group == "Servicios y Tecnología"
    history = undo_history(controller.ctx)
    assert history.stack.canUndo()
    history.stack.undo()
    qtbot.waitUntil(
        until(lambda: get_staff(agency.db, agency.admin, laura).row.group == "Gran Consumo")
    )

"""The people area in the GUI tests, driven as a person drives it: its page opened, a move
to another account group (the group chosen, people or accounts ticked, «Mover» in the
confirmation), and an account team's dialog (a member added, another lead, one taken off).
Each helper acts; the test waits for what it expects."""

from __future__ import annotations

from factories import Agency
from gui_support import Recorder, make_context, until
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from agencia.domain.actor import Actor
from agencia.domain.enums import AssignmentRole
from agencia.ui.people.area import PeopleArea
from agencia.ui.people.controller import PeopleController
from agencia.ui.people.group_moves import MoveDialog
from agencia.ui.people.team_dialog import AccountTeamDialog, AddMemberDialog, LeadDialog


def open_people(
    qtbot: QtBot, agency: Agency, actor: Actor
) -> tuple[PeopleArea, PeopleController, Recorder]:
    """The «Personas» page shown at 1200×700 for `actor`, its list read. The test keeps
    the area: it owns the controller."""
    ctx, recorder = make_context(agency.db, actor)
    area = PeopleArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    area.activated()
    qtbot.waitUntil(until(lambda: area.controller.list_view.model.rowCount() > 0))
    return area, area.controller, recorder


def pick(dialog: MoveDialog, target: str, *starts: str) -> None:
    """The group named `target` chosen, and every item whose text starts with one of
    `starts` ticked."""
    dialog.target.setCurrentIndex(dialog.target.findText(target))
    for n in range(dialog.items.count()):
        item = dialog.items.item(n)
        if item.text().startswith(starts):
            item.setCheckState(Qt.CheckState.Checked)


def confirm(qtbot: QtBot, dialog: MoveDialog) -> None:
    """«Mover» in the confirmation the last save asked for; the dialog closes once saved."""
    box = dialog.box
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Mover").click()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))


def add_to_team(dialog: AccountTeamDialog, staff_id: int, part: AssignmentRole) -> None:
    """«Añadir…»: `staff_id` saved on the team with `part`."""
    dialog.add()
    add = dialog.child
    assert isinstance(add, AddMemberDialog)
    add.person.setCurrentIndex(add.person.findData(staff_id))
    add.part.setCurrentIndex(add.part.findData(part.value))
    add.save()


def make_lead(dialog: AccountTeamDialog, staff_id: int) -> None:
    """«Cambiar responsable…»: `staff_id` saved as the account's lead."""
    dialog.change_lead()
    lead = dialog.child
    assert isinstance(lead, LeadDialog)
    lead.person.setCurrentIndex(lead.person.findData(staff_id))
    lead.save()


def remove_from_team(dialog: AccountTeamDialog, staff_id: int) -> None:
    """`staff_id`'s row chosen, «Quitar del equipo» and «Quitar» in its question."""
    rows = dialog.model
    dialog.table.select_row(
        next(n for n in range(rows.rowCount()) if rows.row(n).staff_id == staff_id)
    )
    dialog.remove_selected()
    box = dialog.child
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Quitar").click()

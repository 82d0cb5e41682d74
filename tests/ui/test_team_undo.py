"""An account team's changes made in its dialog (add, remove, another lead) are steps of
the window's undo history: undone and redone from the database, named in Edit ▸ Deshacer,
and refused — writing nothing — when someone else changed the team meanwhile."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import make_context, until
from people_support import add_to_team, make_lead, remove_from_team
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.areas import AreaId
from agencia.domain.enums import AssignmentRole
from agencia.services.accounts.queries import get_account
from agencia.services.people.teams import add_member, change_lead, remove_member
from agencia.ui.actions import ActionId
from agencia.ui.area import AppContext
from agencia.ui.people.area import PeopleArea
from agencia.ui.people.team_dialog import AccountTeamDialog
from agencia.ui.shell.edit_menu import EditMenu
from agencia.ui.widgets.undo import undo_history


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)  # SQLite and PostgreSQL


def team_of(agency: Agency) -> dict[int, AssignmentRole]:
    found = get_account(agency.db, agency.admin, agency.accounts["coca"]).team
    return {m.staff_id: m.part for m in found}


def lead_of(agency: Agency) -> int | None:
    return get_account(agency.db, agency.admin, agency.accounts["coca"]).lead_executive_id


def open_team(qtbot: QtBot, agency: Agency) -> tuple[AppContext, AccountTeamDialog]:
    ctx, _ = make_context(agency.db, agency.actor("lucia"))
    dialog = AccountTeamDialog(
        ctx.ops, agency.accounts["coca"], True, ctx.toast, history=undo_history(ctx)
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(until(lambda: dialog.detail is not None))
    return ctx, dialog


def add_laura(qtbot: QtBot, agency: Agency, dialog: AccountTeamDialog) -> None:
    add_to_team(dialog, agency.staff["laura"], AssignmentRole.SUPERVISOR)
    qtbot.waitUntil(until(lambda: agency.staff["laura"] in team_of(agency)))


def test_adding_a_member_is_undone_and_redone(qtbot: QtBot, agency: Agency) -> None:
    ctx, dialog = open_team(qtbot, agency)
    history = undo_history(ctx)
    laura = agency.staff["laura"]
    add_laura(qtbot, agency, dialog)
    text = history.stack.undoText()
    assert text == "Añadir a Laura Velázquez Gil al equipo de «Coca-Cola»"
    assert EditMenu.undo_label(text) == f"Deshacer: {text}"

    history.undo()
    assert laura not in team_of(agency)
    qtbot.waitUntil(until(lambda: laura not in {m.staff_id for m in dialog.model.rows()}))
    assert history.stack.redoText() == text

    history.redo()
    assert team_of(agency)[laura] is AssignmentRole.SUPERVISOR
    qtbot.waitUntil(until(lambda: laura in {m.staff_id for m in dialog.model.rows()}))


def test_removing_a_member_is_undone_with_their_part(qtbot: QtBot, agency: Agency) -> None:
    ctx, dialog = open_team(qtbot, agency)
    history = undo_history(ctx)
    laura = agency.staff["laura"]
    add_member(agency.db, agency.actor("lucia"), agency.accounts["coca"], laura,
               AssignmentRole.SUPERVISOR)  # fmt: skip
    dialog.reload()
    qtbot.waitUntil(until(lambda: laura in {m.staff_id for m in dialog.model.rows()}))
    remove_from_team(dialog, laura)
    qtbot.waitUntil(until(lambda: laura not in team_of(agency)))
    assert history.stack.undoText() == "Quitar a Laura Velázquez Gil del equipo de «Coca-Cola»"

    history.undo()
    assert team_of(agency)[laura] is AssignmentRole.SUPERVISOR  # back with the same part
    history.redo()
    assert laura not in team_of(agency)


def test_another_lead_is_undone_and_redone(qtbot: QtBot, agency: Agency) -> None:
    ctx, dialog = open_team(qtbot, agency)
    history = undo_history(ctx)
    alvaro, marta = agency.staff["alvaro"], agency.staff["marta"]
    assert lead_of(agency) == alvaro
    make_lead(dialog, marta)
    qtbot.waitUntil(until(lambda: lead_of(agency) == marta))
    text = history.stack.undoText()
    assert text == "Cambiar el responsable de «Coca-Cola» a Marta Peña Lozano"

    history.undo()
    assert lead_of(agency) == alvaro
    assert marta not in team_of(agency)  # she joined with the lead: she leaves with it
    history.redo()
    assert lead_of(agency) == marta


def test_undo_after_someone_else_changed_the_team_is_refused(qtbot: QtBot, agency: Agency) -> None:
    ctx, dialog = open_team(qtbot, agency)
    history = undo_history(ctx)
    refused: list[str] = []
    history.refused.connect(refused.append)
    laura = agency.staff["laura"]
    add_laura(qtbot, agency, dialog)
    # someone else takes Laura off and puts her back as an assistant
    other = agency.actor("lucia")
    coca = agency.accounts["coca"]
    remove_member(agency.db, other, coca, laura)
    add_member(agency.db, other, coca, laura, AssignmentRole.ASSISTANT)

    history.undo()
    assert refused and refused[-1].startswith("No se puede deshacer «Añadir a Laura")
    assert team_of(agency)[laura] is AssignmentRole.ASSISTANT  # their work stays
    assert history.stack.count() == 0  # the refused step left the stack


def test_undo_of_a_lead_after_someone_else_changed_it_is_refused(
    qtbot: QtBot, agency: Agency
) -> None:
    ctx, dialog = open_team(qtbot, agency)
    history = undo_history(ctx)
    refused: list[str] = []
    history.refused.connect(refused.append)
    marta, laura = agency.staff["marta"], agency.staff["laura"]
    make_lead(dialog, marta)
    qtbot.waitUntil(until(lambda: lead_of(agency) == marta))
    coca = agency.accounts["coca"]
    other = agency.actor("lucia")
    change_lead(agency.db, other, coca, laura, version=None)

    history.undo()
    assert refused
    assert lead_of(agency) == laura


def test_the_team_offered_on_the_account_page_pushes_on_the_window_history(
    qtbot: QtBot, agency: Agency
) -> None:
    ctx, _ = make_context(agency.db, agency.actor("lucia"))
    area = PeopleArea(ctx)
    ctx.shown.show(AreaId.ACCOUNTS, agency.accounts["coca"], "Coca-Cola")
    ctx.actions.get(ActionId.PEOPLE_ACCOUNT_TEAM).trigger()
    dialog = area.team_dialog
    assert isinstance(dialog, AccountTeamDialog)
    qtbot.waitUntil(until(lambda: dialog.detail is not None))
    add_laura(qtbot, agency, dialog)
    history = undo_history(ctx)
    assert history.stack.undoText().startswith("Añadir a Laura Velázquez Gil")
    history.undo()
    assert agency.staff["laura"] not in team_of(agency)
    dialog.close()

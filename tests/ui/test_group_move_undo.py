"""A confirmed move of people to another account group is a step of the window's undo
history: undone (the person and the accounts that went with her come back) and redone
from the database, named in Edit ▸ Deshacer, and refused — writing nothing — when someone
changed the person meanwhile."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import make_context
from people_support import confirm, pick
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.services.accounts import queries as accounts
from agencia.services.people.group_moves import move_to_group
from agencia.services.people.views import get_staff, list_groups, list_staff
from agencia.ui.area import AppContext
from agencia.ui.people.group_moves import STAFF, MoveDialog
from agencia.ui.shell.edit_menu import EditMenu
from agencia.ui.widgets.undo import undo_history

MOVED = "Mover a Laura Velázquez Gil a «Servicios y Tecnología»"


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)  # SQLite and PostgreSQL


def where(agency: Agency) -> tuple[str, int | None]:
    """Laura's group, and the group of AT&T (the account she leads)."""
    row = get_staff(agency.db, agency.admin, agency.staff["laura"]).row
    att = accounts.get_account(agency.db, SYSTEM, agency.accounts["att"])
    return row.group, att.group_id


def move_laura(qtbot: QtBot, agency: Agency) -> tuple[AppContext, list[str]]:
    ctx, recorder = make_context(agency.db, agency.admin)
    groups = list_groups(agency.db, agency.admin)
    source = next(g for g in groups if g.name == "Gran Consumo")
    people = list_staff(agency.db, agency.admin)
    dialog = MoveDialog(ctx.ops, STAFF, source, groups, people, [], history=undo_history(ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    pick(dialog, "Servicios y Tecnología", "Laura")
    dialog.save()
    confirm(qtbot, dialog)
    assert where(agency) == ("Servicios y Tecnología", agency.groups["servicios"])
    return ctx, recorder.toasts


def test_a_move_is_undone_and_redone(qtbot: QtBot, agency: Agency) -> None:
    ctx, toasts = move_laura(qtbot, agency)
    history = undo_history(ctx)
    text = history.stack.undoText()
    assert text == MOVED
    assert EditMenu.undo_label(text) == f"Deshacer: {MOVED}"

    history.undo()
    assert where(agency) == ("Gran Consumo", agency.groups["consumo"])
    assert toasts[-1] == f"Deshecho: {MOVED}"
    assert history.stack.redoText() == MOVED

    history.redo()
    assert where(agency) == ("Servicios y Tecnología", agency.groups["servicios"])
    assert toasts[-1] == f"Rehecho: {MOVED}"

    history.undo()  # several times over: each save leaves the version the next expects
    assert where(agency) == ("Gran Consumo", agency.groups["consumo"])


def test_an_undo_after_someone_else_moved_her_is_refused(qtbot: QtBot, agency: Agency) -> None:
    ctx, toasts = move_laura(qtbot, agency)
    history = undo_history(ctx)
    laura = agency.staff["laura"]
    # someone else moves her back and on again: she is where the step left her, but changed
    move_to_group(agency.db, agency.admin, agency.groups["consumo"], [laura])
    move_to_group(agency.db, agency.admin, agency.groups["servicios"], [laura])
    before = get_staff(agency.db, agency.admin, laura).row

    history.undo()
    assert where(agency) == ("Servicios y Tecnología", agency.groups["servicios"])
    assert get_staff(agency.db, agency.admin, laura).row == before  # nothing overwritten
    assert toasts[-1].startswith(f"No se puede deshacer «{MOVED}»")
    assert history.stack.count() == 0  # the refused step is gone

"""A person's role reads in their grammatical gender, as their job title does: the team
tree and the people list said «Director de cuentas» beside Lucía's «Directora de
cuentas» (the tour's people-… and team pictures)."""

from __future__ import annotations

import pytest
from factories import Agency, small_agency
from gui_support import make_context, until
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import messages
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import TitleGender
from agencia.domain.models import Staff
from agencia.ui.agency.area import TeamArea
from agencia.ui.people.area import PeopleArea

pytestmark = pytest.mark.gui
ROLE_COLUMN = 1  # in both: name, role…


@pytest.fixture
def agency(sqlite_db: Database) -> Agency:
    agency = small_agency(sqlite_db)
    with unit_of_work(sqlite_db, SYSTEM) as uow:
        lucia = uow.session.get(Staff, agency.staff["lucia"])
        assert lucia is not None
        lucia.title_gender = TitleGender.FEMININE
        lucia.title = "Directora de cuentas"
    return agency


def _people_role(qtbot: QtBot, agency: Agency, staff_id: int) -> str:
    ctx, _ = make_context(agency.db, agency.actor("lucia"))
    area = PeopleArea(ctx)
    page = area.widget()
    qtbot.addWidget(page)
    page.show()
    area.activated()
    model = area.controller.list_view.model
    qtbot.waitUntil(until(lambda: model.rowCount() > 0))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Rol")
    return str(model.index(model.index_of(staff_id), column).data())


def _tree_role(qtbot: QtBot, agency: Agency, staff_id: int) -> str:
    ctx, _ = make_context(agency.db, agency.actor("lucia"))
    area = TeamArea(ctx)
    view = area.widget()
    qtbot.addWidget(view)
    view.show()
    model = area.controller.model
    qtbot.waitUntil(until(lambda: model.rowCount() > 0))
    return str(model.find("staff", staff_id).siblingAtColumn(ROLE_COLUMN).data())


def test_the_people_list_gives_her_role_in_the_feminine(qtbot: QtBot, agency: Agency) -> None:
    assert _people_role(qtbot, agency, agency.staff["lucia"]) == "Directora de cuentas"
    assert _people_role(qtbot, agency, agency.staff["andres"]) == "Director de cuentas"


def test_the_team_tree_gives_her_role_in_the_feminine(qtbot: QtBot, agency: Agency) -> None:
    assert _tree_role(qtbot, agency, agency.staff["lucia"]) == "Directora de cuentas"
    assert _tree_role(qtbot, agency, agency.staff["andres"]) == "Director de cuentas"
    assert messages.language() == "es"

"""Review finding: A picks Sergio in «Reasignar…»; B, on another workstation, gives the
request to Sergio first. A keeps their choice over the conflict: the list was not
refilled, still offered Sergio (who now holds it) and the save wrote a no-op REASSIGN
[Sergio, Sergio]. Now the list is refilled from who holds it now, the choice kept when it
is still among those offered, and nothing is written twice."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from factories import audit_events
from gui_support import until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.services.service import queries, requests
from agencia.ui.actions import ActionId
from agencia.ui.service.request_forms import ReassignDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_forms_support import new_request, service_page, stored_request
from service_world import Desk, service_desk

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def test_a_kept_choice_that_now_holds_it_is_not_offered_again(qtbot: QtBot, desk: Desk) -> None:
    request = new_request(desk, "Factura duplicada")
    area, _ = service_page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    area.open_record(request)
    action = c.ctx.actions.get(ActionId.SERVICE_REASSIGN_REQUEST)
    qtbot.waitUntil(until(lambda: action.isEnabled()))
    c.view.reassign_button.click()
    dialog = c.edits.dialog
    assert isinstance(dialog, ReassignDialog)
    qtbot.waitUntil(until(lambda: dialog.person.count() > 0))
    director = desk.actor("director")
    version = queries.show_request(desk.db, director, request).row.version
    requests.reassign(desk.db, director, request, desk.staff["supervisor"], version)
    dialog.person.setCurrentIndex(dialog.person.findText("Sergio Supervisor"))
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: dialog.conflict is not None))
    assert dialog.conflict is not None
    dialog.conflict.keep_mine.click()
    qtbot.waitUntil(until(lambda: dialog.holder.text() == "Sergio Supervisor"))
    assert dialog.person.findText("Sergio Supervisor") == -1  # he has it: not offered
    assert dialog.person.findText("Álvaro Ejecutivo") >= 0  # who had it before may take it
    assert dialog.collect() is None and dialog.form.error("assignee_id")
    assert dialog.isVisible()
    reassigned = [
        e for e in audit_events(desk.db, "service_request", request) if e.action == "reassign"
    ]
    assert len(reassigned) == 1
    assert stored_request(desk, request).assignee_id == desk.staff["supervisor"]


def test_a_kept_choice_still_offered_stays_chosen(qtbot: QtBot, desk: Desk) -> None:
    request = new_request(desk, "Cambio de logo")
    area, _ = service_page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    area.open_record(request)
    action = c.ctx.actions.get(ActionId.SERVICE_REASSIGN_REQUEST)
    qtbot.waitUntil(until(lambda: action.isEnabled()))
    c.view.reassign_button.click()
    dialog = c.edits.dialog
    assert isinstance(dialog, ReassignDialog)
    qtbot.waitUntil(until(lambda: dialog.person.count() > 0))
    dialog.person.setCurrentIndex(dialog.person.findText("Marta Gerente"))
    chosen = dialog.collect()
    record = queries.show_request(desk.db, desk.actor("director"), request)
    dialog.take_record(record, fill=False)  # as a kept conflict does, before saving
    assert dialog.person.currentText() == "Marta Gerente" and dialog.collect() == chosen

"""Testers' finding, in the window: a request moved or reassigned from two workstations.
B saves first; A's save no longer overwrites B's choice nor answers with a transition the
dialog does not show («Ahora: Asignada»): both versions side by side (the house's
conflict view), what A typed kept, and the form going on from what is saved now."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gui_support import until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.messages import render
from agencia.domain.service_enums import RequestStatus
from agencia.services.service import queries, requests
from agencia.ui.actions import ActionId
from agencia.ui.service.request_forms import MoveDialog, ReassignDialog
from agencia.ui.widgets.conflict import ConflictRow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_forms_support import new_request, service_page, stored_request
from service_world import Desk, service_desk

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def _version(desk: Desk, request: int) -> int:
    return queries.show_request(desk.db, desk.actor("director"), request).row.version


def test_two_reassignments_show_both_and_keep_the_choice(qtbot: QtBot, desk: Desk) -> None:
    request = new_request(desk, "Factura duplicada")
    area, toasts = service_page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    area.open_record(request)
    action = c.ctx.actions.get(ActionId.SERVICE_REASSIGN_REQUEST)
    qtbot.waitUntil(until(lambda: action.isEnabled()))
    c.view.reassign_button.click()
    dialog = c.edits.dialog
    assert isinstance(dialog, ReassignDialog)
    qtbot.waitUntil(until(lambda: dialog.person.count() > 0))
    # B, on another workstation, gives it to Sergio first
    requests.reassign(
        desk.db, desk.actor("director"), request, desk.staff["supervisor"],
        _version(desk, request),
    )  # fmt: skip
    dialog.person.setCurrentIndex(dialog.person.findText("Marta Gerente"))
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: dialog.conflict is not None))
    assert dialog.conflict is not None
    assert ConflictRow("Dársela a", "Marta Gerente", "Sergio Supervisor") in dialog.conflict.rows
    assert stored_request(desk, request).assignee_id == desk.staff["supervisor"]  # B's stands
    assert dialog.isVisible() and dialog.person.currentText() == "Marta Gerente"
    dialog.conflict.keep_mine.click()  # A, having seen B's choice, gives it to Marta
    qtbot.waitUntil(
        until(lambda: stored_request(desk, request).assignee_id == desk.staff["manager"])
    )
    assert toasts[-1] == "«Factura duplicada» reasignada a Marta Gerente"


def test_two_resolutions_show_both_and_keep_what_was_typed(qtbot: QtBot, desk: Desk) -> None:
    request = new_request(desk, "Cambio de logo")
    area, _ = service_page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    move = c.ctx.actions.get(ActionId.SERVICE_MOVE_REQUEST)
    area.open_record(request)
    qtbot.waitUntil(until(lambda: move.isEnabled()))
    move.trigger()
    dialog = c.edits.dialog
    assert isinstance(dialog, MoveDialog)
    dialog.status.setCurrentIndex(dialog.status.findData(RequestStatus.RESOLVED))
    dialog.resolution.setPlainText("Lo de A:\nlogo nuevo en la cabecera.")
    requests.move_request(  # B resolves first
        desk.db, desk.actor("director"), request, RequestStatus.RESOLVED, "Lo resolvió B.",
        None, _version(desk, request),
    )  # fmt: skip
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: dialog.conflict is not None))
    assert dialog.conflict is not None
    rows = dialog.conflict.rows
    assert (
        ConflictRow("Resolución", "Lo de A:\nlogo nuevo en la cabecera.", "Lo resolvió B.") in rows
    )
    assert not dialog.banner.text().startswith("Una solicitud no puede pasar")
    dialog.conflict.keep_mine.click()  # the form goes on from what is saved now
    qtbot.waitUntil(until(lambda: dialog.now_label.text() == "Resuelta"))
    assert dialog.resolution.toPlainText() == "Lo de A:\nlogo nuevo en la cabecera."
    refusal = render(
        "request.bad_move", {"request_source": "resolved", "request_target": "resolved"}
    )
    qtbot.waitUntil(until(lambda: dialog.form.error("status")))
    assert dialog.form.error("status") == refusal
    assert dialog.isVisible()
    assert stored_request(desk, request).resolution == "Lo resolvió B."

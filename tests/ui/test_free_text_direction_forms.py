"""A direction override typed or pasted into a long text — a new request's «Descripción»,
a resolution in «Mover a…», a logged contact's «Resumen» — shows its reason under the
field, as a subject's does, and «Guardar» stays off until it is gone; lines are kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gui_support import make_context, type_text, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.messages import render
from agencia.domain.service_enums import RequestStatus
from agencia.ui.actions import ActionId
from agencia.ui.communications.log_form import LogContactDialog
from agencia.ui.service.request_forms import MoveDialog, NewRequestDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_forms_support import new_request, service_page, stored_request
from service_world import Desk, service_desk

HIDDEN = render("field.bidi", {})


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def test_a_new_request_s_description_says_why(qtbot: QtBot, desk: Desk) -> None:
    area, _toasts = service_page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    c.ctx.actions.get(ActionId.SERVICE_NEW_REQUEST).trigger()
    dialog = c.edits.dialog
    assert isinstance(dialog, NewRequestDialog)
    dialog.account.set_choice(desk.accounts["madrid"], "Café Madrid")
    dialog.subject.setText("Factura duplicada")
    assert dialog.save_button.isEnabled()
    type_text(dialog.description, "Pagado \u202efdp.exe")
    assert dialog.form.error("description") == HIDDEN
    assert not dialog.save_button.isEnabled()
    dialog.description.setPlainText("Pagado el 3 de marzo.\nFactura 1234.")
    assert dialog.form.error("description") == "" and dialog.save_button.isEnabled()


def test_a_resolution_says_why_in_the_move_form(qtbot: QtBot, desk: Desk) -> None:
    rid = new_request(desk, "Pago")
    area, _toasts = service_page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    area.open_record(rid)
    move = c.ctx.actions.get(ActionId.SERVICE_MOVE_REQUEST)
    qtbot.waitUntil(until(lambda: move.isEnabled()))
    move.trigger()
    dialog = c.edits.dialog
    assert isinstance(dialog, MoveDialog)
    dialog.status.setCurrentIndex(dialog.status.findData(RequestStatus.RESOLVED))
    dialog.resolution.setPlainText("Pagado \u2066fdp.exe")  # pasted
    assert dialog.form.error("resolution") == HIDDEN
    assert not dialog.save_button.isEnabled()
    dialog.resolution.setPlainText("Abonada.\nReenviada la factura.")
    assert dialog.form.error("resolution") == "" and dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: stored_request(desk, rid).status is RequestStatus.RESOLVED))
    assert stored_request(desk, rid).resolution == "Abonada.\nReenviada la factura."


def test_a_logged_contact_s_summary_says_why(qtbot: QtBot, desk: Desk) -> None:
    ctx, _recorder = make_context(desk.db, desk.actor("exec"))
    dialog = LogContactDialog(ctx.ops, account=(desk.accounts["madrid"], "Café Madrid"))
    qtbot.addWidget(dialog)
    dialog.subject.setText("Llamada")
    assert dialog.save_button.isEnabled()
    type_text(dialog.summary, "Pide \u202aque paguemos")
    assert dialog.form.error("summary") == HIDDEN
    assert not dialog.save_button.isEnabled()
    dialog.summary.setPlainText("Pide el cartel.\nPara el jueves.")
    assert dialog.form.error("summary") == "" and dialog.save_button.isEnabled()

"""«Atención al cliente» writes from the window: a phone request taken through «Nueva
solicitud…» (routed, on its SLA clock, said in the toast and the pane), moved through its
life with «Mover a…» (only the allowed statuses; resolving asks for the resolution;
waiting on the client stops the clock), given to someone else with «Reasignar…» (the
service's refusal under the field), and the actions a role may not use disabled, saying
why. Every dialog is the real one, on a real database."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import pytest
from factories import actor_for_staff, add_staff, assign
from gui_support import until
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel, Role
from agencia.domain.messages import render
from agencia.domain.models import Staff
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.domain.service_models import ServiceRequest
from agencia.services.service import requests
from agencia.ui.actions import ActionId
from agencia.ui.service.request_forms import MoveDialog, NewRequestDialog, ReassignDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_forms_support import new_request, service_page, stored_request
from service_world import Desk, service_desk


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def test_a_phone_request_is_taken_in_the_window(qtbot: QtBot, desk: Desk) -> None:
    area, toasts = service_page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    action = c.ctx.actions.get(ActionId.SERVICE_NEW_REQUEST)
    assert action.isEnabled() and c.view.new_button.isEnabled()
    action.trigger()
    dialog = c.edits.dialog
    assert isinstance(dialog, NewRequestDialog)
    assert not dialog.save_button.isEnabled()  # no account yet
    assert [dialog.channel.itemData(n) for n in range(dialog.channel.count())] == list(Channel)
    dialog.account.set_choice(desk.accounts["madrid"], "Café Madrid")
    qtbot.waitUntil(until(lambda: dialog.contact.findText("Ana") >= 0))
    # a subject typed and rubbed out: the reason under the field, Save disabled
    qtbot.keyClicks(dialog.subject, "x")
    dialog.subject.clear()
    dialog.subject.textEdited.emit("")
    assert dialog.form.error("subject") == render("field.required", {})
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.subject, "Cambio de logo en la web")
    assert dialog.form.error("subject") == "" and dialog.save_button.isEnabled()
    dialog.contact.setCurrentIndex(dialog.contact.findText("Ana"))
    dialog.priority.setCurrentIndex(dialog.priority.findData(Priority.HIGH))
    dialog.description.setPlainText("Llamó Ana: el logo nuevo no sale en la cabecera.")
    assert dialog.channel.currentData() == Channel.PHONE  # the phone, unless told otherwise
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: toasts))
    assert "Cambio de logo en la web" in toasts[-1] and "resolver antes del" in toasts[-1]
    qtbot.waitUntil(until(lambda: c.detail is not None))
    (row,) = requests_of(desk)
    assert (row.channel, row.priority, row.contact_id) == (
        Channel.PHONE,
        Priority.HIGH,
        desk.contacts["ana"],
    )
    assert row.due_resolution_at is not None
    text = c.view.detail.toPlainText()
    assert "Llamó Ana" in text and "Recibida:" in text and "Resolver antes del" in text
    qtbot.waitUntil(until(lambda: c.view.model.rowCount() == 1))  # the queue, by its notice


def _has_status(desk: Desk, request_id: int, status: RequestStatus) -> bool:
    return stored_request(desk, request_id).status is status


def requests_of(desk: Desk) -> list[ServiceRequest]:
    from sqlalchemy import select

    with unit_of_work(desk.db, desk.admin, write=False) as uow:
        found = list(uow.session.scalars(select(ServiceRequest)))
        for r in found:
            uow.session.expunge(r)
        return found


def test_a_request_moves_along_its_life_from_the_window(qtbot: QtBot, desk: Desk) -> None:
    request = new_request(desk, "Cambio de logo")
    area, toasts = service_page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    move = c.ctx.actions.get(ActionId.SERVICE_MOVE_REQUEST)
    assert not move.isEnabled()
    assert c.view.move_button.toolTip() == "Elija una solicitud de la cola"
    area.open_record(request)
    qtbot.waitUntil(until(lambda: move.isEnabled() and c.view.move_button.isEnabled()))
    move.trigger()
    dialog = c.edits.dialog
    assert isinstance(dialog, MoveDialog)
    offered = [dialog.status.itemData(n) for n in range(dialog.status.count())]
    assert offered == [
        RequestStatus.IN_PROGRESS,
        RequestStatus.WAITING_ON_CLIENT,
        RequestStatus.RESOLVED,
    ]
    dialog.status.setCurrentIndex(dialog.status.findData(RequestStatus.RESOLVED))
    dialog.form.reveal_all()
    dialog.revalidate()
    assert dialog.form.error("resolution") == render("request.resolution_required", {})
    assert not dialog.save_button.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData(RequestStatus.WAITING_ON_CLIENT))
    assert "se detiene" in dialog.hint.text() and dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(
        until(lambda: stored_request(desk, request).status is RequestStatus.WAITING_ON_CLIENT)
    )
    assert stored_request(desk, request).pauses  # the clock stopped
    qtbot.waitUntil(until(lambda: c.detail.row.status == "waiting_on_client"))
    # resolved, with its resolution, seen in the pane
    move.trigger()
    dialog = c.edits.dialog
    assert isinstance(dialog, MoveDialog)
    assert "vuelve a contar" in dialog.hint.text()
    dialog.status.setCurrentIndex(dialog.status.findData(RequestStatus.RESOLVED))
    dialog.resolution.setPlainText("Logo cambiado en la cabecera y el pie.")
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: "Logo cambiado" in c.view.detail.toPlainText()))
    assert stored_request(desk, request).resolution == "Logo cambiado en la cabecera y el pie."
    assert toasts[-1] == "«Cambio de logo»: Resuelta"
    # closed, then reopened
    for target in (RequestStatus.CLOSED, RequestStatus.REOPENED):
        qtbot.waitUntil(until(lambda: move.isEnabled()))
        move.trigger()
        dialog = c.edits.dialog
        assert isinstance(dialog, MoveDialog)
        dialog.status.setCurrentIndex(dialog.status.findData(target))
        dialog.save_button.click()
        qtbot.waitUntil(until(partial(_has_status, desk, request, target)))


def test_reassigning_refused_under_the_field_then_done(qtbot: QtBot, desk: Desk) -> None:
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
    offered = [dialog.person.itemText(n) for n in range(dialog.person.count())]
    # who may work on the account, not who has it now, nor anyone off the account
    assert offered == ["Lucía Directora", "Marta Gerente", "Sergio Supervisor"]
    dialog.person.setCurrentIndex(dialog.person.findText("Sergio Supervisor"))
    with unit_of_work(desk.db, SYSTEM) as uow:  # meanwhile, Sergio moves to another group
        sergio = uow.session.get(Staff, desk.staff["supervisor"])
        assert sergio is not None
        sergio.group_id = None
        sergio.reports_to_id = None
    dialog.save_button.click()
    qtbot.waitUntil(until(lambda: dialog.form.error("assignee_id")))
    assert "Sergio Supervisor no puede atender esta solicitud" in dialog.form.error("assignee_id")
    assert dialog.isVisible()
    dialog.person.setCurrentIndex(dialog.person.findText("Marta Gerente"))
    dialog.save_button.click()
    qtbot.waitUntil(
        until(lambda: stored_request(desk, request).assignee_id == desk.staff["manager"])
    )
    assert toasts[-1] == "«Factura duplicada» reasignada a Marta Gerente"
    qtbot.waitUntil(until(lambda: "Marta Gerente" in c.view.detail.toPlainText()))


def test_enter_in_the_reassign_dialog_saves(qtbot: QtBot, desk: Desk) -> None:
    """The people came after the dialog opened with Guardar off: Cancelar had the focus
    and the default, and Enter closed the dialog without a word."""
    request = new_request(desk, "Logo pixelado")
    area, _ = service_page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    area.open_record(request)
    action = c.ctx.actions.get(ActionId.SERVICE_REASSIGN_REQUEST)
    qtbot.waitUntil(until(lambda: action.isEnabled()))
    c.view.reassign_button.click()
    dialog = c.edits.dialog
    assert isinstance(dialog, ReassignDialog)
    qtbot.waitUntil(until(lambda: dialog.person.count() > 0))
    qtbot.waitUntil(until(lambda: QApplication.focusWidget() is dialog.person))
    assert dialog.save_button.isDefault()
    dialog.person.setCurrentIndex(dialog.person.findText("Marta Gerente"))
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(
        until(lambda: stored_request(desk, request).assignee_id == desk.staff["manager"])
    )


def test_what_a_role_may_not_do_is_disabled_saying_why(qtbot: QtBot, desk: Desk) -> None:
    request = new_request(desk, "Cartel roto")
    trainee = add_staff(desk.db, "Tomás Trainee", Role.TRAINEE)
    assign(desk.db, desk.accounts["madrid"], trainee)
    area, _ = service_page(qtbot, desk, actor_for_staff(desk.db, trainee))
    c = area.controller
    area.open_record(request)
    qtbot.waitUntil(until(lambda: c.detail is not None))
    reassign = c.ctx.actions.get(ActionId.SERVICE_REASSIGN_REQUEST)
    assert not reassign.isEnabled() and not c.view.reassign_button.isEnabled()
    why = "Su puesto no permite reasignar solicitudes"
    assert c.view.reassign_button.toolTip() == why and why in reassign.toolTip()
    assert c.ctx.actions.get(ActionId.SERVICE_MOVE_REQUEST).isEnabled()  # a trainee moves
    assert c.ctx.actions.get(ActionId.SERVICE_NEW_REQUEST).isEnabled()  # and takes calls
    reassign.trigger()
    assert c.edits.dialog is None
    # the administrator sets the desk up but takes no client's call
    admin, _ = service_page(qtbot, desk, desk.admin)
    new = admin.controller.ctx.actions.get(ActionId.SERVICE_NEW_REQUEST)
    assert not new.isEnabled() and not admin.controller.view.new_button.isEnabled()
    assert admin.controller.view.new_button.toolTip() == (
        "Su puesto no permite registrar solicitudes de clientes"
    )


def test_the_pane_says_when_the_request_came_and_is_due(qtbot: QtBot, desk: Desk) -> None:
    received = datetime(2026, 3, 10, 9, tzinfo=UTC)
    data = requests.NewRequest(
        desk.accounts["madrid"],
        Channel.PHONE,
        RequestKind.INCIDENT,
        Priority.URGENT,
        "Web caída",
        description="No carga la home.",
        received_at=received,
    )
    request = requests.open_request(desk.db, desk.actor("exec"), data).id
    area, _ = service_page(qtbot, desk, desk.actor("exec"))
    area.open_record(request)
    view = area.controller.view
    qtbot.waitUntil(until(lambda: "Web caída" in view.detail.toPlainText()))
    text = view.detail.toPlainText()
    assert "Recibida: 10" in text and "2026" in text
    assert "Responder antes del" in text and "Resolver antes del" in text
    assert "Incidencia" in text and "Urgente" in text and "No carga la home." in text
    assert view.move_button.isEnabled() and view.reassign_button.isEnabled()


def test_a_blank_subject_says_why_guardar_is_off(qtbot: QtBot, desk: Desk) -> None:
    """Spaces alone are no subject: «Guardar» goes grey and the reason shows under «Asunto
    *», however the spaces came (typed, pasted, or given back by a draft)."""
    area, _ = service_page(qtbot, desk, desk.actor("exec"))
    c = area.controller
    c.ctx.actions.get(ActionId.SERVICE_NEW_REQUEST).trigger()
    dialog = c.edits.dialog
    assert isinstance(dialog, NewRequestDialog)
    dialog.account.set_choice(desk.accounts["madrid"], "Café Madrid")
    dialog.subject.setText("   ")
    assert not dialog.save_button.isEnabled()
    assert dialog.form.error("subject") == render("field.required", {})
    dialog.subject.setText("Cartel roto")
    assert dialog.form.error("subject") == "" and dialog.save_button.isEnabled()


def test_a_reopened_request_shows_its_old_resolution_as_the_previous_one(
    qtbot: QtBot, desk: Desk
) -> None:
    """Open again, the resolution given before is no answer to the client now: the pane
    names it «Resolución anterior» (explore 8, L5)."""
    request = new_request(desk, "Cartel roto")
    exec_ = desk.actor("exec")
    requests.move_request(desk.db, exec_, request, RequestStatus.RESOLVED, "Cartel repuesto.")
    area, _ = service_page(qtbot, desk, exec_)
    view = area.controller.view
    area.open_record(request)
    qtbot.waitUntil(until(lambda: "Cartel repuesto." in view.detail.toPlainText()))
    assert "Resolución: Cartel repuesto." in view.detail.toPlainText()
    requests.move_request(desk.db, exec_, request, RequestStatus.REOPENED)
    area.open_record(request)
    qtbot.waitUntil(until(lambda: "Reabierta" in view.detail.toPlainText()))
    text = view.detail.toPlainText()
    assert "Resolución anterior: Cartel repuesto." in text
    assert "Resolución: " not in text

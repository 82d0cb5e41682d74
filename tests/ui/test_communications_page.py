"""«Comunicaciones»: the log narrowed by account, channel, person and dates with its
delivery confirmation; the account's timeline opened from it; mail from unknown senders
assigned to an account or discarded (asked once)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_support import make_context, until
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Delivery, Direction, Priority, RequestKind
from agencia.domain.service_models import ServiceRequest
from agencia.services.communications import intake, log, triage
from agencia.services.service import requests
from agencia.ui.communications.area import CommunicationsArea, create

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk
from test_communications import eml


@pytest.fixture
def desk(sqlite_db: Database) -> Desk:
    desk = service_desk(sqlite_db)
    exec_ = desk.actor("exec")
    for n, (account, channel, day) in enumerate(
        (("madrid", Channel.COURIER, 2), ("madrid", Channel.EMAIL, 5), ("mexico", Channel.FAX, 9))
    ):
        courier = channel is Channel.COURIER
        log.log_communication(
            desk.db,
            exec_,
            log.NewCommunication(
                desk.accounts[account],
                channel,
                Direction.OUTBOUND,
                f"Envío {n} <i>",
                occurred_at=datetime(2026, 3, day, 9, tzinfo=UTC),
                delivery=Delivery.DELIVERED if courier else Delivery.NOT_APPLICABLE,
                confirmation={"carrier": "Seur", "signed_by": "Ana Pérez"} if courier else {},
            ),
        )
    requests.open_request(
        desk.db,
        exec_,
        requests.NewRequest(
            desk.accounts["madrid"],
            Channel.PHONE,
            RequestKind.INCIDENT,
            Priority.HIGH,
            "Cartel roto",
            received_at=datetime(2026, 3, 6, 9, tzinfo=UTC),
        ),
    )
    with unit_of_work(desk.db, SYSTEM) as uow:
        intake.take(uow, eml("nadie@fuera.es", "¿Me conocen?", "<u1@x>", body="Hola"))
        intake.take(uow, eml("spam@fuera.es", "Oferta", "<u2@x>"))
    return desk


def _page(qtbot: QtBot, desk: Desk) -> CommunicationsArea:
    ctx, _ = make_context(desk.db, desk.actor("exec"))
    area = create(ctx)
    assert isinstance(area, CommunicationsArea) and area.title() == "Comunicaciones"
    qtbot.addWidget(area.widget())
    area.widget().resize(1100, 600)
    area.widget().show()
    area.activated()
    return area


def test_the_log_filters_and_shows_delivery(qtbot: QtBot, desk: Desk) -> None:
    area = _page(qtbot, desk)
    c = area.controller
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 3))
    assert [c.log.model.row(n).subject for n in range(3)] == [
        "Envío 2 <i>",
        "Envío 1 <i>",
        "Envío 0 <i>",
    ]
    c.log.channel.setCurrentIndex(c.log.channel.findData(Channel.COURIER))
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 1))
    assert c.log.model.index(0, 6).data() == "Entregada"
    c.log.table.selectRow(0)
    text = c.log.detail.toPlainText()
    assert "Envío 0 <i>" in text and "Mensajería: Seur" in text and "Firmado por: Ana Pérez" in text
    c.log.channel.setCurrentIndex(0)
    c.log.since.setDate(QDate(2026, 3, 4))
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 2))
    c.log.until.setDate(QDate(2026, 3, 6))
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 1))
    c.log.person.setCurrentIndex(c.log.person.findText("Marta Gerente"))
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 0))


def test_the_account_timeline_from_the_log(qtbot: QtBot, desk: Desk) -> None:
    area = _page(qtbot, desk)
    c = area.controller
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 3))
    assert not c.log.timeline_button.isEnabled()
    c.log.account.set_choice(desk.accounts["madrid"], "Café Madrid")
    c.log.account.choice_changed.emit()
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 2))
    assert c.log.timeline_button.isEnabled()
    c.log.timeline_button.click()
    assert c.view.currentWidget() is c.timeline
    qtbot.waitUntil(until(lambda: c.timeline.model.rowCount() == 3))
    assert c.timeline.title.text() == "Cronología de Café Madrid"
    kinds = [c.timeline.model.index(n, 1).data() for n in range(3)]
    assert kinds == ["Solicitud", "Comunicación", "Comunicación"]
    c.timeline.kinds["communication"].setChecked(False)
    qtbot.waitUntil(until(lambda: c.timeline.model.rowCount() == 1))
    assert c.timeline.model.index(0, 2).data() == "Cartel roto"
    assert c.timeline.model.index(0, 3).data() == "Asignada"  # the status, in words
    area.open_record(desk.accounts["mexico"])  # from another page
    qtbot.waitUntil(until(lambda: c.timeline.title.text() == "Cronología de Tacos CDMX"))


def test_mail_from_unknown_senders_is_assigned_or_discarded(qtbot: QtBot, desk: Desk) -> None:
    area = _page(qtbot, desk)
    c = area.controller
    qtbot.waitUntil(until(lambda: c.triage.model.rowCount() == 2))
    assert c.view.tabText(2) == "Correo sin asignar (2)"
    assert "Hola" in c.triage.preview.toPlainText()
    assert not c.triage.assign_button.isEnabled()
    c.triage.account.set_choice(desk.accounts["madrid"], "Café Madrid")
    c.triage.account.choice_changed.emit()
    qtbot.waitUntil(until(lambda: c.triage.contact.count() == 2))
    c.triage.contact.setCurrentIndex(1)
    c.triage.assign_button.click()
    qtbot.waitUntil(until(lambda: c.triage.model.rowCount() == 1))
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 4))
    assert c.log.model.row(0).subject == "¿Me conocen?"  # Tuesday 10 March: the newest
    # discarding asks once; Cancel keeps it
    c.triage.discard_button.click()
    box = c.confirm_box
    assert box is not None and "spam@fuera.es" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(triage.waiting(desk.db, desk.actor("exec"))) == 1
    c.triage.discard_button.click()
    c.confirm_box.button(QMessageBox.StandardButton.Discard).click()  # type: ignore[union-attr]
    qtbot.waitUntil(until(lambda: c.triage.model.rowCount() == 0))
    assert c.view.tabText(2) == "Correo sin asignar" and c.triage.empty.isVisibleTo(c.triage)


def test_administrators_see_the_log_but_no_triage(qtbot: QtBot, desk: Desk) -> None:
    ctx, _ = make_context(desk.db, desk.admin)
    area = create(ctx)
    qtbot.addWidget(area.widget())
    area.activated()
    c = area.controller  # type: ignore[attr-defined]
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 3))
    assert c.view.count() == 2


def test_a_contact_names_its_request_by_its_subject(qtbot: QtBot, desk: Desk) -> None:
    """The contact's pane said «Solicitud 17», a number nobody knows; it names the
    request as Pendientes does («Solicitud: Cartel roto»)."""
    exec_ = desk.actor("exec")
    with unit_of_work(desk.db, SYSTEM, write=False) as uow:
        asked = uow.session.scalars(select(ServiceRequest.id)).one()
    log.log_communication(
        desk.db,
        exec_,
        log.NewCommunication(
            desk.accounts["madrid"],
            Channel.PHONE,
            Direction.INBOUND,
            "Llamada por el cartel",
            occurred_at=datetime(2026, 3, 7, 9, tzinfo=UTC),
            request_id=asked,
        ),
    )
    area = _page(qtbot, desk)
    c = area.controller
    qtbot.waitUntil(until(lambda: c.log.model.rowCount() == 4))
    subjects = [c.log.model.row(n).subject for n in range(4)]
    c.log.table.selectRow(subjects.index("Llamada por el cartel"))
    lines = c.log.detail.toPlainText().splitlines()
    assert "Solicitud: Cartel roto" in lines, lines
    assert f"Solicitud {asked}" not in lines

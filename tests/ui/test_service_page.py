"""«Atención al cliente»: the queue, what is due first on top, countdowns in colour,
breach and escalation flags; choosing a request shows its thread; a write elsewhere
refreshes the queue."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from gui_support import make_context, until
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Direction, Priority, RequestKind, RequestStatus
from agencia.services.communications import log
from agencia.services.service import requests
from agencia.ui.service import clock_text
from agencia.ui.service.area import ServiceArea, create

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk

MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def desk(sqlite_db: Database) -> Desk:
    return service_desk(sqlite_db)


def _request(desk: Desk, subject: str, priority: Priority, at: datetime) -> int:
    data = requests.NewRequest(
        desk.accounts["madrid"],
        Channel.EMAIL,
        RequestKind.INCIDENT,
        priority,
        subject,
        received_at=at,
    )
    return requests.open_request(desk.db, desk.actor("exec"), data).id


def test_the_countdown_words_and_colours() -> None:
    now = datetime(2026, 3, 11, 12, tzinfo=UTC)
    assert clock_text.countdown(now + timedelta(hours=2, minutes=5), now) == "2 h 05 min"
    assert clock_text.countdown(now - timedelta(days=1, hours=3), now) == "-1 d 3 h"
    assert clock_text.countdown(None, now) == "—"
    assert clock_text.countdown(now - timedelta(days=30), now, open_=False) == "—"  # stopped
    assert clock_text.state(now + timedelta(hours=5), False, True, now) == clock_text.ON_TIME
    assert clock_text.state(now + timedelta(hours=3), False, True, now) == clock_text.WARNING
    assert clock_text.state(now - timedelta(minutes=1), False, True, now) == clock_text.BREACHED
    assert clock_text.state(now - timedelta(minutes=1), False, False, now) == clock_text.STOPPED


def test_the_queue_and_a_request_s_thread(qtbot: QtBot, desk: Desk) -> None:
    long_ago = datetime(2026, 3, 9, 9, tzinfo=MADRID)
    late = _request(desk, "Factura duplicada", Priority.URGENT, long_ago)
    soon = datetime.now(UTC) + timedelta(days=30)
    fine = _request(desk, "Nuevo claim <b>", Priority.LOW, soon)
    log.log_communication(
        desk.db,
        desk.actor("exec"),
        log.NewCommunication(
            desk.accounts["madrid"],
            Channel.EMAIL,
            Direction.INBOUND,
            "¿Y la factura?",
            summary="Seguimos esperando",
            request_id=late,
        ),
    )
    ctx, _ = make_context(desk.db, desk.actor("exec"))
    area = create(ctx)
    assert isinstance(area, ServiceArea) and area.title() == "Atención al cliente"
    page = area.widget()
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    area.activated()
    view = area.controller.view
    qtbot.waitUntil(until(lambda: view.model.rowCount() == 2))
    model = view.model
    assert [model.row(n).id for n in range(2)] == [late, fine]
    assert model.index(0, 0).data().startswith("-")  # past due
    red = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color().name()
    green = model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color().name()
    assert (red, green) == ("#c62828", "#2e7d32")
    assert model.index(0, 8).data() == "Incumplida"
    area.open_record(late)
    qtbot.waitUntil(until(lambda: area.controller.detail is not None))
    html = view.detail.toPlainText()
    assert "Factura duplicada" in html and "¿Y la factura?" in html and "Seguimos esperando" in html
    # a resolution written through Operations refreshes the queue and the open request
    ctx.ops.write(requests.move_request, late, RequestStatus.RESOLVED, "Abonada")
    qtbot.waitUntil(until(lambda: "Abonada" in view.detail.toPlainText()))
    qtbot.waitUntil(
        until(lambda: model.row(0).status == "resolved" or model.row(1).status == "resolved")
    )
    resolved = next(n for n in range(2) if model.row(n).id == late)
    assert model.index(resolved, 0).data() == "—"  # its clock stopped: no weeks "late"
    view.only_breached.setChecked(True)
    qtbot.waitUntil(until(lambda: model.rowCount() == 0))
    area.open_record(fine)
    qtbot.waitUntil(until(lambda: "Nuevo claim <b>" in view.detail.toPlainText()))  # escaped


def test_the_administrator_edits_the_switchboard_in_the_window(qtbot: QtBot, desk: Desk) -> None:
    from agencia.domain.enums import Department
    from agencia.services.accounts.brands import save_brand
    from agencia.services.service import routing

    save_brand(desk.db, desk.admin, desk.accounts["madrid"], "Café Sol")
    director, _ = make_context(desk.db, desk.actor("director"))
    assert _service(create(director)).controller.view.routing_button.isHidden()
    ctx, _ = make_context(desk.db, desk.admin)
    area = _service(create(ctx))
    qtbot.addWidget(area.widget())
    assert not area.controller.view.routing_button.isHidden()
    area.controller.view.routing_button.click()
    dialog = area.controller.routing_dialog
    assert dialog is not None
    qtbot.waitUntil(until(lambda: dialog.person.count() > 0 and dialog.brand.count() == 2))
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestKind.COMPLAINT))
    dialog.person.setCurrentIndex(dialog.person.findText("Marta Gerente"))
    dialog.add_button.click()
    qtbot.waitUntil(until(lambda: dialog.model.rowCount() == 1))
    # a team rule put first, for one brand found by typing
    dialog.brand_search.setText("sol")
    qtbot.waitUntil(until(lambda: dialog.brand.currentText() == "Café Madrid · Café Sol"))
    dialog.kind.setCurrentIndex(0)
    dialog.to_team.setChecked(True)
    dialog.team.setCurrentIndex(dialog.team.findData(Department.MEDIA))
    dialog.position.setValue(1)
    dialog.add_button.click()
    qtbot.waitUntil(until(lambda: dialog.model.rowCount() == 2))
    assert dialog.model.index(0, 4).data() == "Café Madrid · Café Sol"
    assert dialog.model.index(0, 5).data() == "Equipo: Medios"
    assert dialog.model.index(1, 5).data() == "Marta Gerente"
    # a rule without a condition is refused, saying why
    dialog.brand_search.setText("")
    qtbot.waitUntil(until(lambda: dialog.brand.currentIndex() == 0))
    dialog.add_button.click()
    qtbot.waitUntil(until(lambda: "al menos una condición" in dialog.error.text()))
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    qtbot.waitUntil(until(lambda: dialog.model.rowCount() == 1))
    assert [r.staff for r in routing.list_rules(desk.db, desk.admin)] == ["Marta Gerente"]


def test_a_request_becomes_a_campaign_brief_from_its_page(qtbot: QtBot, desk: Desk) -> None:
    from agencia.domain.areas import AreaId

    request = _request(desk, "Campaña de Navidad", Priority.NORMAL, datetime.now(UTC))
    ctx, recorder = make_context(desk.db, desk.actor("exec"))
    area = _service(create(ctx))
    qtbot.addWidget(area.widget())
    area.activated()
    area.open_record(request)
    view = area.controller.view
    qtbot.waitUntil(until(lambda: view.campaign_button.isEnabled()))
    view.campaign_button.click()
    qtbot.waitUntil(until(lambda: recorder.navigations))
    ((where, campaign),) = recorder.navigations
    assert where == AreaId.CAMPAIGNS and campaign
    qtbot.waitUntil(until(lambda: not view.campaign_button.isEnabled()))
    assert view.campaign_button.toolTip() == "Esta solicitud ya es la campaña «Campaña de Navidad»"
    assert "Campaña: Campaña de Navidad" in view.detail.toPlainText()  # what it became


def _service(area: object) -> ServiceArea:
    """The service page's own area (create() promises only an Area)."""
    assert isinstance(area, ServiceArea)
    return area

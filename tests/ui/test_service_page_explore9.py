"""Tester findings (explore 9) in the window: a trainee's «Convertir en brief de campaña»
is disabled saying why; Pendientes says a request waits for its first answer; the close
prompt does not nest guillemets inside guillemets."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from factories import add_staff, assign
from gui_support import make_context, until
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.areas import AreaId
from agencia.domain.enums import AssignmentRole, Channel, Role
from agencia.domain.service_enums import Priority, RequestKind
from agencia.services.pending.items import PendingItem
from agencia.services.service import requests
from agencia.ui.pending.view import item_text
from agencia.ui.service.area import ServiceArea, create
from agencia.ui.widgets import unsaved

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk, service_desk


@pytest.fixture
def desk(sqlite_db: Database) -> Desk:
    return service_desk(sqlite_db)


def _page(qtbot: QtBot, desk: Desk, who: str, request: int) -> ServiceArea:
    ctx, _ = make_context(desk.db, desk.actor(who))
    area = create(ctx)
    assert isinstance(area, ServiceArea)
    qtbot.addWidget(area.widget())
    area.activated()
    area.open_record(request)
    qtbot.waitUntil(until(lambda: area.controller.detail is not None))
    return area


def test_a_trainee_may_not_make_a_campaign_and_is_told_why(qtbot: QtBot, desk: Desk) -> None:
    desk.staff["trainee"] = add_staff(desk.db, "Pablo Becario", Role.TRAINEE)
    assign(desk.db, desk.accounts["madrid"], desk.staff["trainee"], AssignmentRole.ASSISTANT)
    data = requests.NewRequest(
        desk.accounts["madrid"], Channel.PHONE, RequestKind.REQUEST, Priority.LOW, "Banner"
    )
    request = requests.open_request(desk.db, desk.actor("exec"), data).id
    view = _page(qtbot, desk, "trainee", request).controller.view
    assert view.move_button.isEnabled()  # he may work the request
    assert not view.reassign_button.isEnabled() and view.reassign_button.toolTip()
    assert not view.campaign_button.isEnabled()
    assert view.campaign_button.toolTip() == "Su puesto no permite crear campañas ni briefs"
    # the executive may, once
    view = _page(qtbot, desk, "exec", request).controller.view
    assert view.campaign_button.isEnabled() and view.campaign_button.toolTip() == ""


def test_pendientes_says_the_first_answer_is_due() -> None:
    item = PendingItem(
        AreaId.SERVICE, "service_response", 1, "Banner", "Café", "Banner", date.today(), False
    )
    assert item_text(item) == "Responder a la solicitud: Banner"


def test_the_close_prompt_does_not_nest_guillemets() -> None:
    assert unsaved.inner("Mover «El banner»") == "Mover “El banner”"
    assert unsaved.inner("Move “The banner”") == "Move ‘The banner’"
    assert unsaved.inner("Nueva solicitud") == "Nueva solicitud"


def test_a_move_form_s_close_prompt_quotes_once(qtbot: QtBot, desk: Desk) -> None:
    from agencia.ui.service.request_forms import MoveDialog

    data = requests.NewRequest(
        desk.accounts["madrid"], Channel.PHONE, RequestKind.REQUEST, Priority.LOW, "El banner"
    )
    request = requests.open_request(desk.db, desk.actor("exec"), data).id
    area = _page(qtbot, desk, "exec", request)
    dialog = MoveDialog(area.controller.ops, area.controller.detail.row, area.controller.view)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Mover «El banner»"
    assert dialog._unsaved_item().what == "el formulario «Mover “El banner”»"

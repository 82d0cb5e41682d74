"""The service request forms' tests' set-up (`test_service_request_forms.py`,
`test_free_text_direction_forms.py`): the «Atención al cliente» page as the window opens
it, a request opened through the service, and a request read back as stored. Each test
module names its own `desk` fixture (`service_world.service_desk`), as the others do."""

from __future__ import annotations

import sys
from pathlib import Path

from gui_support import make_context
from pytestqt.qtbot import QtBot

from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Priority, RequestKind
from agencia.domain.service_models import ServiceRequest
from agencia.services.service import requests
from agencia.ui.service.area import ServiceArea, create

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from service_world import Desk


def service_page(qtbot: QtBot, desk: Desk, actor: Actor) -> tuple[ServiceArea, list[str]]:
    """The page shown and activated for `actor`, and the toasts it says."""
    ctx, recorder = make_context(desk.db, actor)
    area = create(ctx)
    assert isinstance(area, ServiceArea)
    qtbot.addWidget(area.widget())
    area.widget().resize(1100, 600)
    area.widget().show()
    area.activated()
    return area, recorder.toasts


def new_request(desk: Desk, subject: str) -> int:
    """A request on Café Madrid, opened by the executive."""
    data = requests.NewRequest(
        desk.accounts["madrid"], Channel.EMAIL, RequestKind.REQUEST, Priority.NORMAL, subject
    )
    return requests.open_request(desk.db, desk.actor("exec"), data).id


def stored_request(desk: Desk, request_id: int) -> ServiceRequest:
    """The request as the database holds it now."""
    with unit_of_work(desk.db, desk.admin, write=False) as uow:
        found = uow.session.get(ServiceRequest, request_id)
        assert found is not None
        uow.session.expunge(found)
        return found

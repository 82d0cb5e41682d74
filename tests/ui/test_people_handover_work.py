"""«Dar de baja…» says which open work goes to whoever takes over, and once done how
much of it moved (explore7 M5)."""

from __future__ import annotations

import pytest
from factories import small_agency
from gui_support import until
from people_support import open_people
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.domain.service_models import ServiceRequest
from agencia.ui.actions import ActionId
from agencia.ui.people.deactivate_dialog import DeactivateDialog

pytestmark = pytest.mark.gui


def test_the_dialog_names_open_requests_and_the_toast_says_what_moved(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    agency = small_agency(sqlite_db)
    irene, alvaro = agency.staff["irene"], agency.staff["alvaro"]
    with unit_of_work(sqlite_db, SYSTEM) as uow:
        request = ServiceRequest(
            account_id=agency.accounts["coca"], channel=Channel.EMAIL, kind=RequestKind.INCIDENT,
            priority=Priority.HIGH, subject="La web no carga", status=RequestStatus.NEW,
            assignee_id=irene,
        )  # fmt: skip
        uow.session.add(request)
        uow.session.flush()
        request_id = request.id
    _area, controller, recorder = open_people(qtbot, agency, agency.admin)
    assert controller.list_view.select(irene)
    controller.actions[ActionId.PEOPLE_DEACTIVATE].trigger()
    dialog = controller.dialog
    assert isinstance(dialog, DeactivateDialog)
    assert "1 solicitud(es) de servicio abierta(s)" in dialog.summary.text()
    assert not dialog.save_button.isEnabled()  # someone must take over
    dialog.successor.setCurrentIndex(dialog.successor.findData(alvaro))
    dialog.save()
    qtbot.waitUntil(until(lambda: not dialog.isVisible()))
    assert "Pasan a Álvaro García Rubio: 1 solicitud de servicio abierta" in recorder.toasts[-1]
    with unit_of_work(sqlite_db, SYSTEM, write=False) as uow:
        moved = uow.session.get(ServiceRequest, request_id)
        assert moved is not None and moved.assignee_id == alvaro

"""Under the server's row-level security (explore7 M4, M5): a trainee's undo of the
administrator's import is refused and leaves it undoable; a handover moves the leaving
person's open service request as the administrator signed in as themselves."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import ADMIN_PASSWORD
from server_world import ServerAgency

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.data_models import DataImport
from agencia.domain.enums import Channel
from agencia.domain.errors import PermissionDenied
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.domain.service_models import ServiceRequest
from agencia.services.data.fields import ImportKind
from agencia.services.data.imports import run_import
from agencia.services.data.undo import undo_import
from agencia.services.people.handover import deactivate_staff


def test_a_trainee_cannot_undo_the_administrators_import(
    server_agency: ServerAgency, tmp_path: Path
) -> None:
    path = tmp_path / "contactos.csv"
    path.write_text("Cuenta;Nombre;Apellidos\nCervezas García;Eva;Sanz\n", encoding="utf-8")
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    pablo_db, pablo = server_agency.signed_in("pablo")
    try:
        made = run_import(admin_db, admin, path, ImportKind.CONTACTS)
        assert made.created == 1, made.problems
        with pytest.raises(PermissionDenied):
            undo_import(pablo_db, pablo, made.import_id or 0)
        with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
            found = uow.session.get(DataImport, made.import_id)
            assert found is not None and found.undone_at is None
        assert undo_import(admin_db, admin, made.import_id or 0).records == 1
    finally:
        pablo_db.close()
        admin_db.close()


def test_the_administrator_hands_over_an_open_request(server_agency: ServerAgency) -> None:
    a = server_agency.agency
    irene, alvaro = a.staff["irene"], a.staff["alvaro"]
    with unit_of_work(server_agency.owner, SYSTEM) as uow:
        request = ServiceRequest(
            account_id=a.accounts["coca"], channel=Channel.EMAIL, kind=RequestKind.REQUEST,
            priority=Priority.HIGH, subject="Cambiar el logo", status=RequestStatus.ASSIGNED,
            assignee_id=irene,
        )  # fmt: skip
        uow.session.add(request)
        uow.session.flush()
        request_id = request.id
    admin_db, admin = server_agency.signed_in("admin", ADMIN_PASSWORD)
    try:
        done = deactivate_staff(admin_db, admin, irene, handover_id=alvaro)
        assert done.moved is not None and done.moved.requests == (request_id,)
    finally:
        admin_db.close()
    with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
        moved = uow.session.get(ServiceRequest, request_id)
        assert moved is not None and moved.assignee_id == alvaro

"""«Reasignar…» offers exactly the people `reassign` accepts: each one offered is taken,
each active person left out is refused, on both databases."""

from __future__ import annotations

import pytest
from factories import add_staff, assign
from service_world import Desk, service_desk
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.enums import Channel, Role
from agencia.domain.errors import DomainError, NotFound
from agencia.domain.models import Staff
from agencia.domain.service_enums import Priority, RequestKind
from agencia.services.service import requests
from agencia.services.service.assignees import assignees


@pytest.fixture
def desk(db: Database) -> Desk:
    return service_desk(db)


def test_those_offered_are_those_reassign_accepts(desk: Desk) -> None:
    trainee = add_staff(desk.db, "Tomás Trainee", Role.TRAINEE)
    assign(desk.db, desk.accounts["madrid"], trainee)  # on the team: may log, so may take it
    add_staff(desk.db, "Ida Inactiva", Role.ACCOUNT_EXECUTIVE, active=False)
    data = requests.NewRequest(
        desk.accounts["madrid"], Channel.PHONE, RequestKind.REQUEST, Priority.NORMAL, "Logo"
    )
    request = requests.open_request(desk.db, desk.actor("exec"), data).id
    offered = {c.name for c in assignees(desk.db, desk.actor("exec"), request)}
    assert offered == {
        "Álvaro Ejecutivo",
        "Sergio Supervisor",
        "Marta Gerente",
        "Lucía Directora",
        "Tomás Trainee",
    }
    with unit_of_work(desk.db, desk.admin, write=False) as uow:
        everyone = dict(uow.session.execute(select(Staff.full_name, Staff.id)).tuples().all())
    director = desk.actor("director")  # a lead of the account: may hand it to anyone
    for name, staff_id in everyone.items():
        if name in offered:
            requests.reassign(desk.db, director, request, staff_id)
        else:
            with pytest.raises(DomainError):
                requests.reassign(desk.db, director, request, staff_id)
    with pytest.raises(NotFound):
        assignees(desk.db, desk.actor("exec"), request + 1000)

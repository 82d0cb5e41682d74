"""«Responsable» for an action of the agency's own (no account) offers the active people
whose role manages improvement actions at all, by name — exactly those `open_action`
accepts; nobody «de baja», no trainee, no administrator."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import Agency, small_agency

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.errors import ValidationError
from agencia.domain.models import Staff
from agencia.services.satisfaction import improvements
from agencia.services.satisfaction.improvement_owners import may_own, owners


@pytest.fixture
def agency(db: Database) -> Agency:
    return small_agency(db)


def _action(owner: int) -> improvements.ActionInput:
    return improvements.ActionInput(
        dimension="Empatía",
        title="Revisión trimestral del servicio",
        owner_id=owner,
        due_on=date.today() + timedelta(days=30),
        opened_gap=-1.0,
        account_id=None,
    )


def test_the_agencys_own_action_offers_whoever_may_own_it(agency: Agency) -> None:
    a = agency
    offered = owners(a.db, a.actor("lucia"), None)
    with unit_of_work(a.db, a.admin, write=False) as uow:
        people = uow.session.query(Staff).order_by(Staff.name_key, Staff.id).all()
        able = [p.id for p in people if may_own(uow, p, None)]
        everyone = [p.id for p in people]
    assert [o.id for o in offered] == able
    left_out = set(everyone) - set(able)
    assert {a.staff["baja"], a.staff["pablo"], a.admin.staff_id} <= left_out
    assert {a.staff["alvaro"], a.staff["andres"], a.staff["raul"]} <= set(able)
    for staff_id in left_out:
        with pytest.raises(ValidationError):
            improvements.open_action(a.db, a.actor("lucia"), _action(staff_id))
    for staff_id in able:
        improvements.open_action(a.db, a.actor("lucia"), _action(staff_id))

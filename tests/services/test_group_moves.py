"""Account groups after they are made: another director, people and accounts moved between
groups with a plan that says what moves, done in one transaction and audited."""

from __future__ import annotations

from typing import TypeVar

import pytest
from factories import actor_for_staff, set_up
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.enums import AuditAction, Role, TitleGender
from agencia.domain.errors import DomainError, PermissionDenied, ValidationError
from agencia.domain.models import Account, AccountGroup, AuditEvent, Staff
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.people import groups, views
from agencia.services.people.group_moves import move_to_group, plan_move, set_director
from agencia.services.people.staff_edit import StaffInput, add_staff

T = TypeVar("T")


class Two:
    """Two groups: Lucía's (Pedro supervises Ana, who leads Alfa) and Jorge's (Beta)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.admin: Actor = set_up(db)
        self.lucia = self.add("Lucía Gómez", Role.ACCOUNT_DIRECTOR, gender=TitleGender.FEMININE)
        self.g1 = groups.add_group(db, self.admin, "Gran Consumo", self.lucia).id
        self.jorge = self.add("Jorge Vidal", Role.ACCOUNT_DIRECTOR)
        self.g2 = groups.add_group(db, self.admin, "Tecnología", self.jorge).id
        self.pedro = self.add("Pedro Ruiz", Role.ACCOUNT_SUPERVISOR, self.lucia, self.g1)
        self.ana = self.add("Ana Sol", Role.ACCOUNT_EXECUTIVE, self.pedro, self.g1)
        self.luis = self.add("Luis Mar", Role.ACCOUNT_EXECUTIVE, self.jorge, self.g2)
        self.alfa = self.account("Alfa", self.g1, self.ana)
        self.beta = self.account("Beta", self.g2, self.luis)

    def add(
        self,
        name: str,
        role: Role,
        boss: int | None = None,
        group: int | None = None,
        gender: TitleGender = TitleGender.MASCULINE,
    ) -> int:
        data = StaffInput(name, role, title_gender=gender, reports_to_id=boss, group_id=group)
        return add_staff(self.db, self.admin, data).id

    def account(self, name: str, group: int, lead: int) -> int:
        data = AccountInput(trade_name=name, group_id=group, lead_executive_id=lead)
        return create_account(self.db, self.admin, data).id

    def get(self, model: type[T], record_id: int) -> T:
        with unit_of_work(self.db, SYSTEM, write=False) as uow:
            found = uow.session.get(model, record_id)
            assert found is not None
            return found


@pytest.fixture
def two(db: Database) -> Two:
    return Two(db)


def _audits(db: Database) -> int:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return int(
            uow.session.scalar(
                select(func.count(AuditEvent.id)).where(AuditEvent.action == AuditAction.UPDATE)
            )
            or 0
        )


def test_a_moving_person_takes_the_accounts_they_lead_and_a_new_boss(two: Two) -> None:
    plan = plan_move(two.db, two.admin, two.g2, staff_ids=[two.ana])
    assert plan.texts("es") == [
        "Ana Sol pasa de «Gran Consumo» a «Tecnología».",
        "Con Ana Sol pasan a «Tecnología» las cuentas que lidera (1): Alfa.",
        "Ana Sol dependerá de Jorge Vidal.",
    ]
    assert two.get(Staff, two.ana).group_id == two.g1  # the plan changed nothing
    before = _audits(two.db)
    done = move_to_group(two.db, two.admin, two.g2, staff_ids=[two.ana])
    assert done.lines == plan.lines
    ana = two.get(Staff, two.ana)
    assert (ana.group_id, ana.reports_to_id) == (two.g2, two.jorge)
    alfa = two.get(Account, two.alfa)
    assert (alfa.group_id, alfa.lead_executive_id) == (two.g2, two.ana)
    assert _audits(two.db) - before == 3  # her group, her boss, the account
    counts = {g.name: (g.people, g.accounts) for g in views.list_groups(two.db, two.admin)}
    assert counts == {"Gran Consumo": (2, 0), "Tecnología": (3, 2)}
    for n in range(6):  # many accounts: named up to five, the rest counted
        two.account(f"Cuenta {n}", two.g2, two.ana)
    plan = plan_move(two.db, two.admin, two.g1, staff_ids=[two.ana])
    assert plan.texts("en")[1] == (
        "The accounts Ana Sol leads (7) move with them to 'Gran Consumo': Alfa, Cuenta 0, "
        "Cuenta 1, Cuenta 2, Cuenta 3 and 2 more."
    )


def test_an_account_moved_alone_needs_a_lead_of_the_new_group(two: Two) -> None:
    with pytest.raises(ValidationError) as refused:
        plan_move(two.db, two.admin, two.g2, account_ids=[two.alfa])
    assert refused.value.field_errors["lead_id"][0] == "group.lead_outside"
    with pytest.raises(ValidationError):  # Ana is not of the new group either
        move_to_group(two.db, two.admin, two.g2, account_ids=[two.alfa], lead_id=two.ana)
    plan = move_to_group(two.db, two.admin, two.g2, account_ids=[two.alfa], lead_id=two.luis)
    assert "«Alfa» la liderará Luis Mar (antes Ana Sol)." in plan.texts("es")
    alfa = two.get(Account, two.alfa)
    assert (alfa.group_id, alfa.lead_executive_id) == (two.g2, two.luis)
    assert two.get(Staff, two.ana).group_id == two.g1  # she stays


def test_a_refused_move_changes_nothing(two: Two) -> None:
    with pytest.raises(DomainError) as refused:  # Lucía directs Gran Consumo
        move_to_group(two.db, two.admin, two.g2, staff_ids=[two.ana, two.lucia])
    assert refused.value.code == "group.move_director"
    assert two.get(Staff, two.ana).group_id == two.g1
    with pytest.raises(DomainError) as nothing:
        move_to_group(two.db, two.admin, two.g2, staff_ids=[two.luis])
    assert nothing.value.code == "group.no_change"
    with pytest.raises(DomainError) as empty:
        plan_move(two.db, two.admin, two.g2)
    assert empty.value.code == "group.nothing_chosen"
    with pytest.raises(PermissionDenied):  # a director does not move people between groups
        move_to_group(two.db, actor_for_staff(two.db, two.jorge), two.g2, staff_ids=[two.ana])


def test_a_group_gets_another_director(two: Two) -> None:
    marta = two.add("Marta León", Role.ACCOUNT_DIRECTOR, gender=TitleGender.FEMININE)
    with pytest.raises(ValidationError) as elsewhere:  # Jorge directs Tecnología
        set_director(two.db, two.admin, two.g1, two.jorge)
    assert elsewhere.value.field_errors["director_id"][0] == "group.director_elsewhere"
    with pytest.raises(ValidationError):  # not a director
        set_director(two.db, two.admin, two.g1, two.pedro)
    set_director(two.db, two.admin, two.g1, marta)
    group = two.get(AccountGroup, two.g1)
    assert group.director_id == marta and two.get(Staff, marta).group_id == two.g1
    assert two.get(Staff, two.lucia).group_id == two.g1  # she stays, as a member
    row = {g.id: g for g in views.list_groups(two.db, two.admin)}[two.g1]
    assert row.director == "Marta León"
    # now Lucía directs no group: she may move
    move_to_group(two.db, two.admin, two.g2, staff_ids=[two.lucia])
    with pytest.raises(PermissionDenied):
        set_director(two.db, actor_for_staff(two.db, marta), two.g1, marta)

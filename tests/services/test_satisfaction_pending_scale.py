"""Satisfaction's part of Pendientes stays small and cheap however many accounts the
person sees: the accounts at risk come from their latest kept health score, the worst
`LISTED` one by one and one more item counting the rest, in a fixed number of SQL
statements (counted on the engines, not timed), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

from satisfaction_world import satisfaction_world
from sql_statements import statements

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.messages import render
from agencia.domain.models import Account, AccountGroup
from agencia.domain.satisfaction_enums import HealthBand
from agencia.domain.satisfaction_models import HealthRecord
from agencia.services.satisfaction.pending import LISTED, waiting

TODAY = date(2026, 12, 1)
ACCOUNTS = 240


def _record(account_id: int, on: date, score: int, band: HealthBand) -> HealthRecord:
    reasons = [["health.overdue_tasks", {"n": score}]]
    return HealthRecord(
        account_id=account_id, computed_on=on, score=score, band=band, reasons=reasons
    )


def test_a_director_of_many_accounts_gets_a_bounded_list(db: Database) -> None:
    world = satisfaction_world(db)
    director = world.actor("director")
    expected: list[tuple[int, str]] = []  # (score, name) of the accounts at risk she sees
    with unit_of_work(db, SYSTEM) as uow:
        other = AccountGroup(name="Otro grupo")
        uow.session.add(other)
        uow.session.flush()
        for i in range(ACCOUNTS):
            name = f"Cuenta {i:04d}"
            account = Account(trade_name=name, group_id=director.group_id, name_key=name.lower())
            uow.session.add(account)
            uow.session.flush()
            if i % 10 == 9:
                continue  # never computed: not at risk
            # at risk a month ago; today healthy for one in four
            uow.session.add(_record(account.id, TODAY - timedelta(days=30), 10, HealthBand.AT_RISK))
            if i % 4 == 0:
                uow.session.add(_record(account.id, TODAY, 80, HealthBand.HEALTHY))
            else:
                score = 5 + i % 30
                uow.session.add(_record(account.id, TODAY, score, HealthBand.AT_RISK))
                expected.append((score, name))
            # a score kept for a later day is not today's
            uow.session.add(_record(account.id, TODAY + timedelta(days=3), 1, HealthBand.AT_RISK))
        hidden = Account(trade_name="Ajena", group_id=other.id, name_key="ajena")
        uow.session.add(hidden)
        uow.session.flush()
        uow.session.add(_record(hidden.id, TODAY, 0, HealthBand.AT_RISK))
    expected.sort()
    assert len(expected) > LISTED + 10

    with (
        unit_of_work(db, director, write=False) as uow,
        statements(db.writer, db.reader) as seen,
    ):
        items = waiting(uow, TODAY)
    assert 0 < len(seen) <= 3, seen
    listed = [i for i in items if i.kind == "account_health"]
    assert [i.account for i in listed] == [name for _, name in expected[:LISTED]]
    worst = expected[0][0]
    reasons = render("health.overdue_tasks", {"n": worst})
    assert listed[0].title == render("pending.health_at_risk", {"score": worst, "reasons": reasons})
    [more] = [i for i in items if i.kind == "account_health_more"]
    assert more.title == render("pending.health_more", {"n": len(expected) - LISTED})
    assert len(items) == LISTED + 1

    with unit_of_work(db, world.actor("outsider"), write=False) as uow:
        assert waiting(uow, TODAY) == []

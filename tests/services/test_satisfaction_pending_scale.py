"""Satisfaction's part of Pendientes stays small and cheap however many accounts the
person sees: the candidates come from their latest kept health score, the worst `LISTED`
kept, whose health is then computed for today as the satisfaction page computes it (the
line shows that figure, or leaves when no longer at risk), and one more item counts the
rest, in a fixed number of SQL statements (counted on the engines, not timed), on
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from satisfaction_world import satisfaction_world
from sql_statements import statements

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.messages import render
from agencia.domain.models import Account, AccountGroup
from agencia.domain.satisfaction_enums import HealthBand
from agencia.domain.satisfaction_models import HealthRecord
from agencia.domain.service_enums import Priority, RequestKind
from agencia.domain.service_models import ServiceRequest
from agencia.services.satisfaction import health
from agencia.services.satisfaction.pending import LISTED, waiting

TODAY = date(2026, 12, 1)
ACCOUNTS = 240


def _record(account_id: int, on: date, score: int, band: HealthBand) -> HealthRecord:
    reasons = [["health.overdue_tasks", {"n": score}]]
    return HealthRecord(
        account_id=account_id, computed_on=on, score=score, band=band, reasons=reasons
    )


def _late_request(account_id: int) -> ServiceRequest:
    return ServiceRequest(
        account_id=account_id,
        channel=Channel.PHONE,
        kind=RequestKind.REQUEST,
        priority=Priority.NORMAL,
        subject="Tarde",
        received_at=datetime(2026, 11, 25, tzinfo=UTC),
        breached=True,
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
                uow.session.add(_late_request(account.id))  # at risk for the page too
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
    assert 0 < len(seen) <= 10, seen  # the candidates, then their health: a fixed handful
    listed = [i for i in items if i.kind == "account_health"]
    names = {name for _, name in expected[:LISTED]}
    assert {i.account for i in listed} == names
    page = {h.account: h.health for h in health.account_health(db, director, TODAY)}
    for item in listed:  # the page's figure, not the kept one
        now = page[item.account].score
        words = render("pending.health_at_risk", {"score": now, "reasons": ""})
        assert item.title.startswith(words.rstrip()), (item.title, now)
    [more] = [i for i in items if i.kind == "account_health_more"]
    assert more.title == render("pending.health_more", {"n": len(expected) - LISTED})
    assert len(items) == LISTED + 1

    with unit_of_work(db, world.actor("outsider"), write=False) as uow:
        assert waiting(uow, TODAY) == []

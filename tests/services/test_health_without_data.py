"""A new account — no surveys, no request decided yet, no task of its own — has no health
figure: a request still in time has kept no promise yet, and an account with no task has
none overdue only because it has none. «100 · Sana» from nothing measured pretended."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from satisfaction_world import World, satisfaction_world

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.account_health import Health
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Campaign
from agencia.domain.coordination_enums import TaskStatus
from agencia.domain.coordination_models import Task
from agencia.domain.enums import Channel
from agencia.domain.satisfaction_enums import HealthFactor
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus
from agencia.domain.service_models import ServiceRequest
from agencia.services.satisfaction import health

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 9, tzinfo=UTC)


@pytest.fixture
def world(db: Database) -> World:
    return satisfaction_world(db)


def _request(world: World, account: str, *, resolved: bool = False, breached: bool = False) -> None:
    with unit_of_work(world.db, SYSTEM) as uow:
        uow.session.add(
            ServiceRequest(
                account_id=world.accounts[account],
                channel=Channel.PHONE,
                kind=RequestKind.REQUEST,
                priority=Priority.NORMAL,
                subject="Arte final",
                received_at=NOW - timedelta(days=2),
                due_resolution_at=NOW + timedelta(days=3),
                status=RequestStatus.RESOLVED if resolved else RequestStatus.NEW,
                resolved_at=NOW - timedelta(days=1) if resolved else None,
                breached=breached,
            )
        )


def _by_account(world: World) -> dict[int, Health]:
    rows = health.account_health(world.db, world.actor("director"), TODAY)
    return {r.account_id: r.health for r in rows}


def test_an_open_request_in_time_measures_nothing(world: World) -> None:
    _request(world, "cafe")
    found = _by_account(world)[world.accounts["cafe"]]
    assert found.score is None and found.band is None, found
    assert found.reasons == (("health.nothing_known", {}),)


def test_decided_requests_measure_the_sla(world: World) -> None:
    _request(world, "cafe")  # still in time: left out
    _request(world, "cafe", resolved=True)
    _request(world, "cafe", breached=True)  # open and past its promise: broken
    found = _by_account(world)[world.accounts["cafe"]]
    sla = next(f for f in found.factors if f.factor is HealthFactor.SLA)
    assert sla.part == 0.5
    assert ("health.sla_breaches", {"n": 1}) in found.reasons


def test_an_account_with_no_task_has_no_overdue_factor(world: World) -> None:
    with unit_of_work(world.db, SYSTEM) as uow:  # the agency plans tasks, for tacos only
        campaign = Campaign(
            account_id=world.accounts["tacos"],
            name="Verano",
            code="TC-TEST-1",
            owner_id=world.staff["exec"],
        )
        uow.session.add(campaign)
        uow.session.flush()
        uow.session.add(
            Task(
                campaign_id=campaign.id,
                title="Arte final",
                start_on=TODAY - timedelta(days=3),
                due_on=TODAY + timedelta(days=3),
                status=TaskStatus.TODO,
            )
        )
    by = _by_account(world)
    cafe, tacos = by[world.accounts["cafe"]], by[world.accounts["tacos"]]
    assert cafe.score is None and cafe.reasons == (("health.nothing_known", {}),), cafe
    assert {f.factor for f in tacos.factors} == {HealthFactor.OVERDUE_TASKS}
    assert tacos.score == 100

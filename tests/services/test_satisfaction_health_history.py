"""The account health kept day by day, on both databases: a response or an action
writes the account's row for that day (a second computation the same day replaces it),
`record_health` writes every visible account's, and the history reads back oldest first
for whoever may see the account."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from satisfaction_world import World, every_question, satisfaction_world, survey_response
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import NotFound
from agencia.domain.satisfaction_enums import HealthBand
from agencia.domain.satisfaction_models import HealthRecord
from agencia.services.satisfaction import health_history, improvements, responses

TODAY = date(2026, 11, 20)


@pytest.fixture
def world(db: Database) -> World:
    return satisfaction_world(db)


def _respond(world: World, account: str, on: date, perceived: int, today: date = TODAY) -> None:
    data = survey_response(world, account, on, every_question(4, perceived))
    responses.record_response(world.db, world.actor("exec"), data, today)


def _rows(world: World) -> int:
    with unit_of_work(world.db, SYSTEM, write=False) as uow:
        return uow.session.scalar(select(func.count(HealthRecord.id))) or 0


def test_a_response_keeps_its_accounts_health_of_the_day(world: World) -> None:
    _respond(world, "cafe", date(2026, 5, 10), 5, today=TODAY - timedelta(days=30))
    _respond(world, "cafe", date(2026, 10, 10), 2)
    _respond(world, "cafe", date(2026, 11, 1), 2)  # the same day again: replaced, not added
    points = health_history.health_history(
        world.db, world.actor("director"), world.accounts["cafe"]
    )
    assert [p.on for p in points] == [TODAY - timedelta(days=30), TODAY]
    before, now = points
    assert before.band is HealthBand.HEALTHY and before.satisfaction == 5.0
    assert now.band is HealthBand.AT_RISK and now.satisfaction == 2.0
    assert ("health.fell", {"dimension": "Empatía", "fall": 3.0}) in now.reasons
    assert now.score is not None and before.score is not None and now.score < before.score
    assert _rows(world) == 2  # only the account that changed


def test_recording_keeps_every_visible_account_and_the_history_is_theirs(world: World) -> None:
    _respond(world, "tacos", date(2026, 10, 12), 4)
    assert health_history.record_health(world.db, world.actor("director"), TODAY) == 2
    assert health_history.record_health(world.db, world.actor("director"), TODAY) == 2
    assert _rows(world) == 2  # tacos's row of the day replaced, cafe's added
    seen = health_history.health_history(world.db, world.actor("director"))
    assert sorted(p.account for p in seen) == ["Café Madrid", "Tacos CDMX"]
    cafe = next(p for p in seen if p.account == "Café Madrid")
    assert cafe.score is None and cafe.band is None  # nothing known of it yet: said so
    assert health_history.health_history(world.db, world.actor("outsider")) == []
    with pytest.raises(NotFound):
        health_history.health_history(world.db, world.actor("outsider"), world.accounts["tacos"])
    later = health_history.health_history(
        world.db, world.actor("director"), start=TODAY + timedelta(days=1)
    )
    assert later == []


def test_an_improvement_action_keeps_the_health_too(world: World) -> None:
    _respond(world, "cafe", date(2026, 10, 10), 3, today=TODAY - timedelta(days=3))
    improvements.open_action(
        world.db,
        world.actor("director"),
        improvements.ActionInput(
            account_id=world.accounts["cafe"],
            dimension="Empatía",
            title="Llamar cada semana",
            owner_id=world.staff["exec"],
            due_on=TODAY + timedelta(days=30),
            opened_gap=-1.0,
            opened_on=TODAY,
        ),
    )
    days = [
        p.on
        for p in health_history.health_history(
            world.db, world.actor("director"), world.accounts["cafe"]
        )
    ]
    assert days == [TODAY - timedelta(days=3), TODAY]

"""The satisfaction's batch paths, on both databases: `bulk.record_responses` keeps the
same responses and the same health rows as `record_response` one at a time (the last
contact included), `bulk.record_health` the same rows as `health_history.record_health`
(a second run the same day replaces them), and a refused response keeps nothing of its
person's run."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from satisfaction_world import World, every_question, satisfaction_world, survey_response
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import Channel
from agencia.domain.errors import PermissionDenied, ValidationError
from agencia.domain.satisfaction_models import HealthRecord, SurveyAnswer, SurveyResponse
from agencia.domain.service_enums import Direction
from agencia.services.communications import log
from agencia.services.satisfaction import bulk, health_history, responses
from agencia.services.satisfaction.responses import ResponseInput

TODAY = date(2026, 11, 20)
DAYS = (date(2026, 2, 10), date(2026, 5, 10), date(2026, 10, 10))


@pytest.fixture
def world(db: Database) -> World:
    w = satisfaction_world(db)
    for key, days in (("cafe", 9), ("tacos", 9)):  # the same last contact for both
        log.log_communication(
            db,
            w.actor("exec"),
            log.NewCommunication(
                w.accounts[key],
                Channel.PHONE,
                Direction.INBOUND,
                "Llamada",
                occurred_at=datetime(2026, 11, 20, 10, tzinfo=UTC) - timedelta(days=days),
            ),
        )
    return w


def _input(world: World, account: str, on: date, perceived: int) -> ResponseInput:
    answers = every_question(4, perceived)
    if perceived == 2:  # Empatía left unanswered
        answers.update({(5, 1): (4, None), (5, 2): (4, None)})
    return survey_response(world, account, on, answers, importance={1: 5, 2: 3})


def _health(world: World, account: str) -> list[tuple[Any, ...]]:
    with unit_of_work(world.db, SYSTEM, write=False) as uow:
        return [
            (h.computed_on, h.score, h.band, h.satisfaction, h.reasons)
            for h in uow.session.scalars(
                select(HealthRecord)
                .where(HealthRecord.account_id == world.accounts[account])
                .order_by(HealthRecord.computed_on)
            )
        ]


def _answers(world: World, account: str) -> list[tuple[Any, ...]]:
    with unit_of_work(world.db, SYSTEM, write=False) as uow:
        return [
            tuple(row)
            for row in uow.session.execute(
                select(
                    SurveyResponse.answered_on,
                    SurveyResponse.answered,
                    SurveyResponse.importance,
                    SurveyAnswer.dimension_no,
                    SurveyAnswer.question_no,
                    SurveyAnswer.perceived,
                )
                .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
                .where(SurveyResponse.account_id == world.accounts[account])
                .order_by(SurveyResponse.answered_on, SurveyAnswer.id)
            )
        ]


def test_a_batch_keeps_what_one_at_a_time_keeps(world: World) -> None:
    execu = world.actor("exec")
    for n, day in enumerate(DAYS):
        responses.record_response(world.db, execu, _input(world, "cafe", day, 5 - n), day)
    saved = bulk.record_responses(
        world.db,
        [bulk.Entry(execu, _input(world, "tacos", day, 5 - n), day) for n, day in enumerate(DAYS)],
    )
    assert len(saved) == 3 and saved[2].warnings == ()
    assert saved[2].id > saved[0].id
    assert _answers(world, "tacos") == _answers(world, "cafe")
    kept = _health(world, "cafe")
    assert [k[0] for k in kept] == list(DAYS)
    assert _health(world, "tacos") == kept


def test_an_incomplete_response_says_so(world: World) -> None:
    entry = bulk.Entry(world.actor("exec"), _input(world, "tacos", DAYS[0], 2), DAYS[0])
    (saved,) = bulk.record_responses(world.db, [entry])
    assert saved.warnings == (("response.incomplete", {"answered": 8, "total": 10}),)


def test_every_accounts_health_as_record_health_keeps_it(world: World) -> None:
    execu = world.actor("exec")
    responses.record_response(world.db, execu, _input(world, "cafe", DAYS[1], 2), DAYS[1])
    responses.record_response(world.db, execu, _input(world, "tacos", DAYS[2], 4), DAYS[2])
    one_day, other_day = TODAY, TODAY + timedelta(days=1)
    assert health_history.record_health(world.db, SYSTEM, one_day) == 2
    assert bulk.record_health(world.db, SYSTEM, other_day) == 2
    for account in ("cafe", "tacos"):
        rows = {k[0]: k[1:] for k in _health(world, account)}
        assert rows[other_day] == rows[one_day]
        assert rows[one_day][0] is not None
    before = {k[0]: k[1:] for k in _health(world, "cafe")}[other_day]
    # the same day again: replaced, not added
    responses.record_response(world.db, execu, _input(world, "cafe", TODAY, 1), TODAY)
    assert bulk.record_health(world.db, SYSTEM, other_day) == 2
    with unit_of_work(world.db, SYSTEM, write=False) as uow:
        count = uow.session.scalar(
            select(func.count()).where(HealthRecord.computed_on == other_day)
        )
    assert count == 2
    cafe = {k[0]: k[1:] for k in _health(world, "cafe")}
    assert cafe[other_day] != before  # the new low response counts
    assert cafe[other_day] == cafe[one_day]  # as `record_response` kept it for its day
    assert bulk.record_health(world.db, world.actor("outsider"), other_day) == 0


def test_a_refused_response_keeps_nothing_of_its_run(world: World) -> None:
    execu = world.actor("exec")
    good = _input(world, "cafe", DAYS[0], 4)
    future = _input(world, "cafe", TODAY + timedelta(days=3), 4)
    with pytest.raises(ValidationError) as refused:
        bulk.record_responses(
            world.db, [bulk.Entry(execu, good, TODAY), bulk.Entry(execu, future, TODAY)]
        )
    assert "answered_on" in refused.value.field_errors
    assert _answers(world, "cafe") == [] and _health(world, "cafe") == []
    with pytest.raises(PermissionDenied):
        bulk.record_responses(world.db, [bulk.Entry(world.actor("outsider"), good, TODAY)])

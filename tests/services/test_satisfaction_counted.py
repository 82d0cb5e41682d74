"""The results counted in the database (`results.results_in`) are the results of the
answers read one by one (`results.compute` of `results.scored`): the same `Results`,
float for float, for every scope — the agency, each group, executive and account,
within dates — on the small demo and on answers made to be awkward (several scales,
incomplete responses, importance given and not, a stored count that lies), on both
databases."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from satisfaction_world import World, five_indicators, satisfaction_world, survey_response
from small_demo import small_demo
from sqlalchemy import func, select, update

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.models import Account
from agencia.domain.satisfaction_models import SurveyResponse
from agencia.domain.survey_templates import DimensionDef, TemplateDef
from agencia.services import auth
from agencia.services.satisfaction import responses, templates
from agencia.services.satisfaction.results import Results, Scope, compute, results_in, scored

TODAY = date(2026, 11, 20)


def _both(db: Database, actor: Actor, scope: Scope, lang: str | None = None) -> Results:
    with unit_of_work(db, actor, write=False) as uow:
        fast = results_in(uow, scope, lang)
        answers, facts = scored(uow, scope, lang)
        assert fast == compute(answers, facts), scope
    return fast


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    with small_demo(request, tmp_path_factory) as (db, _summary):
        yield db


def test_every_scope_of_the_small_demo(demo_db: Database) -> None:
    director = auth.actor_for(demo_db, auth.default_login(demo_db) or "")
    with unit_of_work(demo_db, SYSTEM, write=False) as uow:
        accounts = uow.session.execute(
            select(Account.id, Account.group_id, Account.lead_executive_id).where(
                Account.id.in_(select(SurveyResponse.account_id))
            )
        ).all()
        first = uow.session.scalar(select(func.min(SurveyResponse.answered_on)))
    assert first is not None
    middle = first + timedelta(days=170)
    whole = _both(demo_db, SYSTEM, Scope())
    assert whole.responses > 0 and whole.dimensions and whole.trend and whole.incomplete
    assert _both(demo_db, director, Scope()).responses > 0
    _both(demo_db, SYSTEM, Scope(), "en")
    for account_id, _group, _executive in accounts:
        _both(demo_db, SYSTEM, Scope(account_id=account_id))
        _both(demo_db, director, Scope(account_id=account_id))
    for group_id in {g for _a, g, _e in accounts if g is not None}:
        _both(demo_db, SYSTEM, Scope(group_id=group_id))
        _both(demo_db, SYSTEM, Scope(group_id=group_id, start=middle))
    for executive_id in {e for _a, _g, e in accounts if e is not None}:
        _both(demo_db, SYSTEM, Scope(executive_id=executive_id))
    for scope in (
        Scope(start=middle),
        Scope(end=middle),
        Scope(start=middle, end=middle + timedelta(days=60)),
        Scope(start=date(2000, 1, 1), end=date(2000, 2, 1)),  # nothing
    ):
        _both(demo_db, SYSTEM, scope)
        _both(demo_db, director, scope)


@pytest.fixture
def world(db: Database) -> World:
    return satisfaction_world(db)


def _awkward(world: World) -> None:
    """Responses on the five-point survey and on a seven-point copy with a dimension of
    its own, some incomplete, some with importance, over three quarters."""
    five = five_indicators(world)
    seven_id = templates.create_template(
        world.db,
        world.actor("director"),
        TemplateDef(
            "Siete",
            (
                *templates.get_template(world.db, world.admin, five.id).dimensions[:2],
                DimensionDef("Creatividad", ("¿Sorprende?", "¿Propone?", "¿Arriesga?")),
            ),
            7,
        ),
    ).id
    rng = random.Random(7)
    for i in range(40):
        seven = i % 3 == 0
        shape = [(1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (3, 2)] + (
            [(3, 3)] if seven else [(4, 1), (4, 2), (5, 1), (5, 2)]
        )
        top = 7 if seven else 5
        values = {
            place: (
                rng.choice([None, *range(1, top + 1)]),
                None if i % 4 == 1 and rng.random() < 0.5 else rng.randint(1, top),
            )
            for place in shape
            if i % 5 != 2 or rng.random() < 0.6
        }
        values = {k: v for k, v in values.items() if v != (None, None)} or {(1, 1): (3, 3)}
        importance = {d: rng.randint(1, top) for d in (1, 3) if rng.random() < 0.5}
        data = survey_response(
            world,
            "cafe" if i % 2 else "tacos",
            date(2026, 1, 5) + timedelta(days=7 * i),
            values,
            seven_id if seven else five.id,
            importance,
        )
        responses.record_response(world.db, world.actor("exec"), data, TODAY)


def test_several_scales_incomplete_responses_and_importance(world: World) -> None:
    _awkward(world)
    found = _both(world.db, world.admin, Scope())
    assert found.points == 5 and found.incomplete > 0
    assert "Creatividad" in {d.dimension for d in found.dimensions}
    _both(world.db, world.actor("director"), Scope())
    _both(world.db, world.actor("outsider"), Scope())
    _both(world.db, world.admin, Scope(account_id=world.accounts["cafe"]), "en")
    _both(world.db, world.admin, Scope(start=date(2026, 4, 1), end=date(2026, 6, 30)))


def test_a_stored_count_that_lies_is_not_believed(world: World) -> None:
    """A response that says it is complete but is not: the dimensions it did not answer
    must not count it, as they do not when the answers are read one by one."""
    _awkward(world)
    with unit_of_work(world.db, SYSTEM) as uow:
        uow.session.execute(
            update(SurveyResponse)
            .where(SurveyResponse.answered < SurveyResponse.questions)
            .values(answered=SurveyResponse.questions)
        )
    with unit_of_work(world.db, SYSTEM, write=False) as uow:
        assert (
            uow.session.scalar(
                select(SurveyResponse.id).where(SurveyResponse.answered < SurveyResponse.questions)
            )
            is None
        )
    found = _both(world.db, world.admin, Scope())
    assert found.incomplete == 0

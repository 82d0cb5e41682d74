"""The demo's satisfaction part: both templates, a year of responses from at least 15
accounts (some incomplete), gaps that became actions, and two accounts at risk for
different reasons — on both databases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from small_demo import small_demo
from sqlalchemy import func, select

from agencia.areas import pending_for
from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo.clock import DEMO_NOW
from agencia.domain.actor import SYSTEM
from agencia.domain.satisfaction_enums import HealthBand
from agencia.domain.satisfaction_models import ImprovementAction, SurveyResponse, SurveyTemplate
from agencia.services import auth
from agencia.services.satisfaction import health, improvements, results


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    with small_demo(request, tmp_path_factory) as (db, _summary):
        yield db


def test_a_year_of_responses_from_at_least_15_accounts(demo_db: Database) -> None:
    with unit_of_work(demo_db, SYSTEM, write=False) as uow:
        shipped = set(uow.session.scalars(select(SurveyTemplate.shipped)))
        accounts = uow.session.scalar(select(func.count(func.distinct(SurveyResponse.account_id))))
        first, last = uow.session.execute(
            select(func.min(SurveyResponse.answered_on), func.max(SurveyResponse.answered_on))
        ).one()
        incomplete = uow.session.scalar(
            select(func.count()).where(SurveyResponse.answered < SurveyResponse.questions)
        )
        used = set(uow.session.scalars(select(SurveyResponse.template_id).distinct()))
        actions = uow.session.scalar(select(func.count()).select_from(ImprovementAction))
    assert {"five_indicators", "eight_values"} <= shipped and len(used) == 2
    assert (accounts or 0) >= 15
    assert (last - first).days >= 300
    assert (incomplete or 0) > 0
    assert (actions or 0) >= 3


def test_two_accounts_at_risk_for_different_reasons(demo_db: Database) -> None:
    director = auth.actor_for(demo_db, auth.default_login(demo_db) or "")
    today = DEMO_NOW.date()
    rows = health.account_health(demo_db, director, today)
    at_risk = [r for r in rows if r.health.band is HealthBand.AT_RISK]
    reasons = [{code for code, _ in r.health.reasons} for r in at_risk]
    assert any("health.fell" in r for r in reasons)
    assert any("health.fell" not in r and "health.low_satisfaction" in r for r in reasons)
    found = results.satisfaction_results(demo_db, director)
    assert found.weakest and found.incomplete > 0
    actions = improvements.list_actions(demo_db, director, today=today)
    assert any(a.overdue for a in actions)
    assert any(a.verdict == "closed" for a in actions)
    items = [i for i in pending_for(demo_db, director, today) if i.kind == "account_health"]
    assert {i.account for i in items} == {r.account for r in at_risk}


def test_the_health_is_kept_over_the_year(demo_db: Database) -> None:
    """Each response kept its account's health on the day it was answered: the account
    whose empathy collapsed shows the fall in its kept days, every account has today's."""
    from agencia.services.satisfaction.health_history import health_history

    director = auth.actor_for(demo_db, auth.default_login(demo_db) or "")
    today = DEMO_NOW.date()
    kept = health_history(demo_db, director)
    last: dict[int, date] = {}
    for point in kept:
        last[point.account_id] = point.on  # oldest first: the last one stays
    assert last and set(last.values()) == {today}
    fallen = [
        r.account_id
        for r in health.account_health(demo_db, director, today)
        if any(code == "health.fell" for code, _ in r.health.reasons)
        and r.health.band is HealthBand.AT_RISK
    ]
    assert fallen
    days = [p for p in kept if p.account_id == fallen[0] and p.score is not None]
    assert (days[-1].on - days[0].on).days >= 300
    scores = [p.score or 0 for p in days]
    assert max(scores[:-1]) > scores[-1] + 15

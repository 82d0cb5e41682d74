"""The satisfaction page's first view — the accounts in the worst health, a page of them —
shows each account's health exactly as that account's own line (`health_of` with the
account alone), for a mix of accounts (with and without responses, with requests, tasks,
contacts and approvals), only the accounts the person may see, in the page's order; and
the satisfaction the health reads for every account at once (two quarters of answers per
account) is `satisfaction_inputs` of every answer — also where an account's latest
quarter holds no answer that counts. On the small demo, on both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from factories import add_account
from sqlalchemy import func, select, update

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo.clock import DEMO_NOW
from agencia.demo.fill import fill_demo
from agencia.domain.models import Account
from agencia.domain.satisfaction_enums import HealthFactor
from agencia.domain.satisfaction_models import SurveyAnswer, SurveyResponse
from agencia.domain.survey_scoring import quarter
from agencia.services import auth
from agencia.services.accounts.access import visible_clause
from agencia.services.satisfaction import health
from agencia.services.satisfaction.health import health_of, worst_health
from agencia.services.satisfaction.health_satisfaction import (
    Satisfaction,
    perceived_by_account,
    satisfaction_by_account,
    satisfaction_inputs,
)
from agencia.services.satisfaction.page import read_health

TODAY = DEMO_NOW.date()
DAYS = (TODAY, TODAY - timedelta(days=200))


def test_the_pages_health_is_each_accounts_own(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_demo(db, "small", seed=0)
    director = auth.actor_for(db, auth.default_login(db) or "")
    # a new account of the director's group (no response, no contact yet) and one outside it
    quiet = add_account(db, "Cuenta Sin Encuestas", group_id=director.group_id)
    hidden = add_account(db, "Cuenta Ajena")
    with unit_of_work(db, director, write=False) as uow:
        every = set(uow.session.scalars(select(Account.id)))
        visible = set(uow.session.scalars(select(Account.id).where(visible_clause(director))))
        assert quiet in visible and hidden in every - visible
        for day in DAYS:
            page = worst_health(uow, day, 10_000)
            assert page.total == len(visible)
            assert {r.account_id for r in page.rows} == visible
            for row in page.rows:
                assert health_of(uow, day, row.account_id) == [row], (day, row.account)
            order = [
                (r.health.score if r.health.score is not None else 101, r.account, r.account_id)
                for r in page.rows
            ]
            assert order == sorted(order)
            factors = [{f.factor for f in r.health.factors} for r in page.rows]
            assert any(HealthFactor.SATISFACTION in f for f in factors)  # with responses
            # a new account, nothing measured yet (no response, request, task nor contact):
            # on the page, with no figure rather than one made of nothing
            new = next(r for r in page.rows if r.account_id == quiet)
            assert new.health.score is None and not new.health.factors
            first = worst_health(uow, day, 7)
            assert first.rows == page.rows[:7] and first.total == page.total
            # ranked as the lines come, the lines above the page's last figure let go
            for limit in (1, 2, 3):
                assert worst_health(uow, day, limit).rows == page.rows[:limit], limit
            # the names of many accounts tied at the page's last figure, read at once
            monkeypatch.setattr(health, "ONE_QUERY_MOST", 1)
            assert worst_health(uow, day, 7) == first
            monkeypatch.undo()
    shown = read_health(db, director, 5, today=TODAY)
    assert len(shown.rows) == 5 and shown.total == len(visible)


def test_every_accounts_satisfaction_at_once_is_answer_by_answer(db: Database) -> None:
    fill_demo(db, "small", seed=0)
    director = auth.actor_for(db, auth.default_login(db) or "")

    def both() -> tuple[dict[int, Satisfaction], dict[int, Satisfaction]]:
        with unit_of_work(db, director, write=False) as uow:
            fast = satisfaction_by_account(uow, TODAY)
            slow = {a: satisfaction_inputs(v) for a, v in perceived_by_account(uow, TODAY).items()}
            # the falls in the order the dimensions were met: a tie between them keeps it
            assert [list(fast[a][1] or ()) for a in fast] == [list(slow[a][1] or ()) for a in fast]
            for one in list(slow)[:3]:
                assert satisfaction_by_account(uow, TODAY, one) == {one: slow[one]}
            return fast, slow  # type: ignore[return-value]  # (its scores are never None)

    fast, slow = both()
    assert len(slow) >= 10 and fast == slow
    assert any(fell for _score, fell in slow.values())  # a trend compared somewhere
    # an account's latest quarter left with answers only to places its survey lacks: that
    # quarter no longer counts, and its older ones are read
    with unit_of_work(db, director, write=True) as uow:
        account, latest = uow.session.execute(
            select(SurveyResponse.account_id, func.max(SurveyResponse.answered_on))
            .where(SurveyResponse.account_id.in_(list(slow)))
            .group_by(SurveyResponse.account_id)
            .having(func.count(func.distinct(SurveyResponse.answered_on)) >= 3)
            .order_by(SurveyResponse.account_id)
            .limit(1)
        ).one()
        gone = select(SurveyResponse.id).where(
            SurveyResponse.account_id == account,
            SurveyResponse.answered_on >= quarter(latest),
            SurveyResponse.answered_on <= TODAY,
        )
        uow.session.execute(
            update(SurveyAnswer)
            .where(SurveyAnswer.response_id.in_(gone))
            .values(question_no=SurveyAnswer.question_no + 20)
        )
    changed_fast, changed_slow = both()
    assert changed_fast == changed_slow
    assert changed_slow.get(account) != slow[account]

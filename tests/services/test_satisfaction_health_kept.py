"""The health the page computes and the health kept day by day agree on the small demo:
the kept rows (`record_health`) say the same band, figure and reasons as the page's list,
and one account's health asked for alone is that account's line of the whole list — on
both databases; and the health reads the very answers the results read (`scored`), in
their order (a tie between falls keeps the order the dimensions were met). A later
change that reads the page's list from the kept rows may lean on this."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from small_demo import small_demo

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo.clock import DEMO_NOW
from agencia.domain.survey_scales import rescale
from agencia.services import auth
from agencia.services.satisfaction.health import health_of
from agencia.services.satisfaction.health_history import health_history, record_health
from agencia.services.satisfaction.health_satisfaction import Perceived, perceived_by_account
from agencia.services.satisfaction.page import read_health
from agencia.services.satisfaction.results import scored
from agencia.services.satisfaction.scope import Scope


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    with small_demo(request, tmp_path_factory) as (db, _summary):
        yield db


def test_the_kept_health_of_the_day_is_the_pages(demo_db: Database) -> None:
    director = auth.actor_for(demo_db, auth.default_login(demo_db) or "")
    today = DEMO_NOW.date()
    shown = read_health(demo_db, director, 10_000, today=today).rows
    assert shown and any(r.health.reasons for r in shown)
    assert record_health(demo_db, director, today) == len(shown)
    kept = {p.account_id: p for p in health_history(demo_db, director, start=today, end=today)}
    assert set(kept) == {r.account_id for r in shown}
    for row in shown:
        point = kept[row.account_id]
        assert (point.score, point.band, point.reasons) == (
            row.health.score,
            row.health.band,
            row.health.reasons,
        ), row.account


def test_one_accounts_health_alone_is_its_line_of_the_list(demo_db: Database) -> None:
    director = auth.actor_for(demo_db, auth.default_login(demo_db) or "")
    today = DEMO_NOW.date()
    with unit_of_work(demo_db, director, write=False) as uow:
        whole = health_of(uow, today)
        assert whole
        for row in whole:
            assert health_of(uow, today, row.account_id) == [row]
        some = [r.account_id for r in whole[::2]]
        assert health_of(uow, today, some) == [r for r in whole if r.account_id in some]


def test_the_health_reads_the_answers_the_results_read(demo_db: Database) -> None:
    director = auth.actor_for(demo_db, auth.default_login(demo_db) or "")
    today = DEMO_NOW.date()
    with unit_of_work(demo_db, director, write=False) as uow:
        answers, responses = scored(uow, Scope(end=today))
        account_of = {r.id: r.account_id for r in responses}
        expected: dict[int, list[Perceived]] = defaultdict(list)
        for a in answers:
            if a.perceived is not None:
                expected[account_of[a.response]].append(
                    (a.on, a.dimension, rescale(a.perceived, a.points, 5))
                )
        assert len(expected) >= 15
        assert perceived_by_account(uow, today) == expected
        some = next(iter(expected))
        assert perceived_by_account(uow, today, some) == {some: expected[some]}

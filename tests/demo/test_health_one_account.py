"""One account's health, and a few accounts', come from the same code as every account's
(`health.health_of` with `only`, its sources asked for those accounts alone) and give
exactly the rows of the whole agency's computation — on the small demo, whose accounts
have requests, tasks (some overdue), communications and client approvals, on both
databases and on days across the demo's year. And one account's costs what that account
has, not what the agency has (counted in SQLite's own steps, not in seconds)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.demo.clock import DEMO_NOW
from agencia.demo.fill import fill_demo
from agencia.domain.actor import SYSTEM
from agencia.domain.models import Account
from agencia.domain.satisfaction_enums import HealthFactor
from agencia.services.satisfaction import health_sources as sources
from agencia.services.satisfaction.health import health_of

TODAY = DEMO_NOW.date()
DAYS = (TODAY, TODAY - timedelta(days=40), TODAY - timedelta(days=200))


def _sources(uow: UnitOfWork, day: date) -> list[Callable[..., dict[int, Any] | None]]:
    return [
        lambda only=None: sources.sla(uow, day, only),
        lambda only=None: sources.overdue_tasks(uow, day, only),
        lambda only=None: sources.last_contacts(uow, only),
        lambda only=None: sources.approval_days(uow, day, only),
    ]


def test_one_accounts_health_is_its_line_in_everyones(db: Database) -> None:
    fill_demo(db, "small", seed=0)
    with unit_of_work(db, SYSTEM, write=False) as uow:
        ids = list(uow.session.scalars(select(Account.id).order_by(Account.id)))
        compared, seen, found = 0, set(), 0
        for day in DAYS:
            everyone = {row.account_id: row for row in health_of(uow, day)}
            assert set(everyone) == set(ids)
            for account_id in ids:
                assert health_of(uow, day, account_id) == [everyone[account_id]], (day, account_id)
                compared += 1
                seen |= {f.factor for f in everyone[account_id].health.factors}
            some = set(ids[::3])
            assert sorted(health_of(uow, day, some), key=lambda r: r.account_id) == [
                everyone[i] for i in sorted(some)
            ]
            for source in _sources(uow, day):  # each source alike, a set of ids or one
                whole = source()
                assert whole is not None
                for account_id in ids:
                    mine = source({account_id})
                    assert mine == {k: v for k, v in whole.items() if k == account_id}
                    found += len(mine or {})
                assert source(some) == {k: v for k, v in whole.items() if k in some}
    assert compared == len(DAYS) * len(ids) and len(ids) > 20
    # the sources asked for one account had something to give
    assert {
        HealthFactor.OVERDUE_TASKS,
        HealthFactor.APPROVAL_CYCLE,
        HealthFactor.LAST_CONTACT,
    } <= seen
    assert found > len(ids)


@contextmanager
def _steps(uow: UnitOfWork) -> Iterator[list[int]]:
    """SQLite's virtual machine steps (in thousands) while inside: the work the
    database did, the same on a loaded machine as on a quiet one."""
    driver: sqlite3.Connection = uow.session.connection().connection.driver_connection  # type: ignore[assignment]
    counted = [0]

    def step() -> int:
        counted[0] += 1
        return 0

    driver.set_progress_handler(step, 1000)
    try:
        yield counted
    finally:
        driver.set_progress_handler(None, 0)


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_one_accounts_health_reads_that_account(db: Database) -> None:
    fill_demo(db, "small", seed=0)
    with unit_of_work(db, SYSTEM, write=False) as uow:
        ids = list(uow.session.scalars(select(Account.id).order_by(Account.id)))
        with _steps(uow) as everyone:
            health_of(uow, TODAY)
        with _steps(uow) as each:
            for account_id in ids:
                health_of(uow, TODAY, account_id)
    # every account asked for one at a time costs about what they cost all at once,
    # not as many times the whole agency as there are accounts
    assert each[0] < 3 * everyone[0], (each[0], everyone[0], len(ids))

"""`satisfaction.bulk.account_health` (one account's sources asked for it alone) gives
exactly `health.health_of(…, only=account)` on the small demo, whose accounts have
requests, tasks (some overdue), communications and client approvals — on both databases
and on days across the demo's year."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.demo.clock import DEMO_NOW
from agencia.demo.fill import fill_demo
from agencia.domain.actor import SYSTEM
from agencia.domain.models import Account
from agencia.domain.satisfaction_enums import HealthFactor
from agencia.services.satisfaction import bulk
from agencia.services.satisfaction.health import health_of


def test_one_accounts_health_is_health_ofs(db: Database) -> None:
    fill_demo(db, "small", seed=0)
    today = DEMO_NOW.date()
    with unit_of_work(db, SYSTEM, write=False) as uow:
        ids = list(uow.session.scalars(select(Account.id).order_by(Account.id)))
        compared, seen, overdue = 0, set(), 0
        for day in (today, today - timedelta(days=40), today - timedelta(days=200)):
            for account_id in ids:
                mine = bulk.account_health(uow, day, account_id)
                assert mine == health_of(uow, day, account_id), (day, account_id)
                compared += 1
                seen |= {f.factor for f in mine[0].health.factors}
                overdue += (bulk._overdue_tasks(uow, day, account_id) or {}).get(account_id, 0)
    assert compared == 3 * len(ids) and len(ids) > 20
    # the sources asked for one account were there to compare
    assert {
        HealthFactor.OVERDUE_TASKS,
        HealthFactor.APPROVAL_CYCLE,
        HealthFactor.LAST_CONTACT,
    } <= seen
    assert overdue > 0

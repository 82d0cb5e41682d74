"""Each account's health kept day by day, so its trend over time can be drawn.

A row per account and day (`HealthRecord`): written for the account concerned whenever
its responses or improvement actions change (inside the same unit of work), and for
every account the person may see by `agencia satisfaction health --record` (a daily job,
or the demo's months). A second computation the same day replaces the first: the row
says how the account stood at the end of that day's work.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.errors import NotFound
from agencia.domain.models import Account
from agencia.domain.satisfaction_enums import HealthBand, HealthFactor
from agencia.domain.satisfaction_models import HealthRecord
from agencia.services.accounts.access import visible_clause
from agencia.services.satisfaction.health import AccountHealth, health_of


@dataclass(frozen=True, slots=True)
class HealthPoint:
    """One day of an account's health."""

    account_id: int
    account: str
    on: date
    score: int | None
    band: HealthBand | None
    satisfaction: float | None
    reasons: tuple[tuple[str, dict[str, Any]], ...]


def _store(uow: UnitOfWork, rows: Iterable[AccountHealth], day: date) -> int:
    rows = list(rows)
    if not rows:
        return 0
    ids = [r.account_id for r in rows]
    kept = {
        h.account_id: h
        for h in uow.session.scalars(
            select(HealthRecord).where(
                HealthRecord.computed_on == day, HealthRecord.account_id.in_(ids)
            )
        )
    }
    for row in rows:
        record = kept.get(row.account_id) or HealthRecord(account_id=row.account_id)
        record.computed_on = day
        record.score = row.health.score
        record.band = row.health.band
        satisfaction = next(
            (f.part for f in row.health.factors if f.factor is HealthFactor.SATISFACTION), None
        )
        record.satisfaction = (
            None if satisfaction is None else Decimal(str(round(1 + satisfaction * 4, 2)))
        )
        record.reasons = [[code, dict(params)] for code, params in row.health.reasons]
        if row.account_id not in kept:
            uow.session.add(record)
    uow.session.flush()
    return len(rows)


def record_account_health(uow: UnitOfWork, account_id: int | None, day: date) -> None:
    """Within a write that changed `account_id`'s responses or actions: its row for `day`."""
    if account_id is not None:
        _store(uow, health_of(uow, day, account_id), day)


def record_health(db: Database, actor: Actor, today: date | None = None) -> int:
    """The day's row of every account the person may see; how many were written."""
    day = today or date.today()
    with unit_of_work(db, actor) as uow:
        return _store(uow, health_of(uow, day), day)


def health_history(
    db: Database,
    actor: Actor,
    account_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[HealthPoint]:
    """The kept days, oldest first, of one account (or of every account the person may
    see), within `start`–`end` (both included; never the wrong way round)."""
    v.check_period(start, end)
    with unit_of_work(db, actor, write=False) as uow:
        query = (
            select(HealthRecord, Account.trade_name)
            .join(Account, Account.id == HealthRecord.account_id)
            .where(visible_clause(uow.actor))
        )
        if account_id is not None:
            if (
                uow.session.scalar(
                    select(Account.id).where(Account.id == account_id, visible_clause(uow.actor))
                )
                is None
            ):
                raise NotFound("account.not_found", id=account_id)
            query = query.where(HealthRecord.account_id == account_id)
        if start is not None:
            query = query.where(HealthRecord.computed_on >= start)
        if end is not None:
            query = query.where(HealthRecord.computed_on <= end)
        rows = uow.session.execute(
            query.order_by(Account.trade_name, HealthRecord.account_id, HealthRecord.computed_on)
        ).all()
        return [
            HealthPoint(
                account_id=h.account_id,
                account=name,
                on=h.computed_on,
                score=h.score,
                band=h.band,
                satisfaction=None if h.satisfaction is None else float(h.satisfaction),
                reasons=tuple((str(c), dict(p)) for c, p in h.reasons or ()),
            )
            for h, name in rows
        ]

"""SLA compliance week by week, for the service page's chart: of the requests received
each week, how many kept their promise and how many broke it (the same rule as the SLA
report: `report._kept`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.models import Account
from agencia.domain.service_models import ServiceRequest
from agencia.services.accounts.access import visible_clause
from agencia.services.service.report import _kept


@dataclass(frozen=True, slots=True)
class Week:
    """One bar of the chart: the week (its Monday) and its figures."""

    monday: date
    met: int
    breached: int


def weekly(
    db: Database,
    actor: Actor,
    weeks: int = 12,
    account_id: int | None = None,
    now: datetime | None = None,
) -> list[Week]:
    """The last `weeks` weeks, oldest first, this week included (empty weeks too)."""
    moment = now or datetime.now(UTC)
    today = moment.date()
    first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    r = ServiceRequest
    query = (
        select(r.received_at, r.due_resolution_at, r.resolved_at, r.breached)
        .join(Account, Account.id == r.account_id)
        .where(visible_clause(actor), r.received_at >= datetime.combine(first, time(), UTC))
    )
    if account_id is not None:
        query = query.where(r.account_id == account_id)
    tally = {first + timedelta(weeks=n): [0, 0] for n in range(weeks)}
    with unit_of_work(db, actor, write=False) as uow:
        for row in uow.session.execute(query):
            day = row.received_at.date()
            monday = day - timedelta(days=day.weekday())
            kept = _kept(row, moment)  # type: ignore[arg-type]
            if monday in tally and kept is not None:
                tally[monday][0 if kept else 1] += 1
    return [Week(monday, met, broke) for monday, (met, broke) in sorted(tally.items())]

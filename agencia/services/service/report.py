"""SLA compliance: of the requests received in a period, how many kept their promise,
by account, by executive and by month.

A request kept its promise when it was resolved by its due time; one still open counts
as broken once its due time has passed, and is left out while it is still in time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.models import Account, Agency, Staff
from agencia.domain.service_models import ServiceRequest
from agencia.domain.text import sort_key
from agencia.services.accounts.access import visible_clause
from agencia.services.service.policies import promise_days
from agencia.services.service.promises import measure


@dataclass(frozen=True, slots=True)
class ComplianceRow:
    """One line of the report: a group (account, executive or month) and its figures."""

    by: str  # account, executive, month, promise (the agency's own: `sla.Promise`)
    name: str
    requests: int
    met: int
    breached: int

    @property
    def compliance(self) -> float | None:
        decided = self.met + self.breached
        return round(100 * self.met / decided, 1) if decided else None


def _kept(request: ServiceRequest, now: datetime) -> bool | None:
    due = request.due_resolution_at
    if due is None:
        return None
    if request.resolved_at is not None:
        return request.resolved_at <= due and not request.breached
    return None if due >= now else False


def sla_report(
    db: Database,
    actor: Actor,
    start: date | None = None,
    end: date | None = None,
    account_id: int | None = None,
    now: datetime | None = None,
) -> list[ComplianceRow]:
    v.check_period(start, end)
    moment = now or datetime.now(UTC)
    person = aliased(Staff)
    query = (
        select(ServiceRequest, Account.trade_name, person.full_name)
        .join(Account, Account.id == ServiceRequest.account_id)
        .outerjoin(person, person.id == ServiceRequest.assignee_id)
        .where(visible_clause(actor))
    )
    if start is not None:
        query = query.where(ServiceRequest.received_at >= datetime.combine(start, time(), UTC))
    if end is not None:
        after = datetime.combine(end + timedelta(days=1), time(), UTC)
        query = query.where(ServiceRequest.received_at < after)
    if account_id is not None:
        query = query.where(ServiceRequest.account_id == account_id)
    tally: dict[tuple[str, str], list[int]] = {}
    promised = promise_days(db, actor)
    with unit_of_work(db, actor, write=False) as uow:
        for request, account, assignee in uow.session.execute(query).all():
            kept = _kept(request, moment)
            month = request.received_at.strftime("%Y-%m")
            for key in (("account", account), ("executive", assignee or ""), ("month", month)):
                counts = tally.setdefault(key, [0, 0, 0])
                counts[0] += 1
                counts[1] += kept is True
                counts[2] += kept is False
        for promise in measure(uow, promised, start, end, moment.date(), account_id):
            counts = tally.setdefault(("promise", promise.promise), [0, 0, 0])
            counts[0] += 1
            counts[1] += promise.kept
            counts[2] += not promise.kept
    order = {"account": 0, "executive": 1, "month": 2, "promise": 3}
    return [
        ComplianceRow(by, name, *counts)
        for (by, name), counts in sorted(
            tally.items(), key=lambda kv: (order[kv[0][0]], sort_key(kv[0][1]), kv[0][1])
        )  # names as people sort them: Álvaro with the A's
    ]


@dataclass(frozen=True, slots=True)
class Coverage:
    """What a printed report states about itself: the period it covers (the days asked
    for, else from the first request received to the report's day: never «… – …») and
    the agency's locale, in which its numbers and dates are written."""

    start: date
    end: date
    locale: str


def coverage(
    db: Database,
    actor: Actor,
    start: date | None = None,
    end: date | None = None,
    account_id: int | None = None,
    today: date | None = None,
) -> Coverage:
    day = today or datetime.now(UTC).date()
    query = select(func.min(ServiceRequest.received_at)).join(
        Account, Account.id == ServiceRequest.account_id
    )
    query = query.where(visible_clause(actor))
    if account_id is not None:
        query = query.where(ServiceRequest.account_id == account_id)
    with unit_of_work(db, actor, write=False) as uow:
        first = uow.session.scalar(query) if start is None else None
        locale = uow.session.scalar(select(Agency.locale).order_by(Agency.id).limit(1))
    begin = start or (first.date() if first is not None else day)
    return Coverage(begin, end or max(day, begin), locale or "es_ES")

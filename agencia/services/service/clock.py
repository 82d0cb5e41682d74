"""A request's SLA clock from its stored facts: which calendar, which targets, what is due.

The calendar is the account's: its country's public holidays and its time zone (or the
agency's), plus the agency's closures kept on the default policy. The targets are the
account's policy, else the agency's default, else `sla.DEFAULT_TARGETS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.domain import service_life as life
from agencia.domain import sla
from agencia.domain.models import Account, Agency
from agencia.domain.service_enums import Priority
from agencia.domain.service_models import FINISHED_AT, PAUSED_AT, ServiceRequest, SlaPolicy

Pause = tuple[datetime, datetime | None]


def read_pauses(request: ServiceRequest) -> list[Pause]:
    out: list[Pause] = []
    for start, end in request.pauses or []:
        if start is None:
            continue
        out.append((datetime.fromisoformat(start), datetime.fromisoformat(end) if end else None))
    return out


def write_pauses(pauses: list[Pause]) -> list[list[str | None]]:
    return [[a.isoformat(), b.isoformat() if b else None] for a, b in pauses]


def restarted(request: ServiceRequest, now: datetime) -> list[Pause]:
    """A reopened request's pauses: everything from its reception to its reopening is
    one pause, so its resolution clock starts afresh at `now`, on the calendar's working
    hours, with the whole target of its priority (what a service desk promises again)."""
    return [(request.received_at, now)]


@dataclass(frozen=True, slots=True)
class Policy:
    """What an account's requests are promised, and on which calendar."""

    calendar: sla.WorkingCalendar
    targets: dict[Priority, sla.Targets]


def policy_for(uow: UnitOfWork, account: Account, around: date) -> Policy:
    rows = uow.session.scalars(
        select(SlaPolicy).where(
            (SlaPolicy.account_id == account.id) | (SlaPolicy.account_id.is_(None))
        )
    ).all()
    own = next((p for p in rows if p.account_id == account.id), None)
    default = next((p for p in rows if p.account_id is None), None)
    targets = dict(sla.DEFAULT_TARGETS)
    for policy in (default, own):
        if policy is not None:
            for name, pair in (policy.targets or {}).items():
                if name in Priority.__members__.values() and len(pair) == 2:
                    targets[Priority(name)] = sla.Targets(int(pair[0]), int(pair[1]))
    closures = [date.fromisoformat(d) for d in (default.closures if default else [])]
    agency_zone = uow.session.scalar(select(Agency.time_zone).limit(1)) or ""
    zone = account.time_zone or agency_zone
    calendar = sla.calendar_for(zone, account.country or "", around, closures)
    return Policy(calendar, targets)


def _around(request: ServiceRequest) -> date:
    """The day its clock last started (received, or reopened: its calendar's years)."""
    ends = [end for _, end in read_pauses(request) if end is not None]
    return max([request.received_at, *ends]).date()


def set_due_times(uow: UnitOfWork, request: ServiceRequest, account: Account) -> None:
    """Fill the request's due times from its clock (left empty while the clock is
    stopped by an open pause: the queue shows it as paused)."""
    policy = policy_for(uow, account, _around(request))
    targets = policy.targets[request.priority]
    pauses = read_pauses(request)
    try:
        request.due_response_at = sla.due_at(
            policy.calendar, request.received_at, targets.first_response, pauses
        )
    except sla.NoWorkingTime:
        request.due_response_at = None
    try:
        request.due_resolution_at = sla.due_at(
            policy.calendar, request.received_at, targets.resolution, pauses
        )
    except sla.NoWorkingTime:
        request.due_resolution_at = None
    if request.status not in life.OPEN:
        request.queue_at = FINISHED_AT
    else:
        request.queue_at = request.due_resolution_at or PAUSED_AT


def used_minutes(
    uow: UnitOfWork, request: ServiceRequest, account: Account, now: datetime
) -> tuple[int, int]:
    """Working minutes used so far on the resolution clock, and its target."""
    policy = policy_for(uow, account, _around(request))
    end = request.resolved_at or now
    used = sla.working_minutes(policy.calendar, request.received_at, end, read_pauses(request))
    return used, policy.targets[request.priority].resolution

"""What the account health indicator reads from other areas: service requests (SLA),
tasks (overdue), communications (the last contact), and the campaigns' approvals (brief
to client approval).

It reads their mapped tables directly — one query each for every account at once, or
for the accounts in `only` (one account's health reads that account's rows through the
tables' account indexes, so it costs what the account has, not what the agency has) —
and never their services. A source whose area is not installed (its module absent), or
that the agency does not use yet (its table empty), gives nothing: the indicator then
leaves that factor out instead of counting it as bad (`agencia.domain.account_health`).
"""

from __future__ import annotations

import importlib
from collections import defaultdict
from collections.abc import Collection
from datetime import UTC, date, datetime, time, timedelta
from statistics import fmean
from types import ModuleType

from sqlalchemy import ColumnElement, String, exists, func, or_, select, true, type_coerce
from sqlalchemy.orm import QueryableAttribute

from agencia.db.uow import UnitOfWork
from agencia.domain.campaign_models import Approval, Brief, Campaign
from agencia.domain.enums import ApprovalStage, Decision

SLA_WINDOW_DAYS = 30
CYCLE_WINDOW_DAYS = 365


def _module(name: str) -> ModuleType | None:
    """An area's mapped classes, or None when that area is not part of this build."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


Only = Collection[int] | None  # the accounts asked for; None: every account


def _of(column: QueryableAttribute[int] | ColumnElement[int], only: Only) -> ColumnElement[bool]:
    """The rows of the accounts in `only` (every row when None)."""
    return true() if only is None else column.in_(list(only))


def _in_use(uow: UnitOfWork, model: type) -> bool:
    return uow.session.scalar(select(model.id).limit(1)) is not None  # type: ignore[attr-defined]


def sla(uow: UnitOfWork, today: date, only: Only = None) -> dict[int, tuple[int, int, int]] | None:
    """Per account, over the last 30 days' requests: (met, measured, breached).

    Only the decided requests are measured (as in the SLA report): one resolved kept its
    promise unless breached, one breached broke it, open or not. A request still open
    and in time has kept no promise yet: counted as met, a new account's first request
    read «100 · Sana» from nothing measured."""
    found = _module("agencia.domain.service_models")
    if found is None or not _in_use(uow, found.ServiceRequest):
        return None
    request = found.ServiceRequest
    since = datetime.combine(today - timedelta(days=SLA_WINDOW_DAYS), time.min, tzinfo=UTC)
    out: dict[int, tuple[int, int, int]] = {}
    for account_id, breached, count in uow.session.execute(
        select(request.account_id, request.breached, func.count())
        .where(
            _of(request.account_id, only),
            request.received_at >= since,
            or_(request.breached, request.resolved_at.is_not(None)),
        )
        .group_by(request.account_id, request.breached)
    ):
        met, measured, breaches = out.get(account_id, (0, 0, 0))
        if breached:
            out[account_id] = (met, measured + count, breaches + count)
        else:
            out[account_id] = (met + count, measured + count, breaches)
    return out


def overdue_tasks(uow: UnitOfWork, today: date, only: Only = None) -> dict[int, int] | None:
    """Per account, its campaigns' tasks past due and not finished."""
    models = _module("agencia.domain.coordination_models")
    enums = _module("agencia.domain.coordination_enums")
    if models is None or enums is None or not _in_use(uow, models.Task):
        return None
    task = models.Task
    # everyone's: `+ 0` has the tasks read first (a few hundred unfinished and late among
    # 200,000), each joined to its campaign, instead of every campaign's tasks looked up
    # in turn; a few accounts': their campaigns' tasks, off the tasks' campaign index
    campaign_of = task.campaign_id + 0 if only is None else task.campaign_id
    rows = uow.session.execute(
        select(Campaign.account_id, func.count())
        .select_from(task)
        .join(Campaign, Campaign.id == campaign_of)
        .where(
            _of(Campaign.account_id, only),
            task.due_on < today,
            task.status.not_in(list(enums.FINISHED)),
        )
        .group_by(Campaign.account_id)
    )
    return {account_id: count for account_id, count in rows}


def task_accounts(uow: UnitOfWork, only: Only = None) -> set[int] | None:
    """The accounts with at least one task on their campaigns (None as `overdue_tasks`):
    only those have an overdue-tasks factor. An account with no task has none overdue
    only because it has none — counted as none late, a new account read «100 · Sana»."""
    models = _module("agencia.domain.coordination_models")
    if models is None or not _in_use(uow, models.Task):
        return None
    task = models.Task
    # each campaign probes the tasks' campaign index once (not 200,000 tasks grouped)
    rows = uow.session.scalars(
        select(Campaign.account_id)
        .where(_of(Campaign.account_id, only), exists().where(task.campaign_id == Campaign.id))
        .distinct()
    )
    return set(rows)


def last_contacts(uow: UnitOfWork, only: Only = None) -> dict[int, date] | None:
    """Per account, the day of its latest communication (either direction)."""
    found = _module("agencia.domain.service_models")
    communication = getattr(found, "Communication", None) if found else None
    if communication is None or not _in_use(uow, communication):
        return None
    rows = uow.session.connection().execute(  # plain rows: one per account, many
        select(communication.account_id, func.max(communication.occurred_at))
        .where(_of(communication.account_id, only))
        .group_by(communication.account_id)
    )
    return {account_id: moment.date() for account_id, moment in rows if moment is not None}


def last_contact_column(
    uow: UnitOfWork, account_id: QueryableAttribute[int] | ColumnElement[int]
) -> ColumnElement[str] | None:
    """`last_contacts` as a column of a query over accounts (each account's latest moment,
    one probe of the communications' account index per account: a third of grouping a
    million rows), handed back as the driver gives it (`contact_day` reads it: the ORM's
    parsing of 100,000 timestamps cost more than the query); None as `last_contacts`."""
    found = _module("agencia.domain.service_models")
    communication = getattr(found, "Communication", None) if found else None
    if communication is None or not _in_use(uow, communication):
        return None
    latest = (
        select(func.max(communication.occurred_at))
        .where(communication.account_id == account_id)
        .scalar_subquery()
    )
    return type_coerce(latest, String)


def contact_day(moment: str | datetime) -> date:
    """The UTC day of a moment from `last_contact_column`: SQLite's text (kept in UTC,
    as `UTCDateTime` writes it) or the driver's aware timestamp — the day `last_contacts`
    gives."""
    if isinstance(moment, str):
        return date.fromisoformat(moment[:10])
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(UTC).date()


def approval_days(uow: UnitOfWork, today: date, only: Only = None) -> dict[int, float]:
    """Per account, the mean days from a campaign's first brief to the client's approval
    over the last year."""
    since = today - timedelta(days=CYCLE_WINDOW_DAYS)
    # each approval's campaign's first brief, looked up for the year's few approvals
    # (not every campaign's first brief worked out for the sake of them)
    first_brief = (
        select(func.min(Brief.created_at))
        .where(Brief.campaign_id == Approval.campaign_id)
        .scalar_subquery()
    )
    rows = uow.session.execute(
        select(Campaign.account_id, first_brief, Approval.decided_on)
        .select_from(Approval)
        .join(Campaign, Campaign.id == Approval.campaign_id)
        .where(
            _of(Campaign.account_id, only),
            Approval.stage == ApprovalStage.CLIENT,
            Approval.decision == Decision.APPROVED,
            Approval.decided_on >= since,
        )
    )
    days: dict[int, list[float]] = defaultdict(list)
    for account_id, briefed, decided in rows:
        if isinstance(briefed, str):  # an aggregate SQLite hands back as text
            briefed = datetime.fromisoformat(briefed)
        start = briefed.date() if isinstance(briefed, datetime) else briefed
        if start is not None:
            days[account_id].append(max(0, (decided - start).days))
    return {account_id: fmean(values) for account_id, values in days.items()}

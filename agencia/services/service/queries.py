"""Reading the service queue: the requests a person may see, what is due first on top.

Filters and order are SQL (the queue is a big list); a request's thread (its
communications) is read with it on the request page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import service_life as life
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Campaign
from agencia.domain.coordination_models import Task
from agencia.domain.errors import NotFound, PermissionDenied
from agencia.domain.models import Account, Staff
from agencia.domain.service_models import FINISHED_AT, Communication, ServiceRequest
from agencia.services.accounts.access import visible_clause


@dataclass(frozen=True, slots=True)
class RequestRow:
    """One request as the queue and `agencia requests list` show it."""

    id: int
    account: str
    account_id: int
    channel: str
    kind: str
    priority: str
    status: str
    assignee: str
    subject: str
    due: datetime | None
    breached: bool
    escalation: int
    # the nearer clock while the first answer is owed, else `due`
    next_due: datetime | None = None
    # what a move or a reassignment made from this row saves over (a newer one: stale)
    version: int = 0
    assignee_id: int | None = None


@dataclass(frozen=True, slots=True)
class ThreadItem:
    """One communication on a request's thread."""

    id: int
    occurred_at: datetime
    direction: str
    channel: str
    subject: str
    summary: str


@dataclass(frozen=True, slots=True)
class RequestDetail:
    """A request with its whole thread."""

    row: RequestRow
    description: str
    resolution: str
    received_at: datetime
    first_response_at: datetime | None
    due_response_at: datetime | None
    thread: tuple[ThreadItem, ...]
    campaign_id: int | None = None  # the campaign it became, if it did
    campaign: str = ""  # that campaign's name
    task_id: int | None = None  # the task it became, if it did
    task: str = ""  # that task's title


R = ServiceRequest
# What a row of the queue needs (a page reads these columns, not whole records).
_ROW_COLUMNS = (
    R.id,
    R.account_id,
    R.channel,
    R.kind,
    R.priority,
    R.status,
    R.subject,
    R.due_resolution_at,
    R.due_response_at,
    R.first_response_at,
    R.breached,
    R.escalation,
    R.version,
    R.assignee_id,
)


def _query(actor: Actor, account_id: int | None = None, *, whole: bool = True):  # type: ignore[no-untyped-def]
    """The visible requests. The accounts are joined by an expression (`+ 0`) so that
    the database walks the queue's index in order and checks each row's account, rather
    than gathering every request of every visible account and sorting them for a page."""
    assignee = aliased(Staff)
    query = (
        select(
            *((ServiceRequest,) if whole else _ROW_COLUMNS), Account.trade_name, assignee.full_name
        )
        .join(Account, Account.id == ServiceRequest.account_id + 0)
        .outerjoin(assignee, assignee.id == ServiceRequest.assignee_id)
        .where(visible_clause(actor, few=True))
    )
    if account_id is not None:
        query = query.where(ServiceRequest.account_id == account_id)
    return query


def _row(request: Any, account: str, assignee: str | None, now: datetime) -> RequestRow:
    """`request`: a record, or a row of `_ROW_COLUMNS`."""
    open_ = request.status in life.OPEN
    late = request.due_resolution_at is not None and request.due_resolution_at < now and open_
    next_due = request.due_resolution_at
    owed = open_ and request.first_response_at is None and request.due_response_at is not None
    if owed and (next_due is None or request.due_response_at < next_due):
        next_due = request.due_response_at
    return RequestRow(
        id=request.id,
        account=account,
        account_id=request.account_id,
        channel=request.channel.value,
        kind=request.kind.value,
        priority=request.priority.value,
        status=request.status.value,
        assignee=assignee or "",
        subject=request.subject,
        due=request.due_resolution_at,
        breached=request.breached or late,
        escalation=request.escalation,
        next_due=next_due,
        version=request.version,
        assignee_id=request.assignee_id,
    )


def list_requests(
    db: Database,
    actor: Actor,
    *,
    account_id: int | None = None,
    breached: bool = False,
    open_only: bool = False,
    now: datetime | None = None,
    limit: int | None = None,
) -> list[RequestRow]:
    """The queue: what is due first on top (paused, then finished requests last)."""
    moment = now or datetime.now(UTC)
    query = _query(actor, account_id, whole=False)
    if open_only or breached:
        # Open is also `queue_at` before the finished requests' place (the clock keeps
        # both with every move): a bound the queue's index walks, so a filtered page reads
        # the few hundred open requests, not on through the ~99% finished ones when the
        # page is not filled (the breached first page on the large demo: 93 ms -> 2 ms).
        query = query.where(
            ServiceRequest.queue_at < FINISHED_AT, ServiceRequest.status.in_(life.OPEN)
        )
    if breached:
        query = query.where(
            ServiceRequest.breached.is_(True) | (ServiceRequest.due_resolution_at < moment)
        )
    query = query.order_by(ServiceRequest.queue_at, ServiceRequest.id)  # one index
    if limit is not None:
        query = query.limit(limit)
    with unit_of_work(db, actor, write=False) as uow:
        return [_row(r, r.trade_name, r.full_name, moment) for r in uow.session.execute(query)]


def show_request(
    db: Database, actor: Actor, request_id: int, now: datetime | None = None
) -> RequestDetail:
    moment = now or datetime.now(UTC)
    with unit_of_work(db, actor, write=False) as uow:
        found = uow.session.execute(_query(actor).where(ServiceRequest.id == request_id)).first()
        if found is None:
            if uow.session.get(ServiceRequest, request_id) is None:
                raise NotFound("request.not_found", id=request_id)
            raise PermissionDenied("request.not_visible", id=request_id)
        request, account, assignee = found
        thread = uow.session.scalars(
            select(Communication)
            .where(Communication.request_id == request_id)
            .order_by(Communication.occurred_at, Communication.id)
        ).all()
        return RequestDetail(
            row=_row(request, account, assignee, moment),
            description=request.description,
            resolution=request.resolution,
            received_at=request.received_at,
            first_response_at=request.first_response_at,
            due_response_at=request.due_response_at,
            thread=tuple(
                ThreadItem(
                    c.id, c.occurred_at, c.direction.value, c.channel.value, c.subject, c.summary
                )
                for c in thread
            ),
            campaign_id=request.campaign_id,
            campaign=_name(uow, Campaign.name, Campaign.id, request.campaign_id),
            task_id=request.task_id,
            task=_name(uow, Task.title, Task.id, request.task_id),
        )


def _name(uow: UnitOfWork, column: Any, key: Any, record_id: int | None) -> str:
    """What the request became is named, not only numbered (`request show`, the pane)."""
    if record_id is None:
        return ""
    return str(uow.session.scalar(select(column).where(key == record_id)) or "")

"""What the service area adds to Pendientes: the person's open requests whose clock is
due within a day, or already over (the ones escalated to them too). Two clocks count: an
unanswered request waits for its first answer (the promise a phone call starts, and the
one most often missed), then for its resolution."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, or_, select

from agencia.db.uow import UnitOfWork
from agencia.domain import service_life as life
from agencia.domain.areas import AreaId
from agencia.domain.models import Account
from agencia.domain.service_models import ServiceRequest
from agencia.services.pending.items import PendingItem

R = ServiceRequest


def _answer_due(request: ServiceRequest) -> datetime | None:
    """When the first answer is due, while it has not been given."""
    return request.due_response_at if request.first_response_at is None else None


def pending(uow: UnitOfWork, today: date) -> list[PendingItem]:
    staff = uow.actor.staff_id
    if staff is None:
        return []
    horizon = datetime.combine(today + timedelta(days=1), time.max, tzinfo=UTC)
    rows = uow.session.execute(
        select(ServiceRequest, Account.trade_name)
        .join(Account, Account.id == ServiceRequest.account_id)
        .where(
            R.status.in_(life.OPEN),
            or_(R.assignee_id == staff, R.escalated_to_id == staff),
            or_(
                R.breached.is_(True),
                R.due_resolution_at <= horizon,
                and_(R.first_response_at.is_(None), R.due_response_at <= horizon),
            ),
        )
        .order_by(R.due_resolution_at, R.id)
    ).all()
    items = []
    for request, account in rows:
        answer = _answer_due(request)
        # «Responder a la solicitud» while that is the promise at stake; once a clock is
        # broken the item is the broken request (red), whichever clock it was
        answering = answer is not None and answer <= horizon and not request.breached
        moment = answer if answering else request.due_resolution_at
        due = moment.date() if moment else None
        items.append(
            PendingItem(
                area=AreaId.SERVICE,
                kind="service_response" if answering else "service_request",
                campaign_id=request.id,  # where opening it goes: the request
                campaign=request.subject,
                account=account,
                title=request.subject,
                due=due,
                overdue=request.breached or (due is not None and due < today),
            )
        )
    return items

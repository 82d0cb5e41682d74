"""What the service area adds to Pendientes: the person's open requests whose resolution
clock is due within a day, or already over (the ones escalated to them too)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import or_, select

from agencia.db.uow import UnitOfWork
from agencia.domain import service_life as life
from agencia.domain.areas import AreaId
from agencia.domain.models import Account
from agencia.domain.service_models import ServiceRequest
from agencia.services.pending.items import PendingItem


def pending(uow: UnitOfWork, today: date) -> list[PendingItem]:
    staff = uow.actor.staff_id
    if staff is None:
        return []
    horizon = datetime.combine(today + timedelta(days=1), time.max, tzinfo=UTC)
    rows = uow.session.execute(
        select(ServiceRequest, Account.trade_name)
        .join(Account, Account.id == ServiceRequest.account_id)
        .where(
            ServiceRequest.status.in_(life.OPEN),
            or_(ServiceRequest.assignee_id == staff, ServiceRequest.escalated_to_id == staff),
            or_(ServiceRequest.breached.is_(True), ServiceRequest.due_resolution_at <= horizon),
        )
        .order_by(ServiceRequest.due_resolution_at)
    ).all()
    items = []
    for request, account in rows:
        due = request.due_resolution_at.date() if request.due_resolution_at else None
        items.append(
            PendingItem(
                area=AreaId.SERVICE,
                kind="service_request",
                campaign_id=request.id,  # where opening it goes: the request
                campaign=request.subject,
                account=account,
                title=request.subject,
                due=due,
                overdue=request.breached or (due is not None and due < today),
            )
        )
    return items

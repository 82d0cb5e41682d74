"""The open work a leaving person holds, and its move to whoever takes over.

Service requests run on an SLA clock: left with someone who can no longer sign in, they
breach with nobody told. Tasks assigned to them and improvement actions they own stall
the same way. `handover` moves them with the accounts and campaigns, in the same
transaction, each move on the trail; a request goes only to someone who can work on its
account (as `service.requests.reassign` asks), or the handover is refused naming it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from agencia.db.uow import UnitOfWork
from agencia.domain.changes import ChangeKind
from agencia.domain.coordination_enums import FINISHED
from agencia.domain.coordination_models import Task
from agencia.domain.enums import AuditAction
from agencia.domain.errors import ValidationError
from agencia.domain.models import Account, Staff
from agencia.domain.permissions import Action, allowed
from agencia.domain.satisfaction_enums import ActionStatus
from agencia.domain.satisfaction_models import ImprovementAction
from agencia.domain.service_life import OPEN
from agencia.domain.service_models import ServiceRequest
from agencia.services.accounts.access import relation
from agencia.services.satisfaction.improvement_owners import may_own


def open_requests(s: Session, staff_id: int) -> tuple[int, ...]:
    """The service requests still open with the person as assignee."""
    stmt = select(ServiceRequest.id).where(
        ServiceRequest.assignee_id == staff_id, ServiceRequest.status.in_(OPEN)
    )
    return tuple(s.scalars(stmt.order_by(ServiceRequest.id)))


def open_tasks(s: Session, staff_id: int) -> tuple[int, ...]:
    """The tasks assigned to the person and neither done nor cancelled."""
    stmt = select(Task.id).where(Task.assignee_id == staff_id, Task.status.not_in(FINISHED))
    return tuple(s.scalars(stmt.order_by(Task.id)))


def open_improvements(s: Session, staff_id: int) -> tuple[int, ...]:
    """The improvement actions the person owns that are still open."""
    stmt = select(ImprovementAction.id).where(
        ImprovementAction.owner_id == staff_id, ImprovementAction.status == ActionStatus.OPEN
    )
    return tuple(s.scalars(stmt.order_by(ImprovementAction.id)))


def move_requests(
    uow: UnitOfWork, ids: tuple[int, ...], successor: Staff, field: str, moved: dict[str, str]
) -> None:
    """Each request to `successor`, who must be able to work on its account (after the
    accounts themselves have moved: a lead the successor takes over counts)."""
    s = uow.session
    for request_id in ids:
        request = s.get(ServiceRequest, request_id)
        assert request is not None
        account = s.get(Account, request.account_id)
        assert account is not None
        reach = relation(uow, successor.id, successor.group_id, account)
        if not allowed(successor.role, Action.LOG_COMMUNICATION, reach):
            raise ValidationError(
                {
                    field: (
                        "staff.handover_request",
                        {"name": successor.full_name, "id": request.id,
                         "account": account.trade_name},
                    )
                }
            )  # fmt: skip
        request.assignee_id = successor.id
        uow.audit(
            ChangeKind.SERVICE_REQUEST,
            request.id,
            AuditAction.REASSIGN,
            {"assignee": [moved["from"], moved["to"]]},
            account_id=account.id,
            summary=request.subject,
        )


Held = TypeVar("Held", Task, ImprovementAction)


def move_held(
    uow: UnitOfWork,
    model: type[Held],
    column: str,
    ids: tuple[int, ...],
    successor: Staff,
    moved: dict[str, str],
    check: Callable[[Held], None] | None = None,
) -> None:
    """Each record of `model` in `ids` the leaving person holds (the tasks assigned to
    them: `column` "assignee"; the improvement actions they own: "owner") to
    `successor`, each a reassignment of `column` on the trail; `check` first refuses one
    the successor may not hold."""
    for record_id in ids:
        held = uow.session.get(model, record_id)
        assert held is not None
        if check is not None:
            check(held)
        setattr(held, f"{column}_id", successor.id)
        uow.audit(
            model.__change_kind__,
            held.id,
            AuditAction.REASSIGN,
            {column: [moved["from"], moved["to"]]},
            account_id=getattr(held, "account_id", None),  # a task has none of its own
            summary=held.title,
        )


def may_own_check(
    uow: UnitOfWork, successor: Staff, field: str
) -> Callable[[ImprovementAction], None]:
    """Refuses an improvement action `successor` may not own (`improvement_owners.may_own`,
    as `open_action` asks), naming it under `field`."""

    def check(action: ImprovementAction) -> None:
        account = uow.session.get(Account, action.account_id) if action.account_id else None
        if may_own(uow, successor, account):
            return
        if account is None:
            said = {"name": successor.full_name}
            raise ValidationError({field: ("improvement.owner_role", said)})
        said = {"name": successor.full_name, "title": action.title,
                "account": account.trade_name}  # fmt: skip
        raise ValidationError({field: ("staff.handover_improvement", said)})

    return check

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

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from agencia.db.uow import UnitOfWork
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

Held = TypeVar("Held", ServiceRequest, Task, ImprovementAction)

# What the leaving person holds, by kind: the column naming them (`<column>_id`), what is
# still open of it, and what the trail names a record by.
_HOLDS: dict[type, tuple[str, ColumnElement[bool], str]] = {
    ServiceRequest: ("assignee", ServiceRequest.status.in_(OPEN), "subject"),
    Task: ("assignee", Task.status.not_in(FINISHED), "title"),
    ImprovementAction: ("owner", ImprovementAction.status == ActionStatus.OPEN, "title"),
}


def open_held(s: Session, model: type[Held], staff_id: int) -> tuple[int, ...]:
    """The records of `model` the person holds that are still open: the service requests
    assigned to them and open, the tasks assigned to them and neither done nor
    cancelled, the improvement actions they own that are open."""
    column, still_open, _named = _HOLDS[model]
    held_by = getattr(model, f"{column}_id")
    stmt = select(model.id).where(held_by == staff_id, still_open).order_by(model.id)
    return tuple(s.scalars(stmt))


def move_held(
    uow: UnitOfWork,
    model: type[Held],
    ids: tuple[int, ...],
    successor: Staff,
    moved: dict[str, str],
    check: Callable[[Held], None] | None = None,
) -> None:
    """Each record of `model` in `ids` the leaving person holds (`open_held`) to
    `successor`, each a reassignment on the trail; `check` first refuses one the
    successor may not hold."""
    column, _still_open, named = _HOLDS[model]
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
            summary=getattr(held, named),
        )


def may_work_check(
    uow: UnitOfWork, successor: Staff, field: str
) -> Callable[[ServiceRequest], None]:
    """Refuses a request `successor` may not work on (as `service.requests.reassign`
    asks), naming it under `field`; asked after the accounts themselves have moved: a
    lead the successor takes over counts."""

    def check(request: ServiceRequest) -> None:
        account = uow.session.get(Account, request.account_id)
        assert account is not None
        reach = relation(uow, successor.id, successor.group_id, account)
        if allowed(successor.role, Action.LOG_COMMUNICATION, reach):
            return
        said = {"name": successor.full_name, "id": request.id, "account": account.trade_name}
        raise ValidationError({field: ("staff.handover_request", said)})

    return check


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

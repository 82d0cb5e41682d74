"""A request becomes a task of its campaign with one action, keeping the link: the request
names its task (`task_id`), the task's description names the request.

The task is made by the coordination area's public service (`add_task`), so it gets the
same rules, permissions (planning the campaign) and trail as one made in its form: titled
with the request's subject, assigned to the request's assignee, due the day the request's
SLA resolution is due on the account's calendar (today when the clock has no due time).
`add_task` is a unit of work of its own: the request is checked first (visible, on a
campaign, not yet a task) and the link is written last; a task whose link then failed
stays as the coordination area made it, and the error says why.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.coordination_models import Task
from agencia.domain.enums import AuditAction
from agencia.domain.errors import NotFound, ValidationError
from agencia.domain.models import Account, Agency
from agencia.domain.permissions import Action
from agencia.domain.service_models import ServiceRequest
from agencia.domain.zones import local
from agencia.services.accounts.access import require
from agencia.services.coordination.tasks import TITLE_MAX, TaskInput, add_task
from agencia.services.results import SaveResult


def _refuse_if_linked(uow: UnitOfWork, request: ServiceRequest) -> None:
    if request.task_id is not None:
        title = uow.session.scalar(select(Task.title).where(Task.id == request.task_id))
        raise ValidationError({"task_id": ("request.already_task", {"title": title or ""})})


def _due_day(uow: UnitOfWork, account: Account, due_at: datetime | None, today: date) -> date:
    """The day the SLA resolution falls due, in the account's zone (or the agency's)."""
    if due_at is None:
        return today
    agency_zone = uow.session.scalar(select(Agency.time_zone).limit(1)) or ""
    return local(due_at, account.time_zone, agency_zone).date()


def _checked(db: Database, actor: Actor, request_id: int, today: date) -> tuple[int, TaskInput]:
    with unit_of_work(db, actor, write=False) as uow:
        request = uow.session.get(ServiceRequest, request_id)
        if request is None:
            raise NotFound("request.not_found", id=request_id)
        account = uow.session.get(Account, request.account_id)
        assert account is not None
        require(uow, Action.LOG_COMMUNICATION, account)
        _refuse_if_linked(uow, request)
        if request.campaign_id is None:
            raise ValidationError({"campaign_id": ("request.no_campaign", {})})
        due = _due_day(uow, account, request.due_resolution_at, today)
        return request.campaign_id, TaskInput(
            title=request.subject[:TITLE_MAX],
            start_on=min(today, due),
            due_on=due,
            description=f"#{request.id}",
            assignee_id=request.assignee_id,
        )


def task_from_request(
    db: Database, actor: Actor, request_id: int, today: date | None = None
) -> SaveResult:
    """Make the request a task of its campaign, link it, and return the task's id."""
    campaign_id, data = _checked(db, actor, request_id, today or date.today())
    saved = add_task(db, actor, campaign_id, data)
    with unit_of_work(db, actor) as uow:
        linked = uow.session.get(ServiceRequest, request_id, with_for_update=True)
        assert linked is not None
        _refuse_if_linked(uow, linked)  # someone else made it a task meanwhile
        linked.task_id = saved.id
        uow.audit(
            ChangeKind.SERVICE_REQUEST,
            linked.id,
            AuditAction.UPDATE,
            {"task": [None, saved.id]},
            account_id=linked.account_id,
            summary=linked.subject,
        )
    return saved

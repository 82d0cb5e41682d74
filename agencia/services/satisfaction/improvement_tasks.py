"""An improvement action becomes a coordination task: the action's words, its owner, due
when it is, on a campaign of the action's own account; the action keeps the task's id.

The task is made by coordination's own service (`add_task`: who may plan the campaign,
an inactive owner refused) in its own write, and the action is then marked in a second
one that only succeeds while the action has no task yet. Should another workstation
have made the action's task in between, the task just made is removed again and the
action refused, so an action never ends up with two tasks. The two stay separate
records afterwards: closing the task does not close the action, whose verdict is the
next survey's.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Campaign
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, NotFound, ValidationError
from agencia.domain.satisfaction_enums import ActionStatus
from agencia.domain.satisfaction_models import ImprovementAction
from agencia.services.coordination.tasks import TITLE_MAX, TaskInput, add_task, delete_task
from agencia.services.results import SaveResult
from agencia.services.satisfaction.improvements import account_to_manage


def task_from_improvement(
    db: Database, actor: Actor, action_id: int, campaign_id: int, today: date | None = None
) -> SaveResult:
    """A task of `campaign_id` made of the action (refused when the campaign is another
    account's, the action is the whole agency's, closed, or already has its task)."""
    day = today or date.today()
    with unit_of_work(db, actor, write=False) as uow:
        action = uow.session.get(ImprovementAction, action_id)
        if action is None:
            raise NotFound("improvement.not_found", id=action_id)
        account_to_manage(uow, action.account_id)
        if action.status is not ActionStatus.OPEN:
            raise Conflict("improvement.closed", id=action_id)
        if action.task_id is not None:
            raise Conflict("improvement.has_task", id=action_id, task=action.task_id)
        if action.account_id is None:
            raise ValidationError({"campaign_id": ("improvement.no_account", {"id": action_id})})
        campaign = uow.session.get(Campaign, campaign_id)
        if campaign is None:
            raise NotFound("campaign.not_found", id=campaign_id)
        if campaign.account_id != action.account_id:
            raise ValidationError(
                {"campaign_id": ("improvement.other_account", {"campaign": campaign_id})}
            )
        data = TaskInput(
            title=action.title[:TITLE_MAX],
            start_on=min(day, action.due_on),
            due_on=action.due_on,
            assignee_id=action.owner_id,
        )
    task = add_task(db, actor, campaign_id, data)
    with unit_of_work(db, actor) as uow:
        marked = uow.session.execute(
            update(ImprovementAction)
            .where(ImprovementAction.id == action_id, ImprovementAction.task_id.is_(None))
            .values(task_id=task.id, version=ImprovementAction.version + 1)
            .execution_options(synchronize_session=False)
        )
        if marked.rowcount == 1:  # type: ignore[attr-defined]
            uow.audit(
                ChangeKind.IMPROVEMENT_ACTION,
                action_id,
                AuditAction.UPDATE,
                {"task_id": [None, task.id]},
                account_id=campaign.account_id,
                summary=data.title,
            )
            return task
        first = uow.session.scalar(
            select(ImprovementAction.task_id).where(ImprovementAction.id == action_id)
        )
    delete_task(db, actor, task.id)
    raise Conflict("improvement.has_task", id=action_id, task=first)

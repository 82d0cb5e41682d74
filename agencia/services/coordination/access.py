"""Who may plan a campaign's tasks: the role table's `plan_tasks` on the campaign's
account; the person a task is assigned to may always move its status."""

from __future__ import annotations

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.domain.campaign_models import Campaign
from agencia.domain.coordination_models import Task
from agencia.domain.errors import NotFound
from agencia.domain.models import Account
from agencia.domain.permissions import Action, Scope
from agencia.services.campaigns import access as campaign_access


def campaign_to_plan(
    uow: UnitOfWork, campaign_id: int, *, lock: bool = False
) -> tuple[Campaign, Account, Scope]:
    """The campaign, refused unless the person may plan its tasks."""
    campaign, account, reach = campaign_access.load(uow, campaign_id, lock=lock)
    campaign_access.require(uow, Action.PLAN_TASKS, reach)
    return campaign, account, reach


def task_of(uow: UnitOfWork, task_id: int) -> Task:
    task = uow.session.get(Task, task_id)
    if task is None:
        raise NotFound("task.not_found", id=task_id)
    return task


def task_to_plan(uow: UnitOfWork, task_id: int) -> tuple[Task, Campaign]:
    """The task, refused unless the person may plan its campaign (its row locked, so two
    workstations rescheduling one campaign take turns)."""
    campaign_id = uow.session.scalar(select(Task.campaign_id).where(Task.id == task_id))
    if campaign_id is None:
        raise NotFound("task.not_found", id=task_id)
    campaign, _, _ = campaign_to_plan(uow, campaign_id, lock=True)
    return task_of(uow, task_id), campaign

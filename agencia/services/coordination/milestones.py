"""A campaign's milestones on its timeline: the six moments of its life, placed between
its start and its deadline, each reached when the campaign moves past it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.coordination_enums import MilestoneKind
from agencia.domain.coordination_models import Task
from agencia.domain.errors import ValidationError
from agencia.domain.labels import label
from agencia.domain.milestones import default_dates
from agencia.services.coordination.access import campaign_to_plan
from agencia.services.coordination.tasks import TaskInput, add_task


def add_milestones(db: Database, actor: Actor, campaign_id: int) -> list[int]:
    """The milestones the campaign lacks, each after the one before; their ids."""
    with unit_of_work(db, actor, write=False) as uow:
        campaign, _, _ = campaign_to_plan(uow, campaign_id)
        have = dict(
            uow.session.execute(
                select(Task.milestone, Task.id).where(
                    Task.campaign_id == campaign_id, Task.milestone.is_not(None)
                )
            )
            .tuples()
            .all()
        )
        start = campaign.start_date or date.today()
        deadline = campaign.deadline
    if deadline is None:
        raise ValidationError({"deadline": ("milestone.needs_deadline", {})})
    made: list[int] = []
    before: int | None = None
    for kind, day in default_dates(start, max(start, deadline)).items():
        existing = have.get(kind)
        if existing is None:
            data = TaskInput(
                title=label(kind),
                start_on=day,
                due_on=day,
                milestone=MilestoneKind(kind),
                depends_on={before: 0} if before is not None else {},
            )
            existing = add_task(db, actor, campaign_id, data).id
            made.append(existing)
        before = existing
    return made

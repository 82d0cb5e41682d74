"""A meeting report's next step becomes a task of its campaign with one action: the same
words, the same person, due when the step is (today when it says no date)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import MeetingReport, NextStep
from agencia.domain.errors import NotFound
from agencia.services.coordination.tasks import TaskInput, add_task
from agencia.services.results import SaveResult


def task_from_next_step(
    db: Database, actor: Actor, next_step_id: int, today: date | None = None
) -> SaveResult:
    """A task made of the next step (its campaign's planner's work, as any task)."""
    day = today or date.today()
    with unit_of_work(db, actor, write=False) as uow:
        row = uow.session.execute(
            select(NextStep, MeetingReport.campaign_id)
            .join(MeetingReport, MeetingReport.id == NextStep.meeting_id)
            .where(NextStep.id == next_step_id)
        ).first()
        if row is None:
            raise NotFound("next_step.not_found", id=next_step_id)
        step, campaign_id = row
    due = step.due_on or day
    data = TaskInput(
        title=step.description[:200],
        start_on=min(day, due),
        due_on=due,
        assignee_id=step.owner_staff_id,
    )
    return add_task(db, actor, campaign_id, data)

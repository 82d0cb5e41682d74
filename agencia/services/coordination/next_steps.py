"""A meeting report's next step becomes a task of its campaign with one action: the same
words, the same person, due when the step is (today when it says no date).

The campaigns area offers the action on its acta tab without knowing this area: the
declaration names `task_from_next_step` (`AreaSpec.step_to_task`), `agencia.areas`
hands it over. The task's description names the acta and the step (`marker`), which is
how a second task of the same step is refused.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import MeetingReport, NextStep
from agencia.domain.coordination_models import Task
from agencia.domain.errors import NotFound, ValidationError
from agencia.services.coordination.tasks import TITLE_MAX, TaskInput, add_task
from agencia.services.results import SaveResult


def marker(meeting_id: int, position: int) -> str:
    """What ends the description of a task made of the step at `position` of acta
    `meeting_id` (a correction of the acta writes its steps anew, in the same order)."""
    return f"(#{meeting_id}.{position + 1})"


def task_from_next_step(
    db: Database, actor: Actor, next_step_id: int, today: date | None = None
) -> SaveResult:
    """A task made of the next step (its campaign's planner's work, as any task);
    refused when the step already is one."""
    day = today or date.today()
    with unit_of_work(db, actor, write=False) as uow:
        row = uow.session.execute(
            select(NextStep, MeetingReport.campaign_id, MeetingReport.subject)
            .join(MeetingReport, MeetingReport.id == NextStep.meeting_id)
            .where(NextStep.id == next_step_id)
        ).first()
        if row is None:
            raise NotFound("next_step.not_found", id=next_step_id)
        step, campaign_id, subject = row
        tag = marker(step.meeting_id, step.position)
        made = uow.session.scalar(
            select(Task.title)
            .where(Task.campaign_id == campaign_id, Task.description.endswith(tag))
            .limit(1)
        )
        if made is not None:
            raise ValidationError({"next_step": ("next_step.already_task", {"title": made})})
    due = step.due_on or day
    data = TaskInput(
        title=step.description.strip()[:TITLE_MAX],
        start_on=min(day, due),
        due_on=due,
        description=f"{subject} {tag}",
        assignee_id=step.owner_staff_id,
    )
    return add_task(db, actor, campaign_id, data)

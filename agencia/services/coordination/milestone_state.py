"""A task's status as the schedule, the lists and the timeline count it: the domain's
`effective_status` (a milestone the campaign has passed is done; a cancelled campaign's
open work is cancelled), but a milestone the campaign has passed is done only once what
it waits for is done (or cancelled). A go-live milestone added to a live campaign after
a pending task was «Hecha» at once, ahead of the task it waits for.

Its own day does not hold it back: the campaign reaching the status is the fact (a
campaign presented before the planned day has had its presentation: done early).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.domain.campaign_models import Campaign
from agencia.domain.coordination_enums import FINISHED, MilestoneKind, TaskStatus
from agencia.domain.coordination_models import Task, TaskDependency
from agencia.domain.enums import CampaignStatus
from agencia.domain.milestones import effective_status

Row = tuple[TaskStatus, MilestoneKind | None, CampaignStatus]


def settle(
    rows: Mapping[int, Row], graph: Mapping[int, Mapping[int, int]]
) -> dict[int, TaskStatus]:
    """{task: status counted} for tasks `rows` (stored status, milestone, its campaign's
    status) linked by `graph` ({task: {what it waits for: lag}})."""
    found: dict[int, TaskStatus] = {}
    walking: set[int] = set()  # a stored cycle ends the walk, it does not loop

    def counted(task_id: int) -> TaskStatus:
        if task_id in found:
            return found[task_id]
        stored, milestone, campaign = rows[task_id]
        status = effective_status(stored, milestone, campaign)
        if milestone is not None and status is TaskStatus.DONE and stored is not status:
            walking.add(task_id)
            waits = [p for p in graph.get(task_id, {}) if p in rows and p not in walking]
            if any(counted(p) not in FINISHED for p in waits):
                status = effective_status(stored, None, campaign)
            walking.discard(task_id)
        found[task_id] = status
        return status

    for task_id in rows:
        counted(task_id)
    return found


def statuses_of(uow: UnitOfWork, campaign_ids: Iterable[int]) -> dict[int, TaskStatus]:
    """`settle` for every task of the campaigns, read in two queries."""
    ids = sorted(set(campaign_ids))
    if not ids:
        return {}
    rows = {
        i: (st, m, cs)
        for i, st, m, cs in uow.session.execute(
            select(Task.id, Task.status, Task.milestone, Campaign.status)
            .join(Campaign, Campaign.id == Task.campaign_id)
            .where(Task.campaign_id.in_(ids))
        ).tuples()
    }
    graph: dict[int, dict[int, int]] = {}
    for task_id, pred, lag in uow.session.execute(
        select(TaskDependency.task_id, TaskDependency.depends_on_id, TaskDependency.lag_days)
        .join(Task, Task.id == TaskDependency.task_id)
        .where(Task.campaign_id.in_(ids))
    ).tuples():
        graph.setdefault(task_id, {})[pred] = lag
    return settle(rows, graph)

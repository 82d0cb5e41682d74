"""Tasks put on new dates as the window's Editar ▸ Deshacer needs it: a bar's drag, and
its undo and redo, each one write that hands back the dates it replaced and the version
it left each task at.

Each task's own version, not one for the lot: the person's later steps on one of the
tasks (another drag, an edit, a status move, each keyed by the task in the undo
history) move that task's version on, and an undo of the earlier drag must expect that
version — a sum for the lot was left behind by them, and refused the person's own undo
as someone else's save. Anyone else's save of one of the tasks meanwhile, or its
deletion, still refuses the undo, writing nothing: it never overwrites their work.

Apart from `tasks` (the tasks' fields, statuses and dependencies), which they use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Campaign
from agencia.domain.coordination_models import Task
from agencia.domain.errors import Conflict
from agencia.services.coordination.access import campaign_to_plan, task_to_plan
from agencia.services.coordination.tasks import move_dates, planned_moves, refuse_if_closed


@dataclass(frozen=True, slots=True)
class DatesPut:
    """Tasks put on new dates, as the window's undo needs them: the dates replaced and
    the dates put (the same tasks), and `versions`, each task's version after the write
    (a version only grows: anyone's save of one of them moves it on, and the next undo
    or redo checks it: `put_dates`)."""

    campaign_id: int
    before: dict[int, tuple[date, date]]
    after: dict[int, tuple[date, date]]
    versions: dict[int, int]

    @property
    def version(self) -> int:
        """One number for the undo history's own key of the step (it checks nothing:
        `put_dates` checks each task's version)."""
        return sum(self.versions.values())


def reschedule_step(
    db: Database, actor: Actor, task_id: int, new_start: date, *, with_dependents: bool = True
) -> DatesPut:
    """`tasks.reschedule` for the window: the dates it replaced and put, and the versions
    the move left the tasks at, read in its own transaction (read later, another
    workstation's save in between would pass for ours)."""
    with unit_of_work(db, actor) as uow:
        _, campaign = task_to_plan(uow, task_id)
        moves = planned_moves(uow, campaign, task_id, new_start, with_dependents=with_dependents)
        return _put(uow, campaign, moves)


def put_dates(
    db: Database,
    actor: Actor,
    values: tuple[int, Mapping[int, tuple[date, date]]],
    versions: Mapping[int, int] | None = None,
) -> DatesPut:
    """`tasks.set_dates` as the window's undo step calls it: (campaign, dates), each task
    expected at its version in `versions` (as the drag, or the person's later steps on
    it, left it). Anyone else's save of one of them meanwhile, or its deletion, refuses
    it as a conflict, writing nothing."""
    campaign_id, dates = values
    with unit_of_work(db, actor) as uow:
        campaign, _, _ = campaign_to_plan(uow, campaign_id, lock=True)
        refuse_if_closed(campaign)
        if versions is not None:
            held = _versions(uow, dates, lock=True)  # theirs waits for ours, or we for theirs
            if held != {task_id: versions.get(task_id) for task_id in dates}:
                raise Conflict("record.stale")
        return _put(uow, campaign, dates)


def _versions(uow: UnitOfWork, ids: Iterable[int], *, lock: bool = False) -> dict[int, int]:
    query = select(Task.id, Task.version).where(Task.id.in_(list(ids)))
    rows = uow.session.execute(query.with_for_update() if lock else query)
    return {task_id: version for task_id, version in rows}


def _put(uow: UnitOfWork, campaign: Campaign, dates: Mapping[int, tuple[date, date]]) -> DatesPut:
    """`tasks.move_dates`, and what an undo step keeps of it (a task already on its
    dates keeps its version, and is expected at it next time)."""
    before = move_dates(uow, campaign, dates)
    after = {task_id: dates[task_id] for task_id in before}
    return DatesPut(campaign.id, before, after, _versions(uow, before))

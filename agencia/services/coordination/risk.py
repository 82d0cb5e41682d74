"""What the schedule and the workload say of a set of tasks: each campaign's expected
schedule, and the weeks each assignee is over capacity — read in a few queries for all
the campaigns and people concerned, then handed to the pure rules.

A task is at risk when what it depends on ends after it must start, or when a week it
spans is over its assignee's capacity; it is overdue when its due date has passed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from threading import Lock

from sqlalchemy import ColumnElement, func, select

from agencia.db.uow import UnitOfWork
from agencia.domain import schedule, workload
from agencia.domain.campaign_models import Campaign
from agencia.domain.coordination_enums import FINISHED, TaskStatus
from agencia.domain.coordination_models import Absence, StaffCapacity, Task, TaskDependency
from agencia.services.coordination.milestone_state import settle

DEFAULT_WEEKLY_HOURS = Decimal(40)


def plans(
    uow: UnitOfWork, campaign_ids: Iterable[int], today: date
) -> dict[int, schedule.Schedule]:
    """{campaign: its expected schedule} for the given campaigns. A campaign's schedule
    is computed again only when its tasks or links changed (`_fingerprints`): the
    timeline and «Mis tareas» of a campaign of 500 tasks read it on every refresh."""
    ids = sorted(set(campaign_ids))
    if not ids:
        return {}
    marks = _fingerprints(uow, ids, today)
    bind = uow.session.get_bind()
    where = str(bind.engine.url)  # the database, whichever engine or connection reads it
    found: dict[int, schedule.Schedule] = {}
    with _CACHE_LOCK:
        for c in ids:
            hit = _CACHE.get((where, c))
            if hit is not None and hit[0] == marks.get(c):
                found[c] = hit[1]
    missing = [c for c in ids if c not in found and c in marks]
    if missing:
        computed = _compute(uow, missing, today)
        with _CACHE_LOCK:
            for c, planned in computed.items():
                _CACHE[(where, c)] = (marks[c], planned)
                _CACHE.move_to_end((where, c))
            while len(_CACHE) > CACHED:
                _CACHE.popitem(last=False)
        found.update(computed)
    return found


CACHED = 256
_CACHE: OrderedDict[tuple[str, int], tuple[tuple[object, ...], schedule.Schedule]] = OrderedDict()
_CACHE_LOCK = Lock()


def _fingerprints(uow: UnitOfWork, ids: list[int], today: date) -> dict[int, tuple[object, ...]]:
    """What a campaign's schedule depends on, summed up in two aggregate queries: its
    tasks (how many, which, their versions — every edit of a task moves its version),
    its links (which, with their lags) and its own status, and the day. Campaigns
    without tasks are left out."""
    tasks = uow.session.execute(
        select(
            Task.campaign_id,
            func.count(Task.id),
            func.sum(Task.id),
            func.sum(Task.version),
            func.max(Task.id),
            Campaign.status,
            Campaign.version,
        )
        .join(Campaign, Campaign.id == Task.campaign_id)
        .where(Task.campaign_id.in_(ids))
        .group_by(Task.campaign_id, Campaign.status, Campaign.version)
    ).all()
    links = {
        c: (n, s1, s2, s3)
        for c, n, s1, s2, s3 in uow.session.execute(
            select(
                Task.campaign_id,
                func.count(TaskDependency.id),
                func.sum(TaskDependency.id),
                func.sum(TaskDependency.task_id * TaskDependency.depends_on_id),
                func.sum(TaskDependency.lag_days * (TaskDependency.task_id + 1)),
            )
            .join(Task, Task.id == TaskDependency.task_id)
            .where(Task.campaign_id.in_(ids))
            .group_by(Task.campaign_id)
        )
    }
    return {c: (today, *rest, links.get(c)) for c, *rest in tasks}


def _compute(uow: UnitOfWork, ids: list[int], today: date) -> dict[int, schedule.Schedule]:
    """The campaigns' schedules from their rows (two queries)."""
    statuses = dict(
        uow.session.execute(select(Campaign.id, Campaign.status).where(Campaign.id.in_(ids)))
        .tuples()
        .all()
    )
    rows = uow.session.execute(
        select(
            Task.id, Task.campaign_id, Task.start_on, Task.due_on, Task.status, Task.milestone
        ).where(Task.campaign_id.in_(ids))
    ).all()
    deps = uow.session.execute(
        select(TaskDependency.task_id, TaskDependency.depends_on_id, TaskDependency.lag_days)
        .join(Task, Task.id == TaskDependency.task_id)
        .where(Task.campaign_id.in_(ids))
    ).all()
    graph: dict[int, dict[int, int]] = {}
    for task_id, pred, lag in deps:
        graph.setdefault(task_id, {})[pred] = lag
    counted = settle({t: (st, m, statuses[c]) for t, c, _, _, st, m in rows}, graph)
    items: dict[int, list[schedule.Item]] = {}
    for task_id, campaign_id, start, due, _, milestone in rows:
        items.setdefault(campaign_id, []).append(
            schedule.Item(
                task_id,
                start,
                due,
                counted[task_id],
                milestone is not None,
                graph.get(task_id, {}),
            )
        )
    return {c: schedule.plan(its, today) for c, its in items.items()}


@dataclass(frozen=True, slots=True)
class Capacity:
    """One person's weekly hours and absences."""

    weekly_hours: Decimal
    absences: tuple[tuple[date, date], ...]


def capacities(uow: UnitOfWork, staff_ids: Iterable[int]) -> dict[int, Capacity]:
    ids = sorted(set(staff_ids))
    hours = dict(
        uow.session.execute(
            select(StaffCapacity.staff_id, StaffCapacity.weekly_hours).where(
                StaffCapacity.staff_id.in_(ids)
            )
        )
        .tuples()
        .all()
    )
    away: dict[int, list[tuple[date, date]]] = {}
    for staff_id, start, end in uow.session.execute(
        select(Absence.staff_id, Absence.starts_on, Absence.ends_on).where(
            Absence.staff_id.in_(ids)
        )
    ):
        away.setdefault(staff_id, []).append((start, end))
    return {
        s: Capacity(Decimal(hours.get(s, DEFAULT_WEEKLY_HOURS)), tuple(away.get(s, ())))
        for s in ids
    }


OPEN_STATUSES = tuple(s for s in TaskStatus if s not in FINISHED)


def weekly_hours(
    uow: UnitOfWork, staff_ids: Iterable[int], window: tuple[date, date] | None = None
) -> dict[int, dict[date, Decimal]]:
    """{person: {monday: hours}} of their open tasks (milestones take no time); with a
    `window`, only the weeks it touches (of the tasks that overlap it). The statuses are
    named, not excluded, so that the index on (assignee, status, due) answers."""
    ids = sorted(set(staff_ids))
    if not ids:
        return {}
    where: list[ColumnElement[bool]] = [
        Task.assignee_id.in_(ids),
        Task.status.in_(OPEN_STATUSES),
        Task.milestone.is_(None),
        Campaign.status.not_in(("cancelled", "completed", "rejected")),
    ]
    if window is not None:
        first, last = workload.week_of(window[0]), workload.week_of(window[1])
        where += [Task.due_on >= first, Task.start_on <= last + timedelta(days=6)]
    rows = uow.session.execute(
        select(Task.assignee_id, Task.start_on, Task.due_on, Task.estimated_hours)
        .join(Campaign, Campaign.id == Task.campaign_id)
        .where(*where)
    ).tuples()
    return hours_by_person_week(rows)


_TENTH = Decimal("0.1")
_ZERO = Decimal(0)


def hours_by_person_week(
    rows: Iterable[tuple[int | None, date, date, Decimal]],
) -> dict[int, dict[date, Decimal]]:
    """{person: {monday: hours}} of (assignee, start, due, hours) rows in one pass: the
    rule of `workload.hours_by_week` (the same sums in the rows' order, so the same
    figures), with the weeks counted on day numbers instead of building each task's
    week table of dates: the timeline reads a thousand tasks of its people's weeks."""
    by_person: dict[int, dict[int, Decimal]] = {}
    for staff_id, start, due, raw in rows:
        if staff_id is None:  # nobody's week
            continue
        hours = Decimal(raw)
        first_day, last_day = start.toordinal(), due.toordinal()
        monday = first_day - start.weekday()
        counts: list[tuple[int, int]] = []
        total = 0
        while monday <= last_day:
            friday = monday + workload.WORKING_DAYS - 1
            days = min(last_day, friday) - max(first_day, monday) + 1
            if days > 0:
                counts.append((monday, days))
                total += days
            monday += 7
        weeks = by_person.setdefault(staff_id, {})
        if not total:  # no working day: all on the due date's week
            monday = last_day - due.weekday()
            weeks[monday] = weeks.get(monday, _ZERO) + hours
            continue
        share = hours / total
        for monday, days in counts:
            weeks[monday] = weeks.get(monday, _ZERO) + share * days
    return {
        s: {date.fromordinal(m): h.quantize(_TENTH) for m, h in weeks.items()}
        for s, weeks in by_person.items()
    }


def over_capacity(
    uow: UnitOfWork, staff_ids: Iterable[int], window: tuple[date, date] | None = None
) -> dict[int, set[date]]:
    """{person: the weeks their open tasks pass their capacity} (within `window`)."""
    ids = sorted(set(staff_ids))
    hours = weekly_hours(uow, ids, window)
    caps = capacities(uow, ids)
    return {
        s: workload.over_capacity_weeks(hours.get(s, {}), caps[s].weekly_hours, caps[s].absences)
        for s in ids
    }


@dataclass(frozen=True, slots=True)
class Risk:
    """Why a task is at risk (both may hold), and whether it is overdue."""

    late_dependency: bool = False
    over_capacity: bool = False
    overdue: bool = False

    @property
    def at_risk(self) -> bool:
        return self.late_dependency or self.over_capacity


def risk_of(
    planned: schedule.Planned | None,
    finished: bool,
    start: date,
    due: date,
    assignee_over: set[date],
) -> Risk:
    """A task's risk from its campaign's schedule and its assignee's full weeks."""
    if finished or planned is None:
        return Risk()
    crowded = bool(assignee_over & workload.weeks_of(start, due))
    return Risk(planned.late_by_dependency, crowded, planned.overdue)

"""Reading tasks: the list (by campaign, by person, overdue or at risk), "Mis tareas",
and a campaign's timeline with its critical path and expected end.

A person sees the tasks of the campaigns they may see, and the tasks assigned to them
wherever they are (a creative on one task of a campaign of another group).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, or_, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import schedule
from agencia.domain.actor import Actor
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign
from agencia.domain.coordination_enums import FINISHED, MilestoneKind, TaskStatus
from agencia.domain.coordination_models import Task, TaskDependency, Vendor
from agencia.domain.enums import CampaignStatus, Department
from agencia.domain.milestones import effective_status
from agencia.domain.models import Account, Staff
from agencia.services.campaigns import access as campaign_access
from agencia.services.coordination import milestone_state, risk
from agencia.services.coordination.tasks import graph_of, may_plan


@dataclass(frozen=True, slots=True)
class TaskRow:
    """One task (or milestone) as lists, the timeline and the command line show it."""

    id: int
    version: int
    campaign_id: int
    campaign: str
    account: str
    title: str
    description: str
    team: Department | None
    vendor_id: int | None
    vendor: str
    assignee_id: int | None
    assignee: str
    start: date
    due: date
    estimated_hours: Decimal
    status: TaskStatus
    milestone: MilestoneKind | None
    depends_on: tuple[int, ...]
    expected_start: date
    expected_due: date
    overdue: bool
    at_risk: bool
    late_dependency: bool
    over_capacity: bool
    critical: bool

    def as_json(self) -> dict[str, Any]:
        """The task as the command line's JSON and CSV give it."""
        return {
            "id": self.id,
            "campaign_id": self.campaign_id,
            "campaign": self.campaign,
            "title": self.title,
            "team": self.team.value if self.team else None,
            "vendor": self.vendor or None,
            "vendor_id": self.vendor_id,
            "assignee": self.assignee or None,
            "assignee_id": self.assignee_id,
            "start": self.start.isoformat(),
            "due": self.due.isoformat(),
            "status": self.status.value,
            "milestone": self.milestone.value if self.milestone else None,
            "estimated_hours": str(self.estimated_hours),
            "depends_on": list(self.depends_on),
            "overdue": self.overdue,
            "at_risk": self.at_risk,
            "critical": self.critical,
        }


@dataclass(frozen=True, slots=True)
class TaskQuery:
    """Filters of the task list; open tasks only unless `include_finished`."""

    campaign_id: int | None = None
    assignee_id: int | None = None
    overdue: bool = False
    at_risk: bool = False
    include_finished: bool = False
    limit: int | None = None


def visible_tasks(actor: Actor) -> ColumnElement[bool]:
    """Tasks of campaigns the person may see, and tasks assigned to them."""
    clause = campaign_access.visible_campaigns(actor)
    campaigns = Task.campaign_id.in_(select(Campaign.id).where(clause))
    if actor.staff_id is None:
        return campaigns
    return or_(Task.assignee_id == actor.staff_id, campaigns)


TASK_COLUMNS = (
    Task.id,
    Task.version,
    Task.campaign_id,
    Task.title,
    Task.description,
    Task.team,
    Task.vendor_id,
    Task.assignee_id,
    Task.start_on,
    Task.due_on,
    Task.estimated_hours,
    Task.status,
    Task.milestone,
)


class _Task(NamedTuple):
    """A task's columns as `task_rows` reads them (cheaper than mapped objects)."""

    id: int
    version: int
    campaign_id: int
    title: str
    description: str
    team: Department | None
    vendor_id: int | None
    assignee_id: int | None
    start_on: date
    due_on: date
    estimated_hours: Decimal
    status: TaskStatus
    milestone: MilestoneKind | None


def task_rows(
    uow: UnitOfWork,
    where: list[ColumnElement[bool]],
    today: date,
    schedules: dict[int, schedule.Schedule] | None = None,
) -> list[TaskRow]:
    """The tasks matching `where`, with their schedule and risk (in the caller's read);
    `schedules` holds the campaigns' schedules when the caller has them already."""
    stmt = (
        select(
            *TASK_COLUMNS,
            Campaign.name,
            Campaign.status,
            Account.trade_name,
            Staff.full_name,
            Vendor.name,
        )
        .join(Campaign, Campaign.id == Task.campaign_id)
        .join(Account, Account.id == Campaign.account_id)
        .outerjoin(Staff, Staff.id == Task.assignee_id)
        .outerjoin(Vendor, Vendor.id == Task.vendor_id)
        .where(*where)
        .order_by(Task.start_on, Task.id)
    )
    found = uow.session.execute(stmt).all()
    if not found:
        return []
    tasks = [_Task(*r[: len(TASK_COLUMNS)]) for r in found]  # columns: no ORM objects
    plans = schedules
    if plans is None:
        plans = risk.plans(uow, {t.campaign_id for t in tasks}, today)
    window = (min(t.start_on for t in tasks), max(t.due_on for t in tasks))
    crowded = risk.over_capacity(uow, {t.assignee_id for t in tasks if t.assignee_id}, window)
    deps: dict[int, list[int]] = {}
    for task_id, pred in uow.session.execute(
        select(TaskDependency.task_id, TaskDependency.depends_on_id).where(
            TaskDependency.task_id.in_([t.id for t in tasks])
        )
    ):
        deps.setdefault(task_id, []).append(pred)
    reached = {  # milestones the campaign has passed: done only once what they wait for is
        task.campaign_id
        for task, r in zip(tasks, found, strict=True)
        if task.milestone is not None
        and task.status is not TaskStatus.DONE
        and effective_status(task.status, task.milestone, r[len(TASK_COLUMNS) + 1])
        is TaskStatus.DONE
    }
    counted = milestone_state.statuses_of(uow, reached)
    rows = []
    for task, (campaign, campaign_status, account, assignee, vendor) in zip(
        tasks, (r[len(TASK_COLUMNS) :] for r in found), strict=True
    ):
        status = counted.get(task.id) or effective_status(
            task.status, task.milestone, campaign_status
        )
        planned = plans.get(task.campaign_id)
        item = planned.items.get(task.id) if planned is not None else None
        over = set() if task.milestone else crowded.get(task.assignee_id or 0, set())
        finished = status in FINISHED or campaign_status in CLOSED
        r = risk.risk_of(item, finished, task.start_on, task.due_on, over)
        rows.append(
            TaskRow(
                id=task.id,
                version=task.version,
                campaign_id=task.campaign_id,
                campaign=campaign,
                account=account,
                title=task.title,
                description=task.description,
                team=task.team,
                vendor_id=task.vendor_id,
                vendor=vendor or "",
                assignee_id=task.assignee_id,
                assignee=assignee or "",
                start=task.start_on,
                due=task.due_on,
                estimated_hours=Decimal(task.estimated_hours),
                status=status,
                milestone=task.milestone,
                depends_on=tuple(sorted(deps.get(task.id, ()))),
                expected_start=item.start if item else task.start_on,
                expected_due=item.due if item else task.due_on,
                overdue=r.overdue,
                at_risk=r.at_risk,
                late_dependency=r.late_dependency,
                over_capacity=r.over_capacity,
                critical=bool(item and item.critical),
            )
        )
    return rows


def list_tasks(
    db: Database, actor: Actor, query: TaskQuery = TaskQuery(), today: date | None = None
) -> list[TaskRow]:
    """The tasks the person may see, filtered."""
    day = today or date.today()
    with unit_of_work(db, actor, write=False) as uow:
        where: list[ColumnElement[bool]] = [visible_tasks(actor)]
        if query.campaign_id is not None:
            where.append(Task.campaign_id == query.campaign_id)
        if query.assignee_id is not None:
            where.append(Task.assignee_id == query.assignee_id)
        if not query.include_finished:
            where.append(Task.status.not_in(FINISHED))
            where.append(Campaign.status.not_in(CLOSED))
        if query.overdue:
            where.append(Task.due_on < day)
        rows = task_rows(uow, where, day)
    if not query.include_finished:
        rows = [r for r in rows if r.status not in FINISHED]
    if query.overdue:
        rows = [r for r in rows if r.overdue]
    if query.at_risk:
        rows = [r for r in rows if r.at_risk]
    return rows[: query.limit] if query.limit else rows


def my_tasks(db: Database, actor: Actor, today: date | None = None) -> list[TaskRow]:
    """The signed-in person's open tasks, the soonest due first ("Mis tareas")."""
    if actor.staff_id is None:
        return []
    rows = list_tasks(db, actor, TaskQuery(assignee_id=actor.staff_id), today)
    return sorted(rows, key=lambda r: (r.due, r.id))


@dataclass(frozen=True, slots=True)
class Dependency:
    """`task_id` waits for `depends_on_id` to end, plus `lag_days`."""

    task_id: int
    depends_on_id: int
    lag_days: int


@dataclass(frozen=True, slots=True)
class Timeline:
    """A campaign's timeline: its tasks and milestones, their links, the critical path,
    and the expected end against the deadline."""

    campaign_id: int
    campaign: str
    account: str
    status: CampaignStatus
    start: date | None
    deadline: date | None
    tasks: tuple[TaskRow, ...]
    dependencies: tuple[Dependency, ...]
    critical_path: tuple[int, ...]
    expected_end: date | None
    days_late: int
    may_plan: bool
    # a dependency cycle stored before the services and the server refused one (ids
    # along it, the first again at the end): the schedule leaves its closing link out
    cycle: tuple[int, ...] = ()

    @property
    def plannable(self) -> bool:
        """Whether the person may add, edit and move its tasks now: they plan it and the
        campaign is not closed (its open tasks may still be closed out: `may_plan`)."""
        return self.may_plan and self.status not in CLOSED


def timeline(db: Database, actor: Actor, campaign_id: int, today: date | None = None) -> Timeline:
    """Everything the campaign's Gantt draws, in one read."""
    day = today or date.today()
    with unit_of_work(db, actor, write=False) as uow:
        campaign, account, _ = campaign_access.load(uow, campaign_id)
        planned = risk.plans(uow, [campaign_id], day)
        rows = task_rows(uow, [Task.campaign_id == campaign_id], day, planned)
        links = uow.session.execute(
            select(TaskDependency.task_id, TaskDependency.depends_on_id, TaskDependency.lag_days)
            .join(Task, Task.id == TaskDependency.task_id)
            .where(Task.campaign_id == campaign_id)
            .order_by(TaskDependency.id)
        ).all()
        plan = planned.get(campaign_id)
        planner = may_plan(uow, campaign)
    return Timeline(
        campaign_id=campaign.id,
        campaign=campaign.name,
        account=account.trade_name,
        status=campaign.status,
        start=campaign.start_date,
        deadline=campaign.deadline,
        tasks=tuple(rows),
        dependencies=tuple(Dependency(t, p, lag) for t, p, lag in links),
        critical_path=plan.critical_path if plan else (),
        expected_end=plan.expected_end if plan else None,
        days_late=plan.days_late(campaign.deadline) if plan else 0,
        may_plan=planner,
        cycle=plan.cycle if plan else (),
    )


def dependency_cycle(db: Database, actor: Actor, campaign_id: int) -> str:
    """The titles along a dependency cycle stored in the campaign ("A → B → A"), or "":
    written before the services and the server refused one, it is left out of the dates,
    and the lists say so, for the planner to remove one of its links."""
    with unit_of_work(db, actor, write=False) as uow:
        campaign_access.load(uow, campaign_id)
        cycle = schedule.find_cycle(dict(sorted(graph_of(uow, campaign_id).items())))
        if cycle is None:
            return ""
        names = dict(
            uow.session.execute(select(Task.id, Task.title).where(Task.id.in_(cycle)))
            .tuples()
            .all()
        )
    return " → ".join(names.get(i, str(i)) for i in cycle)


@dataclass(frozen=True, slots=True)
class CampaignChoice:
    """A campaign the timeline can show: those with tasks first."""

    id: int
    name: str
    account: str
    tasks: int


def campaign_choices(db: Database, actor: Actor) -> list[CampaignChoice]:
    """The open campaigns the person may see, those with tasks first, then by deadline."""
    from sqlalchemy import func

    with unit_of_work(db, actor, write=False) as uow:
        counts = (
            select(Task.campaign_id, func.count(Task.id).label("n"))
            .group_by(Task.campaign_id)
            .subquery()
        )
        rows = uow.session.execute(
            select(Campaign.id, Campaign.name, Account.trade_name, counts.c.n)
            .join(Account, Account.id == Campaign.account_id)
            .outerjoin(counts, counts.c.campaign_id == Campaign.id)
            .where(campaign_access.visible_campaigns(actor), Campaign.status.not_in(CLOSED))
            .order_by(counts.c.n.is_(None), Campaign.deadline, Campaign.id)
        ).all()
    return [CampaignChoice(i, n, a, c or 0) for i, n, a, c in rows]

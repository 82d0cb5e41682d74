"""The tasks of a campaign: added, edited, moved through their statuses, linked by
finish-to-start dependencies, and rescheduled with what depends on them.

A dependency cycle is refused, and so is a task marked done before what it depends on;
both rules are `agencia.domain.schedule`'s. Rescheduling is one write, whatever it moves,
and hands back the dates it replaced so that the window can undo it as one change (its
undoable writes, which keep the tasks' versions too, are `task_dates`'); a task is not
moved to start before what it waits for (still open) lets it start.

A closed campaign (finalizada, rechazada, cancelada: `campaign_life.CLOSED`, as its
actas) takes no new task and no edit, move or reopening of one; its open tasks may still
be marked done or cancelled, so that the record says how the work ended.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import schedule
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign
from agencia.domain.changes import ChangeKind
from agencia.domain.coordination_enums import FINISHED, MilestoneKind, TaskStatus
from agencia.domain.coordination_models import Task, TaskDependency, Vendor
from agencia.domain.enums import AuditAction, Department
from agencia.domain.errors import Conflict, DomainError, ValidationError
from agencia.domain.models import Account, Staff
from agencia.domain.permissions import Action, allowed
from agencia.services.accounts import access as account_access
from agencia.services.coordination import assignees
from agencia.services.coordination.access import campaign_to_plan, task_of, task_to_plan
from agencia.services.coordination.milestone_state import settle
from agencia.services.results import SaveResult

TITLE_MAX = 200
HOURS_MAX = Decimal(9999)
LAG_LIMIT = 365


@dataclass(frozen=True, slots=True)
class TaskInput:
    """What the task form (or the command line) sends; `depends_on` maps each task this
    one waits for to the lag in days."""

    title: str
    start_on: date
    due_on: date
    description: str = ""
    team: Department | None = None
    vendor_id: int | None = None
    assignee_id: int | None = None
    estimated_hours: Decimal | str = Decimal(0)
    milestone: MilestoneKind | None = None
    depends_on: Mapping[int, int] = field(default_factory=dict)


def validate_task(data: TaskInput) -> v.FieldErrors:
    """The field rules the form shows under each field (the service applies them too)."""
    errors: v.FieldErrors = {}
    v.required(errors, "title", data.title, TITLE_MAX)
    if data.due_on < data.start_on:
        errors["due_on"] = ("task.dates", {})
    v.plan_date(errors, "start_on", data.start_on)
    v.plan_date(errors, "due_on", data.due_on)
    if data.team is not None and data.vendor_id is not None:
        errors["vendor_id"] = ("task.team_or_vendor", {})
    hours = _hours(data.estimated_hours)
    if hours is None or hours < 0 or hours > HOURS_MAX:
        errors["estimated_hours"] = ("task.hours", {"max": int(HOURS_MAX)})
    if data.milestone is not None and data.start_on != data.due_on:
        errors["due_on"] = ("task.milestone_one_day", {})
    for lag in data.depends_on.values():
        if abs(lag) > LAG_LIMIT:
            errors["depends_on"] = ("task.lag", {"max": LAG_LIMIT})
    return errors


def _hours(value: Decimal | str) -> Decimal | None:
    try:
        hours = Decimal(str(value).strip().replace(",", ".") or "0")
    except InvalidOperation:
        return None
    return hours if hours.is_finite() else None


def refuse_if_closed(campaign: Campaign) -> None:
    """A closed campaign's plan is read, not changed (see the module's docstring)."""
    if campaign.status in CLOSED:
        raise DomainError("task.campaign_closed", status=campaign.status.value)


def _check_refs(
    uow: UnitOfWork, data: TaskInput, account: Account, assigned: int | None = None
) -> None:
    """The assignee and the supplier exist and are active; the assignee, when the save
    names a new one (`assigned`: who has it now), may take the campaign's tasks."""
    errors: v.FieldErrors = {}
    if data.assignee_id is not None:
        person = uow.session.get(Staff, data.assignee_id)
        if person is None:
            errors["assignee_id"] = ("staff.not_found", {"id": data.assignee_id})
        elif not person.active:
            errors["assignee_id"] = ("staff.inactive", {"name": person.full_name})
        elif data.assignee_id != assigned:
            why = assignees.refusal_of(uow, person, account)
            if why is not None:
                errors["assignee_id"] = (
                    why,
                    {"name": person.full_name, "account": account.trade_name, "role": person.role},
                )
    if data.vendor_id is not None:
        vendor = uow.session.get(Vendor, data.vendor_id)
        if vendor is None:
            errors["vendor_id"] = ("vendor.not_found", {"id": data.vendor_id})
        elif not vendor.active:
            errors["vendor_id"] = ("vendor.inactive", {"name": vendor.name})
    if errors:
        raise ValidationError(errors)


def _apply(task: Task, data: TaskInput) -> dict[str, list[object]]:
    hours = _hours(data.estimated_hours) or Decimal(0)
    new = {
        "title": data.title.strip(),
        "description": data.description.strip(),
        "team": data.team,
        "vendor_id": data.vendor_id,
        "assignee_id": data.assignee_id,
        "start_on": data.start_on,
        "due_on": data.due_on,
        "estimated_hours": hours,
        "milestone": data.milestone,
    }
    changes: dict[str, list[object]] = {}
    for name, value in new.items():
        old = getattr(task, name)
        if old != value:
            changes[name] = [_plain(old), _plain(value)]
            setattr(task, name, value)
    return changes


def _plain(value: object) -> object:
    if isinstance(value, date | Decimal):
        return str(value)
    return value


def add_task(db: Database, actor: Actor, campaign_id: int, data: TaskInput) -> SaveResult:
    """A new task (or milestone) of the campaign."""
    if errors := validate_task(data):
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        campaign, account, _ = campaign_to_plan(uow, campaign_id, lock=True)
        refuse_if_closed(campaign)
        _check_refs(uow, data, account)
        task = Task(campaign_id=campaign.id, status=TaskStatus.TODO)
        changes = _apply(task, data)
        uow.session.add(task)
        uow.session.flush()
        _set_dependencies(uow, task, data.depends_on)
        _audit(uow, task, campaign.account_id, AuditAction.CREATE, changes)
        uow.session.flush()
        return SaveResult(task.id, task.version)


def update_task(
    db: Database, actor: Actor, task_id: int, data: TaskInput, version: int | None = None
) -> SaveResult:
    """The task's fields and dependencies as the form sends them."""
    if errors := validate_task(data):
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        task, campaign = task_to_plan(uow, task_id)
        refuse_if_closed(campaign)
        if version is not None and task.version != version:
            raise Conflict("record.stale")
        account = uow.session.get(Account, campaign.account_id)
        assert account is not None
        _check_refs(uow, data, account, task.assignee_id)
        changes = _apply(task, data)
        _set_dependencies(uow, task, data.depends_on)
        _audit(uow, task, campaign.account_id, AuditAction.UPDATE, changes)
        uow.session.flush()
        return SaveResult(task.id, task.version)


def graph_of(uow: UnitOfWork, campaign_id: int) -> dict[int, dict[int, int]]:
    """{task: {what it depends on: lag}} for every task of the campaign."""
    rows = uow.session.execute(
        select(TaskDependency.task_id, TaskDependency.depends_on_id, TaskDependency.lag_days)
        .join(Task, Task.id == TaskDependency.task_id)
        .where(Task.campaign_id == campaign_id)
    ).all()
    graph: dict[int, dict[int, int]] = {}
    for task_id, pred, lag in rows:
        graph.setdefault(task_id, {})[pred] = lag
    return graph


def _set_dependencies(uow: UnitOfWork, task: Task, wanted: Mapping[int, int]) -> None:
    """Replace what `task` depends on with `wanted`, refusing a cycle or another
    campaign's task."""
    graph = graph_of(uow, task.campaign_id)
    current = graph.get(task.id, {})
    if dict(wanted) == current:
        return
    if wanted:
        theirs = dict(
            uow.session.execute(select(Task.id, Task.campaign_id).where(Task.id.in_(list(wanted))))
            .tuples()
            .all()
        )
        for pred in wanted:
            if pred == task.id:
                raise ValidationError({"depends_on": ("task.depends_on_self", {})})
            if theirs.get(pred) != task.campaign_id:
                raise ValidationError({"depends_on": ("task.other_campaign", {"id": pred})})
        searched = {task.id: dict(wanted)}  # from this task first: the cycle reads from it
        searched.update((k, d) for k, d in graph.items() if k != task.id)
        cycle = schedule.find_cycle(searched)
        if cycle is not None:
            names = dict(
                uow.session.execute(select(Task.id, Task.title).where(Task.id.in_(cycle)))
                .tuples()
                .all()
            )
            path = " → ".join(names.get(i, str(i)) for i in cycle)
            raise ValidationError({"depends_on": ("task.cycle", {"path": path})})
    uow.session.execute(delete(TaskDependency).where(TaskDependency.task_id == task.id))
    for pred, lag in wanted.items():
        uow.session.add(TaskDependency(task_id=task.id, depends_on_id=pred, lag_days=lag))
    uow.touched(ChangeKind.TASK, task.id)


def _audit(
    uow: UnitOfWork, task: Task, account_id: int, action: AuditAction, changes: dict[str, Any]
) -> None:
    """The task's trail entry, on its campaign's account."""
    uow.audit(ChangeKind.TASK, task.id, action, changes, account_id=account_id, summary=task.title)


def add_dependency(
    db: Database, actor: Actor, task_id: int, depends_on_id: int, lag_days: int = 0
) -> SaveResult:
    """`task_id` starts only after `depends_on_id` ends (plus the lag)."""
    if abs(lag_days) > LAG_LIMIT:
        raise ValidationError({"lag_days": ("task.lag", {"max": LAG_LIMIT})})
    with unit_of_work(db, actor) as uow:
        task, campaign = task_to_plan(uow, task_id)
        refuse_if_closed(campaign)
        wanted = {**graph_of(uow, task.campaign_id).get(task.id, {}), depends_on_id: lag_days}
        _set_dependencies(uow, task, wanted)
        _audit(
            uow,
            task,
            campaign.account_id,
            AuditAction.UPDATE,
            {"depends_on": [None, depends_on_id], "lag_days": [None, lag_days]},
        )
        return SaveResult(task.id, task.version)


def set_status(
    db: Database, actor: Actor, task_id: int, status: TaskStatus, version: int | None = None
) -> SaveResult:
    """Move a task's status. Its assignee may always; others need to plan its campaign.
    Done is refused while something it depends on is neither done nor cancelled."""
    with unit_of_work(db, actor) as uow:
        task = task_of(uow, task_id)
        campaign = _status_mover(uow, task)
        if version is not None and task.version != version:
            raise Conflict("record.stale")
        if status not in FINISHED and status is not task.status:
            refuse_if_closed(campaign)  # its open work may still be closed, not reopened
        if status is TaskStatus.DONE:
            open_ = _open_predecessors(uow, task)
            if open_:
                raise ValidationError(
                    {"status": ("task.predecessors_open", {"tasks": ", ".join(open_)})}
                )
        if status is not task.status:
            old, task.status = task.status, status
            _audit(
                uow,
                task,
                campaign.account_id,
                AuditAction.MOVE,
                {"status": [old.value, status.value]},
            )
        uow.session.flush()
        return SaveResult(task.id, task.version)


def _status_mover(uow: UnitOfWork, task: Task) -> Campaign:
    if task.assignee_id is not None and task.assignee_id == uow.actor.staff_id:
        campaign = uow.session.get(Campaign, task.campaign_id)
        assert campaign is not None
        return campaign
    campaign, _, _ = campaign_to_plan(uow, task.campaign_id)
    return campaign


def _open_predecessors(uow: UnitOfWork, task: Task) -> list[str]:
    rows = uow.session.execute(
        select(Task.title, Task.status)
        .join(TaskDependency, TaskDependency.depends_on_id == Task.id)
        .where(TaskDependency.task_id == task.id)
        .order_by(Task.start_on, Task.id)
    ).all()
    return [title for title, status in rows if status not in FINISHED]


def schedule_items(uow: UnitOfWork, campaign_id: int) -> list[schedule.Item]:
    """The campaign's tasks as the schedule's rules take them (milestones the campaign
    has reached count as done once what they wait for is: `milestone_state`)."""
    graph = graph_of(uow, campaign_id)
    rows = uow.session.execute(
        select(Task.id, Task.start_on, Task.due_on, Task.status, Task.milestone, Campaign.status)
        .join(Campaign, Campaign.id == Task.campaign_id)
        .where(Task.campaign_id == campaign_id)
    ).all()
    counted = settle({i: (st, m, cs) for i, _, _, st, m, cs in rows}, graph)
    return [
        schedule.Item(i, s, d, counted[i], m is not None, graph.get(i, {}))
        for i, s, d, st, m, cs in rows
    ]


def preview_reschedule(
    db: Database, actor: Actor, task_id: int, new_start: date
) -> dict[int, tuple[date, date]]:
    """What moving `task_id` to `new_start` would move, itself and what depends on it —
    refused as the save would refuse it (`planned_moves`), so that the window never asks
    about the dependents of a move it cannot make."""
    with unit_of_work(db, actor, write=False) as uow:
        task = task_of(uow, task_id)
        campaign, _, _ = campaign_to_plan(uow, task.campaign_id)
        return planned_moves(uow, campaign, task_id, new_start)


def planned_moves(
    uow: UnitOfWork,
    campaign: Campaign,
    task_id: int,
    new_start: date,
    *,
    with_dependents: bool = True,
) -> dict[int, tuple[date, date]]:
    """The dates moving `task_id` (of `campaign`, which the person may plan) to
    `new_start` puts, {id: (start, due)}, by default with what depends on it; refused
    for a closed campaign or a start before what the task waits for lets it start. The
    preview, the move and the window's undoable move all read it."""
    refuse_if_closed(campaign)
    items = schedule_items(uow, campaign.id)
    _refuse_before_predecessors(uow, items, task_id, new_start)
    moves = schedule.reschedule(items, task_id, new_start)
    if not with_dependents:
        moves = {k: m for k, m in moves.items() if k == task_id}
    return moves


def reschedule(
    db: Database, actor: Actor, task_id: int, new_start: date, *, with_dependents: bool = True
) -> dict[int, tuple[date, date]]:
    """Move a task (and, by default, push what depends on it as far as it must), in one
    write. Returns the dates it replaced, {id: (start, due)}, for one undo (the window's
    keeps the versions too: `task_dates.reschedule_step`)."""
    with unit_of_work(db, actor) as uow:
        _, campaign = task_to_plan(uow, task_id)
        moves = planned_moves(uow, campaign, task_id, new_start, with_dependents=with_dependents)
        return move_dates(uow, campaign, moves)


def _refuse_before_predecessors(
    uow: UnitOfWork, items: list[schedule.Item], task_id: int, start: date
) -> None:
    """A task moved to start before what it waits for (still open) lets it start breaks
    that link silently (--alone moved past it, rc 0, no alert): refused, naming the task
    it waits for and the first day it may start. Done or cancelled, it holds nothing up
    (as marking done reads it: `set_status`)."""
    by_id = {i.id: i for i in items}
    blocking: list[tuple[date, int]] = []
    for pred, lag in by_id[task_id].depends_on.items():
        before = by_id.get(pred)
        if before is None or before.finished:
            continue
        first = schedule.finish_of(before, before.due) + timedelta(days=lag)
        if start < first:
            blocking.append((first, pred))
    if blocking:
        first, pred = max(blocking)
        title = uow.session.scalar(select(Task.title).where(Task.id == pred))
        raise ValidationError(
            {
                "start_on": (
                    "task.starts_before_predecessor",
                    {"task": title or str(pred), "first": first.isoformat()},
                )
            }
        )


def set_dates(
    db: Database, actor: Actor, campaign_id: int, dates: Mapping[int, tuple[date, date]]
) -> dict[int, tuple[date, date]]:
    """Put tasks of one campaign back on given dates (an undo), in one write; returns the
    dates replaced."""
    with unit_of_work(db, actor) as uow:
        campaign, _, _ = campaign_to_plan(uow, campaign_id, lock=True)
        refuse_if_closed(campaign)
        return move_dates(uow, campaign, dates)


def move_dates(
    uow: UnitOfWork, campaign: Campaign, moves: Mapping[int, tuple[date, date]]
) -> dict[int, tuple[date, date]]:
    """Put tasks of `campaign` on the dates given, each audited; the dates replaced."""
    before: dict[int, tuple[date, date]] = {}
    tasks = uow.session.scalars(select(Task).where(Task.id.in_(list(moves)))).all()
    for task in tasks:
        if task.campaign_id != campaign.id:
            raise ValidationError({"task": ("task.other_campaign", {"id": task.id})})
        start, due = moves[task.id]
        errors: v.FieldErrors = {}
        if due < start:
            errors["due_on"] = ("task.dates", {})
        v.plan_date(errors, "start_on", start)
        v.plan_date(errors, "due_on", due)
        if errors:
            raise ValidationError(errors)
        before[task.id] = (task.start_on, task.due_on)
        task.start_on, task.due_on = start, due
        _audit(
            uow,
            task,
            campaign.account_id,
            AuditAction.UPDATE,
            {
                "start_on": [str(before[task.id][0]), str(start)],
                "due_on": [str(before[task.id][1]), str(due)],
            },
        )
    uow.session.flush()
    return before


def delete_task(db: Database, actor: Actor, task_id: int) -> None:
    """Remove a task that was never started; a started one is cancelled instead."""
    with unit_of_work(db, actor) as uow:
        task, campaign = task_to_plan(uow, task_id)
        refuse_if_closed(campaign)
        if task.status is not TaskStatus.TODO:
            raise ValidationError({"status": ("task.started_cancel_instead", {})})
        _audit(
            uow, task, campaign.account_id, AuditAction.DEACTIVATE, {"title": [task.title, None]}
        )
        uow.session.delete(task)


def may_plan(uow: UnitOfWork, campaign: Campaign) -> bool:
    """Whether the person may plan the campaign's tasks (for the page's buttons)."""
    account = uow.session.get(Account, campaign.account_id)
    if account is None:
        return False
    reach = account_access.reach(uow, account)
    return allowed(uow.actor.role, Action.PLAN_TASKS, reach)


def put_status(
    db: Database, actor: Actor, values: tuple[int, TaskStatus], version: int | None = None
) -> SaveResult:
    """`set_status` as the window's undo history calls a save: (task, status)."""
    task_id, status = values
    return set_status(db, actor, task_id, status, version)

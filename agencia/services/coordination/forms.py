"""What the coordination forms read before they open, and the saves their undo steps
call: a task as its form edits it (with the people, suppliers and sibling tasks to pick
from), a supplier as its form edits it, and who may sign a job's purchase order.

The forms validate with the services' own `validate_*`; these reads only fill them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import campaign_life as life
from agencia.domain.actor import Actor
from agencia.domain.coordination_enums import TaskStatus
from agencia.domain.coordination_models import Task, TaskDependency, Vendor, VendorJob
from agencia.domain.enums import Department, Role
from agencia.domain.errors import NotFound
from agencia.domain.models import Staff
from agencia.services.campaigns import access as campaign_access
from agencia.services.coordination import assignees, jobs, tasks, vendors
from agencia.services.coordination.access import campaign_to_plan, task_of
from agencia.services.coordination.tasks import TaskInput
from agencia.services.coordination.vendors import JobLine, VendorInput, job_lines
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class Choice:
    """Something a form's list offers: its id and how people read it."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class TaskRecord:
    """A task as saved: what its form shows, and the version a save goes over."""

    id: int
    version: int
    campaign_id: int
    status: TaskStatus
    data: TaskInput


@dataclass(frozen=True, slots=True)
class TaskFormOptions:
    """What the task form offers: the campaign's other tasks (to depend on), the active
    people who may take its tasks (with their department: `assignees`) and suppliers;
    `task` is the one edited, if any."""

    campaign_id: int
    campaign: str
    start: date | None
    people: tuple[Choice, ...]
    vendors: tuple[Choice, ...]
    tasks: tuple[Choice, ...]
    task: TaskRecord | None


def _record(task: Task, depends_on: dict[int, int]) -> TaskRecord:
    return TaskRecord(
        task.id,
        task.version,
        task.campaign_id,
        task.status,
        TaskInput(
            title=task.title,
            start_on=task.start_on,
            due_on=task.due_on,
            description=task.description,
            team=task.team,
            vendor_id=task.vendor_id,
            assignee_id=task.assignee_id,
            estimated_hours=Decimal(task.estimated_hours),
            milestone=task.milestone,
            depends_on=depends_on,
        ),
    )


def get_task(db: Database, actor: Actor, task_id: int) -> TaskRecord:
    """The task as saved now (the form's conflict view reads it)."""
    with unit_of_work(db, actor, write=False) as uow:
        task = task_of(uow, task_id)
        campaign_access.load(uow, task.campaign_id)
        links = uow.session.execute(
            select(TaskDependency.depends_on_id, TaskDependency.lag_days).where(
                TaskDependency.task_id == task_id
            )
        )
        return _record(task, {int(p): int(lag) for p, lag in links})


def task_form(
    db: Database, actor: Actor, campaign_id: int, task_id: int | None = None
) -> TaskFormOptions:
    """Everything the new/edit task form needs, in one read; refused unless the person
    may plan the campaign."""
    record = get_task(db, actor, task_id) if task_id is not None else None
    with unit_of_work(db, actor, write=False) as uow:
        campaign, account, _ = campaign_to_plan(uow, campaign_id)
        able = assignees.able(uow, account)
        now = record.data.assignee_id if record is not None else None
        people = [  # who may take it (and whoever has it now, to keep it on the form)
            (i, n, d)
            for i, n, d, role in uow.session.execute(
                select(Staff.id, Staff.full_name, Staff.department, Staff.role)
                .where(Staff.active.is_(True))
                .order_by(Staff.name_key, Staff.id)
            ).tuples()
            if i == now or i in able or assignees.any_account(role, d)
        ]
        suppliers = uow.session.execute(
            select(Vendor.id, Vendor.name)
            .where(Vendor.active.is_(True))
            .order_by(Vendor.name_key, Vendor.id)
        ).all()
        siblings = uow.session.execute(
            select(Task.id, Task.title)
            .where(Task.campaign_id == campaign_id, Task.id != (task_id or 0))
            .order_by(Task.start_on, Task.id)
        ).all()
        return TaskFormOptions(
            campaign.id,
            campaign.name,
            campaign.start_date,
            tuple(Choice(i, _person(n, d)) for i, n, d in people),
            tuple(Choice(i, n) for i, n in suppliers),
            tuple(Choice(i, t) for i, t in siblings),
            record,
        )


def _person(name: str, department: Department | None) -> str:
    from agencia.domain.labels import label

    return f"{name} · {label(department)}" if department else name


def put_task(
    db: Database, actor: Actor, values: tuple[int, TaskInput], version: int | None = None
) -> SaveResult:
    """`update_task` as the window's undo history calls a save: (task, its fields)."""
    task_id, data = values
    return tasks.update_task(db, actor, task_id, data, version)


def vendor_record(db: Database, actor: Actor, vendor_id: int) -> tuple[int, VendorInput]:
    """The supplier as saved now, as its form edits it: (version, fields)."""
    d = vendors.get_vendor(db, actor, vendor_id)
    return d.version, VendorInput(
        d.name, d.category, d.tax_id, d.contact_name, d.email, d.phone, d.rates, d.notes
    )


def put_vendor(
    db: Database, actor: Actor, values: tuple[int, VendorInput], version: int | None = None
) -> SaveResult:
    """`update_vendor` as the window's undo history calls a save: (supplier, fields)."""
    vendor_id, data = values
    return vendors.update_vendor(db, actor, vendor_id, data, version)


@dataclass(frozen=True, slots=True)
class JobApproval:
    """A job's purchase order as the approval form shows it: who must sign (the
    campaigns' ladder for its amount) and, when the person may not, why not."""

    job: JobLine
    level: Role
    refusal: str | None
    params: dict[str, Any]


def job_approval(db: Database, actor: Actor, job_id: int) -> JobApproval:
    """Who signs the job's purchase order, and whether the person asking may."""
    with unit_of_work(db, actor, write=False) as uow:
        job = uow.session.get(VendorJob, job_id)
        if job is None:
            raise NotFound("job.not_found", id=job_id)
        campaign, account, reach = campaign_access.load(uow, job.campaign_id)
        line = next(iter(job_lines(uow, VendorJob.id == job_id)))
        level = jobs.required_role(uow, job)
        owner = campaign_access.person(uow, campaign.owner_id, account)
        me = campaign_access.me(uow, reach)
        refusal = (
            "job.already_approved"
            if job.approved_at is not None
            else life.approver_refusal(me, owner, job.requested_by_id, level)
        )
        params: dict[str, Any] = {"role": level.value} if refusal and "threshold" in refusal else {}
        return JobApproval(line, level, refusal, params)


def job_choices(db: Database, actor: Actor) -> tuple[tuple[Choice, ...], tuple[Choice, ...]]:
    """The active suppliers and the open campaigns the person may plan, for a new job."""
    from agencia.services.coordination.queries import campaign_choices

    with unit_of_work(db, actor, write=False) as uow:
        suppliers = uow.session.execute(
            select(Vendor.id, Vendor.name)
            .where(Vendor.active.is_(True))
            .order_by(Vendor.name_key, Vendor.id)
        ).all()
    campaigns = tuple(Choice(c.id, f"{c.name} · {c.account}") for c in campaign_choices(db, actor))
    return tuple(Choice(i, n) for i, n in suppliers), campaigns

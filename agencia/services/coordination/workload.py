"""The workload page's figures: hours per person and per team for a run of weeks, against
their capacity, over-capacity weeks marked.

Who is shown: an administrator sees everyone; someone whose role reaches their group
(supervisor, manager, director) sees their group's people; everybody sees the people on
the tasks of the campaigns they may see, and themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, or_, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import workload as rules
from agencia.domain.actor import Actor
from agencia.domain.coordination_models import Task
from agencia.domain.enums import Department
from agencia.domain.models import Staff
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.coordination import risk
from agencia.services.coordination.queries import visible_tasks


@dataclass(frozen=True, slots=True)
class Load:
    """Hours and capacity per week (in the order of `Workload.weeks`)."""

    hours: tuple[Decimal, ...]
    capacity: tuple[Decimal, ...]

    @property
    def over(self) -> tuple[bool, ...]:
        return tuple(h > c for h, c in zip(self.hours, self.capacity, strict=True))


@dataclass(frozen=True, slots=True)
class PersonLoad:
    """One person's weeks."""

    staff_id: int
    name: str
    department: Department
    weekly_hours: Decimal
    load: Load


@dataclass(frozen=True, slots=True)
class TeamLoad:
    """A department's weeks: its people's hours and capacity added up."""

    department: Department
    people: int
    load: Load


@dataclass(frozen=True, slots=True)
class Workload:
    """The weeks shown (their Mondays), each person's and each team's load."""

    weeks: tuple[date, ...]
    people: tuple[PersonLoad, ...]
    teams: tuple[TeamLoad, ...]


def _people_clause(actor: Actor) -> ColumnElement[bool]:
    if actor.is_admin:
        return Staff.active.is_(True)
    on_tasks = Staff.id.in_(
        select(Task.assignee_id).where(visible_tasks(actor), Task.assignee_id.is_not(None))
    )
    mine: list[ColumnElement[bool]] = [on_tasks]
    if actor.staff_id is not None:
        mine.append(Staff.id == actor.staff_id)
    if scope_for(actor.role, Action.SEE_ACCOUNTS) >= Scope.GROUP and actor.group_id is not None:
        mine.append(Staff.group_id == actor.group_id)
    return Staff.active.is_(True) & or_(*mine)


LOOK_BACK = 8


def _first_week(hours: dict[int, dict[date, Decimal]]) -> date:
    this_week = rules.week_of(date.today())
    earliest = min((m for weeks in hours.values() for m in weeks), default=this_week)
    return max(min(earliest, this_week), this_week - timedelta(weeks=LOOK_BACK))


def workload(db: Database, actor: Actor, first: date | None = None, weeks: int = 8) -> Workload:
    """`weeks` weeks from the week of `first`; by default from this week, or from the
    first week that still has open work (late work is still to be done), at most
    `LOOK_BACK` weeks back."""
    with unit_of_work(db, actor, write=False) as uow:
        people = uow.session.execute(
            select(Staff.id, Staff.full_name, Staff.department)
            .where(_people_clause(actor))
            .order_by(Staff.department, Staff.name_key)
        ).all()
        ids = [p[0] for p in people]
        hours = risk.weekly_hours(uow, ids)
        caps = risk.capacities(uow, ids)
    start = rules.week_of(first) if first is not None else _first_week(hours)
    mondays = tuple(start + timedelta(weeks=i) for i in range(max(1, min(weeks, 53))))
    rows: list[PersonLoad] = []
    teams: dict[Department, list[Load]] = {}
    for staff_id, name, department in people:
        cap = caps[staff_id]
        load = Load(
            tuple(hours.get(staff_id, {}).get(m, Decimal(0)) for m in mondays),
            tuple(rules.capacity_of_week(m, cap.weekly_hours, cap.absences) for m in mondays),
        )
        rows.append(PersonLoad(staff_id, name, department, cap.weekly_hours, load))
        teams.setdefault(department, []).append(load)
    team_rows = tuple(
        TeamLoad(
            d,
            len(loads),
            Load(
                tuple(sum((x.hours[i] for x in loads), Decimal(0)) for i in range(len(mondays))),
                tuple(sum((x.capacity[i] for x in loads), Decimal(0)) for i in range(len(mondays))),
            ),
        )
        for d, loads in teams.items()
    )
    return Workload(mondays, tuple(rows), team_rows)

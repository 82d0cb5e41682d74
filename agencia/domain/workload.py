"""How much work a person has each week against what they can give, as pure rules.

A task's estimated hours are spread evenly over its working days (Monday to Friday, from
its start to its due date); a person's capacity in a week is their weekly hours times the
share of its working days they are not away. A week is over capacity when its hours pass
its capacity; a task that falls in such a week of its assignee is at risk.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

ONE_DAY = timedelta(days=1)
WORKING_DAYS = 5


def week_of(day: date) -> date:
    """The Monday of `day`'s week: how weeks are named."""
    return day - timedelta(days=day.weekday())


def working_days(start: date, end: date) -> list[date]:
    """Monday to Friday from `start` to `end`, both included."""
    days, day = [], start
    while day <= end:
        if day.weekday() < WORKING_DAYS:
            days.append(day)
        day += ONE_DAY
    return days


@dataclass(frozen=True, slots=True)
class Work:
    """A task's hours for one person."""

    task_id: int
    start: date
    due: date
    hours: Decimal


def working_days_by_week(start: date, end: date) -> dict[date, int]:
    """{monday: how many of its working days fall from `start` to `end`} (weeks with
    none left out); counted a week at a time, not a day at a time."""
    counts: dict[date, int] = {}
    monday = week_of(start)
    while monday <= end:
        first = max(start, monday)
        last = min(end, monday + timedelta(days=WORKING_DAYS - 1))
        if last >= first:
            counts[monday] = (last - first).days + 1
        monday += timedelta(days=7)
    return counts


def hours_by_week(work: Iterable[Work]) -> dict[date, Decimal]:
    """{monday: hours} for one person. A task with no working day (a weekend) puts all its
    hours on its due date's week."""
    weeks: dict[date, Decimal] = {}
    for item in work:
        counts = working_days_by_week(item.start, item.due)
        total = sum(counts.values())
        if not total:
            monday = week_of(item.due)
            weeks[monday] = weeks.get(monday, Decimal(0)) + item.hours
            continue
        share = item.hours / total
        for monday, days in counts.items():
            weeks[monday] = weeks.get(monday, Decimal(0)) + share * days
    return {k: v.quantize(Decimal("0.1")) for k, v in weeks.items()}


def capacity_of_week(
    monday: date, weekly_hours: Decimal, absences: Iterable[tuple[date, date]]
) -> Decimal:
    """The hours a person can give in the week starting `monday`, their absences taken out."""
    days = working_days(monday, monday + timedelta(days=WORKING_DAYS - 1))
    away = sum(1 for d in days if any(a <= d <= b for a, b in absences))
    return (weekly_hours * (len(days) - away) / WORKING_DAYS).quantize(Decimal("0.1"))


def over_capacity_weeks(
    weeks: Mapping[date, Decimal], weekly_hours: Decimal, absences: Iterable[tuple[date, date]]
) -> set[date]:
    """The weeks whose hours pass the person's capacity."""
    away = list(absences)
    return {m for m, h in weeks.items() if h > capacity_of_week(m, weekly_hours, away)}


def weeks_of(start: date, due: date) -> set[date]:
    """The weeks a task spans."""
    first, last = week_of(start), week_of(due)
    weeks, monday = set(), first
    while monday <= last:
        weeks.add(monday)
        monday += timedelta(days=7)
    return weeks

"""The workload's weeks counted in one pass (`risk.hours_by_person_week`, what the
timeline and the workload read) give the very figures of the rule they stand for
(`workload.hours_by_week`): by hand on the awkward weeks, then on a thousand tasks of
every shape against the rule itself."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from agencia.domain import workload
from agencia.services.coordination.risk import hours_by_person_week

MONDAY = date(2026, 11, 2)


def test_by_hand_over_a_weekend_a_saturday_and_a_week_and_a_half() -> None:
    rows = [
        # Thursday to Tuesday: 4 working days, 12 h → 3 h a day: 6 h, then 6 h
        (1, MONDAY + timedelta(days=3), MONDAY + timedelta(days=8), Decimal(12)),
        # a Saturday: no working day, all on its week
        (1, MONDAY + timedelta(days=5), MONDAY + timedelta(days=5), Decimal("2.5")),
        # Monday to the next Wednesday: 8 days, 10 h → 6.25 h, then 3.75 h (half to even)
        (2, MONDAY, MONDAY + timedelta(days=9), Decimal(10)),
    ]
    assert hours_by_person_week(rows) == {
        1: {MONDAY: Decimal("8.5"), MONDAY + timedelta(days=7): Decimal("6.0")},
        2: {MONDAY: Decimal("6.2"), MONDAY + timedelta(days=7): Decimal("3.8")},
    }
    assert hours_by_person_week([]) == {}


def test_a_thousand_tasks_give_the_rule_s_own_figures() -> None:
    draw = random.Random(20261206)
    rows = []
    for n in range(1000):
        start = MONDAY + timedelta(days=draw.randint(-60, 60))
        due = start + timedelta(days=draw.choice([0, 0, 1, 2, 4, 6, 9, 13, 30, 75]))
        hours = Decimal(draw.randint(0, 400)) / draw.choice([1, 3, 4, 7, 10])
        rows.append((n % 9 + 1, start, due, hours))
    by_person: dict[int, list[workload.Work]] = {}
    for n, (person, start, due, hours) in enumerate(rows):
        by_person.setdefault(person, []).append(workload.Work(n, start, due, hours))
    expected = {p: workload.hours_by_week(w) for p, w in by_person.items()}
    assert hours_by_person_week(rows) == expected

"""The schedule's rules on hand-computed cases: cycles, expected dates, at risk, overdue,
the critical path and rescheduling with what depends on a task."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from agencia.domain import workload
from agencia.domain.coordination_enums import TaskStatus
from agencia.domain.schedule import Item, find_cycle, plan, reschedule, would_cycle
from agencia.domain.workload import (
    Work,
    capacity_of_week,
    hours_by_week,
    over_capacity_weeks,
    week_of,
)

D = date
# A (5–7 Jan) → B (8–9) ; A → C with two days' lag (10) ; B, C → D (11–12)
NET = [
    Item(1, D(2027, 1, 5), D(2027, 1, 7)),
    Item(2, D(2027, 1, 8), D(2027, 1, 9), depends_on={1: 0}),
    Item(3, D(2027, 1, 10), D(2027, 1, 10), depends_on={1: 2}),
    Item(4, D(2027, 1, 11), D(2027, 1, 12), depends_on={2: 0, 3: 0}),
]


def test_a_cycle_is_found_along_its_tasks() -> None:
    assert find_cycle({1: [2], 2: [3], 3: [1]}) == [1, 2, 3, 1]
    assert find_cycle({1: [2], 2: [3], 3: []}) is None
    assert would_cycle({2: [1]}, 1, 2) == [1, 2, 1]
    assert would_cycle({2: [1]}, 3, 2) is None


def test_the_critical_path_is_the_chain_without_slack() -> None:
    schedule = plan(NET, today=D(2027, 1, 1))
    assert schedule.critical_path == (1, 3, 4)
    assert schedule.items[2].slack_days == 1
    assert schedule.expected_end == D(2027, 1, 12)
    assert schedule.days_late(D(2027, 1, 10)) == 2
    assert schedule.days_late(D(2027, 1, 31)) == 0
    assert not any(p.late_by_dependency or p.overdue for p in schedule.items.values())


def test_a_task_that_must_start_before_what_it_waits_for_ends_is_at_risk() -> None:
    early = Item(5, D(2027, 1, 6), D(2027, 1, 6), depends_on={1: 0})
    schedule = plan([*NET, early], today=D(2027, 1, 1))
    assert schedule.items[5].late_by_dependency
    assert schedule.items[5].start == D(2027, 1, 8)  # expected: the day after A is due


def test_an_overdue_task_pushes_what_follows_it() -> None:
    schedule = plan(NET, today=D(2027, 1, 9))
    a = schedule.items[1]
    assert a.overdue and a.due == D(2027, 1, 9)
    assert schedule.items[2].late_by_dependency  # B must start the 8th, A ends the 9th
    assert schedule.items[2].start == D(2027, 1, 10)
    assert schedule.expected_end == D(2027, 1, 14)
    done = [Item(1, D(2027, 1, 5), D(2027, 1, 7), TaskStatus.DONE), *NET[1:]]
    assert not plan(done, today=D(2027, 1, 9)).items[1].overdue


def test_a_milestone_lets_what_follows_start_on_its_day() -> None:
    items = [
        Item(1, D(2027, 2, 1), D(2027, 2, 1), milestone=True),
        Item(2, D(2027, 2, 1), D(2027, 2, 3), depends_on={1: 0}),
    ]
    schedule = plan(items, today=D(2027, 1, 1))
    assert not schedule.items[2].late_by_dependency
    assert schedule.critical_path == (1, 2)


def test_cancelled_tasks_hold_nothing_up() -> None:
    items = [
        Item(1, D(2027, 1, 5), D(2027, 1, 20), TaskStatus.CANCELLED),
        Item(2, D(2027, 1, 8), D(2027, 1, 9), depends_on={1: 0}),
    ]
    schedule = plan(items, today=D(2027, 1, 1))
    assert 1 not in schedule.items
    assert not schedule.items[2].late_by_dependency


def test_rescheduling_pushes_dependents_only_as_far_as_they_must() -> None:
    moved = reschedule(NET, 1, D(2027, 1, 7))  # A now 7–9
    assert moved == {
        1: (D(2027, 1, 7), D(2027, 1, 9)),
        2: (D(2027, 1, 10), D(2027, 1, 11)),
        3: (D(2027, 1, 12), D(2027, 1, 12)),
        4: (D(2027, 1, 13), D(2027, 1, 14)),
    }
    # one day later fits B's slack? no: B follows A directly; C has none; D follows both
    assert reschedule(NET, 2, D(2027, 1, 9)) == {2: (D(2027, 1, 9), D(2027, 1, 10))}
    earlier = reschedule(NET, 1, D(2027, 1, 1))
    assert earlier == {1: (D(2027, 1, 1), D(2027, 1, 3))}  # nothing is pulled back


def test_hours_spread_over_working_days_and_weeks() -> None:
    # Thursday 7 Jan to Tuesday 12 Jan 2027: four working days, 2 + 2
    weeks = hours_by_week([Work(1, D(2027, 1, 7), D(2027, 1, 12), Decimal(20))])
    assert weeks == {D(2027, 1, 4): Decimal("10.0"), D(2027, 1, 11): Decimal("10.0")}
    assert week_of(D(2027, 1, 10)) == D(2027, 1, 4)


def test_absences_take_capacity_away_and_weeks_go_over() -> None:
    monday = D(2027, 1, 4)
    away = [(D(2027, 1, 4), D(2027, 1, 5))]
    assert capacity_of_week(monday, Decimal(40), away) == Decimal("24.0")
    weeks = {monday: Decimal(30), D(2027, 1, 11): Decimal(30)}
    assert over_capacity_weeks(weeks, Decimal(40), away) == {monday}


def test_moving_the_campaign_completes_its_milestones() -> None:
    from agencia.domain.coordination_enums import MilestoneKind as M
    from agencia.domain.enums import CampaignStatus as S
    from agencia.domain.milestones import default_dates, effective_status

    assert effective_status(TaskStatus.TODO, M.PRESENTATION, S.PRESENTED) is TaskStatus.DONE
    assert effective_status(TaskStatus.TODO, M.CLIENT_APPROVAL, S.PRESENTED) is TaskStatus.TODO
    assert effective_status(TaskStatus.TODO, M.BRIEF_APPROVED, S.CHANGES_REQUESTED) is (
        TaskStatus.DONE
    )
    assert effective_status(TaskStatus.TODO, None, S.LIVE) is TaskStatus.TODO
    assert effective_status(TaskStatus.WAITING, None, S.CANCELLED) is TaskStatus.CANCELLED
    dates = default_dates(D(2027, 1, 1), D(2027, 1, 31))
    assert dates[M.BRIEF_APPROVED] == D(2027, 1, 3) and dates[M.END] == D(2027, 1, 31)
    assert list(dates.values()) == sorted(dates.values())


def test_hours_by_week_counted_a_week_at_a_time_match_a_day_at_a_time() -> None:
    """The weekly sums, counted by weeks for speed, against the plain day-by-day count."""
    rng = random.Random(7)
    first = date(2026, 1, 1)
    for _ in range(200):
        start = first + timedelta(days=rng.randrange(60))
        due = start + timedelta(days=rng.randrange(0, 30))
        hours = Decimal(rng.randrange(0, 80)) / 2
        expected: dict[date, Decimal] = {}
        days = workload.working_days(start, due)
        for day in days:
            monday = workload.week_of(day)
            expected[monday] = expected.get(monday, Decimal(0)) + hours / len(days)
        if not days:
            expected = {workload.week_of(due): hours}
        got = workload.hours_by_week([workload.Work(1, start, due, hours)])
        assert got == {k: v.quantize(Decimal("0.1")) for k, v in expected.items()}

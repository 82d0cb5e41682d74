"""The SLA clock in working hours, checked against cases computed by hand.

The calendar is the default office week (Monday to Friday, 9:00–14:00 and 15:00–18:00,
local time); holidays come from the `holidays` library for the country named. Every
moment is fixed: nothing here reads the wall clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agencia.domain import sla
from agencia.domain.service_enums import Rung

MADRID = ZoneInfo("Europe/Madrid")
MEXICO = ZoneInfo("America/Mexico_City")


def _at(
    zone: ZoneInfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def _utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def spain() -> sla.WorkingCalendar:
    return sla.calendar_for("Europe/Madrid", "ES", date(2026, 3, 1))


def mexico() -> sla.WorkingCalendar:
    return sla.calendar_for("America/Mexico_City", "MX", date(2026, 3, 1))


def test_the_holidays_come_from_the_library() -> None:
    assert date(2026, 1, 6) in spain().days_off  # Epifanía del Señor
    assert date(2026, 3, 16) in mexico().days_off  # Natalicio de Benito Juárez (3rd Monday)
    assert date(2026, 3, 16) not in spain().days_off
    assert sla.holidays_for("XX", [2026]) == frozenset()


def test_over_the_evening() -> None:
    # Tuesday 20:00 + 30 min: Wednesday 9:30 (UTC+1 in March before the change)
    due = sla.due_at(spain(), _at(MADRID, 2026, 3, 10, 20), 30)
    assert due == _utc(2026, 3, 11, 8, 30)


def test_over_lunch() -> None:
    due = sla.due_at(spain(), _at(MADRID, 2026, 3, 10, 13, 30), 60)
    assert due == _at(MADRID, 2026, 3, 10, 15, 30)


def test_over_a_weekend_in_two_countries() -> None:
    # Friday 13 March 17:00 + 4 h: 1 h on Friday, 3 h from 9:00 on the next working day.
    # Spain: Monday 16, 12:00 CET = 11:00 UTC. Mexico: Monday 16 is Benito Juárez's day,
    # so Tuesday 17, 12:00 CST = 18:00 UTC.
    assert sla.due_at(spain(), _at(MADRID, 2026, 3, 13, 17), 240) == _utc(2026, 3, 16, 11)
    assert sla.due_at(mexico(), _at(MEXICO, 2026, 3, 13, 17), 240) == _utc(2026, 3, 17, 18)


def test_over_a_national_holiday() -> None:
    # Monday 5 January 16:00 + 8 h: 2 h on Monday, Tuesday 6 is Epiphany, Wednesday 9–14
    # (5 h), 15:00 + 1 h = 16:00 CET = 15:00 UTC.
    assert sla.due_at(spain(), _at(MADRID, 2026, 1, 5, 16), 480) == _utc(2026, 1, 7, 15)


def test_the_agency_s_own_closures_count_as_days_off() -> None:
    closed = sla.calendar_for("Europe/Madrid", "ES", date(2026, 3, 1), closures=[date(2026, 3, 16)])
    # as the weekend case, but Monday 16 is closed: Tuesday 17, 12:00 CET
    assert sla.due_at(closed, _at(MADRID, 2026, 3, 13, 17), 240) == _utc(2026, 3, 17, 11)


def test_a_pause_waiting_on_the_client_stops_the_clock() -> None:
    # Monday 9 March 9:00 + 8 h, waiting on the client from Monday 11:00 to Tuesday 10:00:
    # 2 h on Monday, Tuesday 10–14 (4 h) and 15–17 (2 h) → Tuesday 17:00 CET.
    pauses = [(_at(MADRID, 2026, 3, 9, 11), _at(MADRID, 2026, 3, 10, 10))]
    due = sla.due_at(spain(), _at(MADRID, 2026, 3, 9, 9), 480, pauses)
    assert due == _at(MADRID, 2026, 3, 10, 17)
    used = sla.working_minutes(spain(), _at(MADRID, 2026, 3, 9, 9), due, pauses)
    assert used == 480


def test_an_open_pause_counts_until_now() -> None:
    start = _at(MADRID, 2026, 3, 9, 9)
    open_pause = [(_at(MADRID, 2026, 3, 9, 10), None)]
    assert sla.working_minutes(spain(), start, _at(MADRID, 2026, 3, 10, 12), open_pause) == 60
    with pytest.raises(sla.NoWorkingTime):
        sla.due_at(spain(), start, 120, open_pause)


def test_across_the_summer_time_change() -> None:
    # Friday 27 March 17:00 CET + 2 h: 1 h on Friday, Monday 30 9:00 CEST + 1 h = 8:00 UTC
    assert sla.due_at(spain(), _at(MADRID, 2026, 3, 27, 17), 120) == _utc(2026, 3, 30, 8)


def test_working_minutes_by_hand() -> None:
    # Friday 17:00 → Monday 10:30: 60 + 90
    start, end = _at(MADRID, 2026, 3, 13, 17), _at(MADRID, 2026, 3, 16, 10, 30)
    assert sla.working_minutes(spain(), start, end) == 150
    assert sla.working_minutes(spain(), end, start) == 0
    # the same moments written in UTC and in Mexico's zone count the same
    assert sla.working_minutes(spain(), start.astimezone(MEXICO), end.astimezone(UTC)) == 150


def test_the_client_s_zone_decides_the_hours() -> None:
    # 15:00 UTC on a Wednesday: Madrid's 16:00 (2 h left today), Mexico City's 9:00.
    moment = _utc(2026, 3, 11, 15)
    assert sla.due_at(spain(), moment, 120) == _utc(2026, 3, 11, 17)
    assert sla.due_at(mexico(), moment, 120) == _utc(2026, 3, 11, 17)
    assert sla.due_at(spain(), moment, 180) == _utc(2026, 3, 12, 9)  # 10:00 Madrid next day
    assert sla.due_at(mexico(), moment, 180) == _utc(2026, 3, 11, 18)


def test_a_calendar_without_working_time_is_refused() -> None:
    never = sla.WorkingCalendar(UTC, ((),) * 7)
    with pytest.raises(sla.NoWorkingTime):
        sla.due_at(never, _utc(2026, 1, 1), 1)
    with pytest.raises(ValueError):
        sla.WorkingCalendar(UTC, ((),) * 6)
    with pytest.raises(ValueError):
        sla.due_at(spain(), _utc(2026, 1, 1).replace(tzinfo=None), 1)


@settings(max_examples=60, deadline=None)
@given(
    start=st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 1), timezones=st.just(UTC)
    ),
    minutes=st.integers(min_value=1, max_value=5000),
)
def test_due_and_elapsed_agree(start: datetime, minutes: int) -> None:
    start = start.replace(second=0, microsecond=0)
    cal = spain()
    due = sla.due_at(cal, start, minutes)
    assert sla.working_minutes(cal, start, due) == minutes
    assert sla.working_minutes(cal, start, due - timedelta(minutes=1)) == minutes - 1


def test_clock_states_and_the_ladder() -> None:
    assert sla.clock_state(10, 100) == sla.ClockState.ON_TIME
    assert sla.clock_state(75, 100) == sla.ClockState.WARNING
    assert sla.clock_state(101, 100) == sla.ClockState.BREACHED
    assert sla.clock_state(10, 100, paused=True) == sla.ClockState.PAUSED
    assert sla.clock_state(90, 100, stopped=True, met=True) == sla.ClockState.MET
    assert sla.clock_state(90, 100, stopped=True, met=False) == sla.ClockState.BREACHED
    assert sla.rung_due(74, 100) is Rung.EXECUTIVE
    assert sla.rung_due(75, 100) is Rung.SUPERVISOR  # before the promise is broken
    assert sla.rung_due(101, 100) is Rung.MANAGER
    assert sla.rung_due(151, 100) is Rung.DIRECTOR


def test_week_hours_are_checked() -> None:
    with pytest.raises(ValueError):
        sla.WorkingCalendar(UTC, (((time(18), time(9)),), (), (), (), (), (), ()))


def test_working_days_after() -> None:
    cal = spain()
    # Friday 13 March + 1 working day: Monday 16; + 5: Friday 20
    assert sla.working_day_after(cal, date(2026, 3, 13), 1) == date(2026, 3, 16)
    assert sla.working_day_after(cal, date(2026, 3, 13), 5) == date(2026, 3, 20)
    # Saturday + 0: the next working day; Monday 5 January + 1: Wednesday (Epiphany)
    assert sla.working_day_after(cal, date(2026, 3, 14), 0) == date(2026, 3, 16)
    assert sla.working_day_after(cal, date(2026, 1, 5), 1) == date(2026, 1, 7)
    assert sla.working_day_after(mexico(), date(2026, 3, 13), 1) == date(2026, 3, 17)

"""Service-level clocks counted in business hours.

A promise ("answered within 4 working hours") is kept on the working calendar of the
place where the client is: its working days and hours, its public holidays, the agency's
own closures, in its time zone. The clock stops while the request waits on the client.
Everything here is pure: the holidays are handed in as dates (`holidays_for` builds them
from the maintained `holidays` library), and "now" is always an argument, never the wall
clock, so every case can be computed by hand and checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from agencia.domain.service_enums import Priority, Rung

Interval = tuple[datetime, datetime]

# Monday..Sunday → working spans (local wall-clock times); an empty tuple: not a working day.
WeekHours = tuple[tuple[tuple[time, time], ...], ...]

OFFICE: WeekHours = (
    *((((time(9), time(14)), (time(15), time(18))),) * 5),
    (),
    (),
)  # Monday to Friday, 9:00–14:00 and 15:00–18:00: eight hours a day

# How far the arithmetic looks for working time before it gives up (a calendar with no
# working hours at all would otherwise never end).
_HORIZON_DAYS = 3 * 366


class NoWorkingTime(ValueError):
    """The calendar has no working time within the horizon: no due time can be computed."""


@dataclass(frozen=True, slots=True)
class WorkingCalendar:
    """Where and when the clock runs: the zone, the week's hours, the days off.

    `days_off`: public holidays and the agency's closures, as local dates.
    """

    zone: tzinfo = UTC
    week: WeekHours = OFFICE
    days_off: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise ValueError("a working week has seven days")
        for spans in self.week:
            for start, end in spans:
                if not start < end:
                    raise ValueError("a working span ends after it starts")

    def is_working_day(self, day: date) -> bool:
        return bool(self.week[day.weekday()]) and day not in self.days_off

    def spans(self, start: datetime) -> Iterator[Interval]:
        """The working spans from `start` on, as UTC intervals, in order (the first one
        cut at `start`)."""
        start = _aware(start)
        day = start.astimezone(self.zone).date()
        for _ in range(_HORIZON_DAYS):
            if self.is_working_day(day):
                for begin, end in self.week[day.weekday()]:
                    a = _local(day, begin, self.zone)
                    b = _local(day, end, self.zone)
                    if b <= start:
                        continue
                    yield (max(a, start), b)
            day += timedelta(days=1)


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a moment without a time zone")
    return moment.astimezone(UTC)


def _local(day: date, at: time, zone: tzinfo) -> datetime:
    """A local wall-clock time as UTC (a time skipped by a DST change is taken as the
    moment after the gap, as zoneinfo's fold=0 does)."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def _minus_pauses(span: Interval, pauses: Sequence[Interval]) -> Iterator[Interval]:
    """`span` without the parts covered by `pauses` (sorted, closed intervals)."""
    begin, end = span
    for p_start, p_end in pauses:
        if p_end <= begin or p_start >= end:
            continue
        if p_start > begin:
            yield (begin, p_start)
        begin = max(begin, p_end)
        if begin >= end:
            return
    if begin < end:
        yield (begin, end)


def _normal_pauses(
    pauses: Iterable[tuple[datetime, datetime | None]], now: datetime | None
) -> list[Interval]:
    out: list[Interval] = []
    for start, end in pauses:
        stop = end if end is not None else now
        if stop is None:
            stop = datetime.max.replace(tzinfo=UTC)
        if _aware(stop) > _aware(start):
            out.append((_aware(start), _aware(stop)))
    out.sort()
    return out


def due_at(
    calendar: WorkingCalendar,
    start: datetime,
    minutes: int,
    pauses: Iterable[tuple[datetime, datetime | None]] = (),
) -> datetime:
    """When `minutes` of working time have passed since `start`, the pauses not counted.

    A pause still open (end None) stops the clock for good: the due time is then only
    known once it ends, and this raises `NoWorkingTime` if the minutes cannot be reached
    before it. A target of 0 minutes is due at the first working moment.
    """
    if minutes < 0:
        raise ValueError("a negative target")
    paused = _normal_pauses(pauses, None)
    left = timedelta(minutes=minutes)
    for span in calendar.spans(start):
        for begin, end in _minus_pauses(span, paused):
            if end - begin >= left:
                return begin + left
            left -= end - begin
    raise NoWorkingTime(minutes)


def working_minutes(
    calendar: WorkingCalendar,
    start: datetime,
    end: datetime,
    pauses: Iterable[tuple[datetime, datetime | None]] = (),
) -> int:
    """The whole working minutes between `start` and `end`, the pauses not counted (an
    open pause counts as lasting until `end`)."""
    end = _aware(end)
    if end <= _aware(start):
        return 0
    paused = _normal_pauses(pauses, end)
    total = timedelta()
    for span in calendar.spans(start):
        if span[0] >= end:
            break
        clipped = (span[0], min(span[1], end))
        for begin, stop in _minus_pauses(clipped, paused):
            total += stop - begin
    return int(total.total_seconds() // 60)


def working_day_after(calendar: WorkingCalendar, day: date, days: int) -> date:
    """The `days`-th working day after `day` (0: `day` itself if it is one, else the next):
    a promise "within N working days" of something done on `day` falls due at its end."""
    for _ in range(_HORIZON_DAYS):
        if days <= 0 and calendar.is_working_day(day):
            return day
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            days -= 1
            if days <= 0:
                return day
    raise NoWorkingTime(days)


class Promise:
    """The agency's own promises, measured like requests (working days; editable on the
    agency's policy)."""

    MEETING_REPORT = "meeting_report"  # the acta sent after the meeting
    CONTRABRIEF = "contrabrief"  # the contrabrief after the first brief
    BRIEF_ANSWER = "brief_answer"  # a brief version decided on after it came in


PROMISE_DAYS: dict[str, int] = {
    Promise.MEETING_REPORT: 1,
    Promise.CONTRABRIEF: 5,
    Promise.BRIEF_ANSWER: 2,
}


@dataclass(frozen=True, slots=True)
class Targets:
    """A priority's promises, in working minutes."""

    first_response: int
    resolution: int


DEFAULT_TARGETS: dict[Priority, Targets] = {
    Priority.URGENT: Targets(60, 4 * 60),
    Priority.HIGH: Targets(4 * 60, 16 * 60),
    Priority.NORMAL: Targets(8 * 60, 40 * 60),
    Priority.LOW: Targets(16 * 60, 80 * 60),
}

WARN_FRACTION = 0.75  # the warning comes when three quarters of the target have gone


class ClockState:
    """Names for where a clock stands (the queue's colours)."""

    ON_TIME = "on_time"
    WARNING = "warning"
    BREACHED = "breached"
    PAUSED = "paused"
    MET = "met"


def clock_state(
    used: int, target: int, *, paused: bool = False, stopped: bool = False, met: bool = True
) -> str:
    """On time, warned, breached, paused, or met: `used` working minutes of `target`.

    `stopped`: the clock has stopped (answered, resolved); `met` then says whether it
    stopped in time.
    """
    if stopped:
        return ClockState.MET if met else ClockState.BREACHED
    if used > target:
        return ClockState.BREACHED
    if paused:
        return ClockState.PAUSED
    if target and used >= target * WARN_FRACTION:
        return ClockState.WARNING
    return ClockState.ON_TIME


def rung_due(used: int, target: int) -> Rung:
    """How far up the ladder a request should be by now: the supervisor is told before
    the promise is broken (at the warning), the manager when it is broken, the director
    when it is late by half its target again."""
    if target <= 0:
        return Rung.MANAGER if used > 0 else Rung.EXECUTIVE
    if used > target * 1.5:
        return Rung.DIRECTOR
    if used > target:
        return Rung.MANAGER
    if used >= target * WARN_FRACTION:
        return Rung.SUPERVISOR
    return Rung.EXECUTIVE


def holidays_for(
    country: str, years: Iterable[int], subdivision: str | None = None
) -> frozenset[date]:
    """The public holidays of `country` (ISO 3166 code: ES, MX, AR, CO…) in `years`, from
    the maintained `holidays` library; an unknown country has none."""
    import holidays

    try:
        found = holidays.country_holidays(country.upper(), subdiv=subdivision, years=list(years))
    except NotImplementedError:
        return frozenset()
    return frozenset(found.keys())


def calendar_for(
    zone_name: str,
    country: str,
    around: date,
    closures: Iterable[date] = (),
    week: WeekHours = OFFICE,
) -> WorkingCalendar:
    """The working calendar of a client in `country` and `zone_name` for the years around
    `around` (the one before, itself and two after: enough for any target)."""
    try:
        zone: tzinfo = ZoneInfo(zone_name) if zone_name else UTC
    except (ValueError, KeyError):
        zone = UTC
    years = range(around.year - 1, around.year + 3)
    return WorkingCalendar(zone, week, holidays_for(country, years) | frozenset(closures))

"""How the queue writes an SLA countdown and which colour it takes: plain Python, so the
words and the thresholds are tested without a window."""

from __future__ import annotations

from datetime import datetime, timedelta

WARNING_AHEAD = timedelta(hours=4)  # amber when less than this is left

ON_TIME, WARNING, BREACHED, STOPPED = "on_time", "warning", "breached", "stopped"
# a stopped clock told apart, for the queue's «Plazo» chip: finished in time, paused
# while waiting on the client, or no working time to count on
MET, PAUSED, NO_CLOCK = "met", "paused", "no_clock"


def state(due: datetime | None, breached: bool, open_: bool, now: datetime) -> str:
    """The colour's name for a request's resolution clock."""
    if breached or (open_ and due is not None and due < now):
        return BREACHED
    if not open_ or due is None:
        return STOPPED
    return WARNING if due - now <= WARNING_AHEAD else ON_TIME


def standing(
    due: datetime | None, breached: bool, open_: bool, waiting: bool, now: datetime
) -> str:
    """`state`, with a stopped clock said in words: met (finished, never breached),
    paused (waiting on the client) or none (an open request without a due moment)."""
    found = state(due, breached, open_, now)
    if found != STOPPED:
        return found
    if not open_:
        return MET
    return PAUSED if waiting else NO_CLOCK


def countdown(due: datetime | None, now: datetime, open_: bool = True) -> str:
    """«2 h 05 min», «-1 d 3 h» (late), «—» (no clock, or a request resolved or closed:
    its clock stopped, and weeks "late" against today would say it is still running):
    wall-clock time left to the due moment (the due moment itself is in working hours)."""
    if due is None or not open_:
        return "—"
    left = due - now
    sign = "-" if left < timedelta(0) else ""
    seconds = abs(int(left.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{sign}{days} d {hours} h"
    return f"{sign}{hours} h {minutes:02d} min"

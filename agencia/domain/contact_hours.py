"""The hours a client's contact likes to be reached: "09:00-14:00" (or "9:00–14:00"), in
the account's time zone. Written as text because that is how people say it, read back as
two times so that a call list can tell whether now is a good moment."""

from __future__ import annotations

import re
from datetime import time

from agencia.domain import validation as v

_HOURS = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})\s*[-–—]\s*(\d{1,2})[:.h](\d{2})\s*$")


def parse(text: str) -> tuple[time, time] | None:
    """The start and end of `text`, or None when it is not a span of the same day."""
    found = _HOURS.match(text)
    if found is None:
        return None
    h1, m1, h2, m2 = (int(g) for g in found.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        return None
    start, end = time(h1, m1), time(h2, m2)
    return (start, end) if start < end else None


def normalise(text: str) -> str:
    """The span as the house writes it ("09:00-14:00"); empty stays empty."""
    span = parse(text)
    if span is None:
        return text.strip()
    return f"{span[0]:%H:%M}-{span[1]:%H:%M}"


def check(errors: v.FieldErrors, field: str, text: str) -> None:
    """An empty field is allowed (no preference); anything else is a span of one day."""
    if text.strip() and parse(text) is None:
        errors[field] = ("contact.hours", {"value": text.strip()[:40]})


def within(text: str, moment: time) -> bool:
    """True when `moment` falls in the span (or no span is given: any time will do)."""
    span = parse(text)
    return span is None or span[0] <= moment < span[1]

"""Time zones by their IANA names: the agency's, an account's, a person's.

A zone is stored as its name ("America/Mexico_City"); "" means "the one above": an
account's or a person's empty zone is the agency's, and the agency's empty zone is the
machine's (what the program did before zones were kept). Plain Python (zoneinfo, with the
tzdata package where the system has no zone database).
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MAX_LENGTH = 64  # the columns' width


def known_zone(name: str) -> bool:
    """Whether `name` is a zone zoneinfo knows (by its exact IANA name): what
    `zoneinfo.available_timezones()` lists, found by loading that one zone. Listing them
    all reads every file of the zone database (25 ms, at every sign-in of an agency with
    a zone)."""
    if not name or len(name) > MAX_LENGTH or name == "posixrules":
        return False
    if name.startswith(("posix/", "right/")):  # copies of the zones, not names of their own
        return False
    return _loads(name)


@lru_cache(maxsize=256)
def _loads(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def zone(*names: str) -> tzinfo | None:
    """The first of `names` that is a known zone (an account's, then the agency's); None:
    this machine's."""
    for name in names:
        if name and known_zone(name):
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return None


def local(moment: datetime, *names: str) -> datetime:
    """`moment` as a clock in the first known zone of `names` shows it (else this machine's)."""
    return moment.astimezone(zone(*names))


# The zones of Spain and Latin America a choice offers first (any IANA name may be typed).
COMMON: tuple[str, ...] = (
    "Europe/Madrid",
    "Atlantic/Canary",
    "America/Mexico_City",
    "America/Tijuana",
    "America/Cancun",
    "America/Bogota",
    "America/Argentina/Buenos_Aires",
    "America/Santiago",
    "America/Lima",
    "America/Caracas",
    "America/Guayaquil",
    "America/Montevideo",
    "America/La_Paz",
    "America/Asuncion",
    "America/Panama",
    "America/Costa_Rica",
    "America/Guatemala",
    "America/Santo_Domingo",
    "America/Puerto_Rico",
    "America/New_York",
    "Europe/London",
)

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


# The zone of a country with several: CLDR's primary zones (metaZones.xml `primaryZones`)
# and, where CLDR names none, the zone its metazone maps the country to (America_Central
# in MX: America/Mexico_City), which is the capital's. Babel keeps neither list, only each
# country's zones (`territory_zones`), so the few countries with several are named here;
# a test checks each name against Babel's list of that country's zones.
_PRIMARY: dict[str, str] = {
    "AR": "America/Argentina/Buenos_Aires",
    "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo",
    "CA": "America/Toronto",
    "CD": "Africa/Kinshasa",
    "CL": "America/Santiago",
    "CN": "Asia/Shanghai",
    "CY": "Asia/Nicosia",
    "DE": "Europe/Berlin",
    "EC": "America/Guayaquil",
    "ES": "Europe/Madrid",
    "FM": "Pacific/Pohnpei",
    "GL": "America/Nuuk",
    "ID": "Asia/Jakarta",
    "KI": "Pacific/Tarawa",
    "KZ": "Asia/Almaty",
    "MH": "Pacific/Majuro",
    "MN": "Asia/Ulaanbaatar",
    "MX": "America/Mexico_City",
    "MY": "Asia/Kuala_Lumpur",
    "NZ": "Pacific/Auckland",
    "PF": "Pacific/Tahiti",
    "PG": "Pacific/Port_Moresby",
    "PT": "Europe/Lisbon",
    "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv",
    "US": "America/New_York",
    "UZ": "Asia/Tashkent",
}


@lru_cache(maxsize=512)
def country_zone(country: str) -> str:
    """The zone a client or an agency in `country` (ISO 3166 code) keeps its office hours
    in, when nobody chose one: the country's only zone in CLDR (Babel's
    `territory_zones`), or its primary one where it has several (Spain: Madrid, not the
    Canaries). "" for a code nobody knows, or a zone this machine's zone database lacks:
    then the zone above applies. The one rule for new accounts (command line and
    window), a new agency, the demo and the migration that filled the empty ones."""
    from babel.core import get_global

    code = country.strip().upper()
    names: list[str] = list(get_global("territory_zones").get(code, ()))
    if len(code) != 2 or not code.isalpha() or not names:
        return ""
    found = _PRIMARY.get(code, names[0] if len(names) == 1 else "")
    return found if found in names and known_zone(found) else ""


def locale_zone(locale: str) -> str:
    """The zone of a locale's country ("es_MX" → America/Mexico_City): an agency's, which
    keeps a locale and no country. "" for a locale without one ("es", "es_419")."""
    parts = locale.strip().replace("-", "_").split("_")[1:]  # past the language
    country = next((p for p in parts if len(p) == 2 and p.isalpha()), "")  # past a script
    return country_zone(country) if country else ""

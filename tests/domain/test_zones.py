"""A zone is known when zoneinfo can load it by its exact IANA name: the same answer as
looking it up in `available_timezones()`, without listing the whole zone database."""

from __future__ import annotations

from zoneinfo import available_timezones

import pytest

from agencia.domain import zones


def test_every_listed_zone_is_known() -> None:
    listed = available_timezones()
    assert "America/Mexico_City" in listed
    assert [name for name in sorted(listed) if not zones.known_zone(name)] == []


@pytest.mark.parametrize(
    "name",
    [
        "",
        "Mexico City",
        "Europe/Madird",
        "europe/madrid",
        "America",  # a folder of zones
        "zone.tab",  # a file beside the zones, not one
        "posixrules",
        "posix/Europe/Madrid",
        "right/Europe/Madrid",
        "../zoneinfo/Europe/Madrid",
        "/usr/share/zoneinfo/Europe/Madrid",
        "Europe/Madrid\x00",
        "x" * 80,
    ],
)
def test_what_is_not_a_zone_name_is_not_known(name: str) -> None:
    assert name not in available_timezones()
    assert not zones.known_zone(name)
    assert zones.zone(name) is None


def test_the_first_known_zone_is_used() -> None:
    found = zones.zone("Mexico City", "America/Bogota")
    assert found is not None and str(found) == "America/Bogota"

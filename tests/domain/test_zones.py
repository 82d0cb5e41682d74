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


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("ES", "Europe/Madrid"),  # not Ceuta nor the Canaries, listed first by CLDR
        ("MX", "America/Mexico_City"),
        ("AR", "America/Argentina/Buenos_Aires"),
        ("CO", "America/Bogota"),
        ("CL", "America/Santiago"),
        ("PE", "America/Lima"),
        ("EC", "America/Guayaquil"),
        ("US", "America/New_York"),
        ("BR", "America/Sao_Paulo"),
        ("PT", "Europe/Lisbon"),
        ("GB", "Europe/London"),
        ("mx", "America/Mexico_City"),  # as typed
        (" co ", "America/Bogota"),
        ("XX", ""),  # no such country: the agency's zone, as before
        ("", ""),
    ],
)
def test_a_country_has_its_primary_zone(country: str, expected: str) -> None:
    assert zones.country_zone(country) == expected


def test_every_country_zone_is_a_zone_of_that_country() -> None:
    """Whatever country is asked, the answer is "" or one of its own zones, by a name
    zoneinfo loads (what an account's SLA clock is computed in)."""
    from babel.core import get_global

    for country, names in get_global("territory_zones").items():
        found = zones.country_zone(country)
        assert found == "" or (found in names and zones.known_zone(found)), country
        if len(names) == 1 and zones.known_zone(names[0]):
            assert found == names[0], country


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("es_ES", "Europe/Madrid"),
        ("es_MX", "America/Mexico_City"),
        ("es-AR", "America/Argentina/Buenos_Aires"),
        ("en_US", "America/New_York"),
        ("es", ""),  # a language without a country
        ("es_419", ""),  # Latin America: a region, not a country
        ("", ""),
    ],
)
def test_a_locale_has_its_countrys_zone(locale: str, expected: str) -> None:
    assert zones.locale_zone(locale) == expected

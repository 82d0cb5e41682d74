"""The agency's time zone and its own tax ID, as its profile keeps them (both databases)."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest
from factories import audit_events, set_up

from agencia.db.database import Database
from agencia.domain.errors import ValidationError
from agencia.services.agency import profile
from agencia.services.first_run import get_agency


def as_input(view: profile.AgencyProfileView) -> profile.AgencyProfileInput:
    """The profile as stored, as the dialog would send it untouched (the logo left out)."""
    names = [f.name for f in fields(profile.AgencyProfileInput)]
    return profile.AgencyProfileInput(
        **{n: getattr(view, n) for n in names if n not in ("logo", "remove_logo")}
    )


def test_the_administrator_sets_the_agencys_time_zone(db: Database) -> None:
    admin = set_up(db)
    view = profile.get_profile(db, admin)
    assert view.time_zone == "Europe/Madrid"  # its locale's (es_ES) country's, set up so
    data = replace(as_input(view), time_zone="America/Mexico_City")
    profile.update_profile(db, admin, data, view.version)
    assert profile.get_profile(db, admin).time_zone == "America/Mexico_City"
    agency = get_agency(db)
    assert agency is not None and agency.time_zone == "America/Mexico_City"
    trail = [e.changes for e in audit_events(db, "agency") if "time_zone" in e.changes]
    assert trail == [{"time_zone": ["Europe/Madrid", "America/Mexico_City"]}]


@pytest.mark.parametrize("zone", ["Mexico City", "Europe/Madird", "x" * 80])
def test_an_unknown_zone_is_refused_beside_its_field(db: Database, zone: str) -> None:
    admin = set_up(db)
    view = profile.get_profile(db, admin)
    with pytest.raises(ValidationError) as info:
        profile.update_profile(db, admin, replace(as_input(view), time_zone=zone), view.version)
    assert info.value.field_errors["time_zone"][0] == "field.time_zone"


def test_the_agencys_tax_id_follows_the_country_of_its_locale() -> None:
    data = profile.AgencyProfileInput(name="Agencia", locale="es_AR", tax_id="30-50001091-3")
    assert profile.profile_errors(data)["tax_id"] == ("field.tax_id_check", {"kind": "CUIT"})
    assert "tax_id" not in profile.profile_errors(replace(data, tax_id="30-50001091-2"))

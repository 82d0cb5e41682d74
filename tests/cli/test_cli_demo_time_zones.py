"""The demo's accounts and agency keep their office hours in their countries' zones. A
tester found them all on UTC: an urgent request for Banca del Norte (Monterrey) taken at
07:47 UTC (01:47 there) was due at 04:00 local, before the office opened, and breached at
once; the Spanish clients ran one or two hours off."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from cli_support import run
from sqlalchemy import create_engine, text

from agencia.domain import sla
from agencia.domain.zones import country_zone


def _rows(url: str, sql: str) -> list[tuple[str, str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [(str(a), str(b)) for a, b in connection.execute(text(sql))]
    finally:
        engine.dispose()


def test_every_demo_account_and_the_agency_have_their_countrys_zone(demo_url: str) -> None:
    accounts = _rows(demo_url, "SELECT country, time_zone FROM accounts")
    assert {c for c, _ in accounts} >= {"AR", "CO", "MX", "ES"}
    assert [(c, z) for c, z in accounts if not z or z != country_zone(c)] == []
    assert _rows(demo_url, "SELECT locale, time_zone FROM agency") == [("es_ES", "Europe/Madrid")]


def _office_hours(moment: str, zone: str) -> bool:
    """Whether `moment` falls in the demo's office week in `zone` (9–14 and 15–18)."""
    local = datetime.fromisoformat(moment).astimezone(ZoneInfo(zone))
    spans = sla.OFFICE[local.weekday()]
    return any(start <= local.time() <= end for start, end in spans)


def test_an_urgent_request_for_a_mexican_client_is_due_in_its_office_hours(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    db = ("--db", demo_url, "--user", "camilar")
    status, out, err = run(
        capsys, "request", "add", "Prueba huso", "--account", "33", "--priority", "urgent", *db
    )
    assert (status, err) == (0, "")
    status, shown, err = run(capsys, "request", "show", out.strip(), "--format", "json", *db)
    assert (status, err) == (0, "")
    request = json.loads(shown)
    assert request["account"] == "Banca del Norte"
    for due in (request["due_response_at"], request["due"]):
        assert _office_hours(due, "America/Mexico_City"), due

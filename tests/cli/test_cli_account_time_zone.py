"""A new client's SLA clock runs in its country's office hours: `account add --country`
fills the time zone as it fills the currency and the locale (a tester found every such
account on UTC: a Monterrey client's urgent request breached before the office opened)."""

from __future__ import annotations

import json

import pytest
from cli_support import run


def _add_and_show(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> dict[str, str]:
    status, out, err = run(
        capsys, "account", "add", *argv, "--group", "1", "--lead", "4", "--db", url
    )
    assert (status, err) == (0, "")
    status, shown, err = run(
        capsys, "account", "show", out.strip(), "--format", "json", "--db", url
    )
    assert (status, err) == (0, "")
    detail: dict[str, str] = json.loads(shown)
    return detail


@pytest.mark.parametrize(
    ("country", "zone"),
    [
        ("MX", "America/Mexico_City"),
        ("CO", "America/Bogota"),
        ("AR", "America/Argentina/Buenos_Aires"),
        ("ES", "Europe/Madrid"),
        ("cl", "America/Santiago"),
    ],
)
def test_the_country_gives_the_time_zone(
    capsys: pytest.CaptureFixture[str], demo_url: str, country: str, zone: str
) -> None:
    detail = _add_and_show(capsys, demo_url, f"Cliente {country}", "--country", country)
    assert detail["time_zone"] == zone


def test_a_time_zone_given_is_kept(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    argv = ("Cliente de Tijuana", "--country", "MX", "--time-zone", "America/Tijuana")
    assert _add_and_show(capsys, demo_url, *argv)["time_zone"] == "America/Tijuana"


def test_without_a_country_the_zone_is_the_agencys(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    """No country given: like its currency and locale, its zone is left to the agency's
    (the default country, Spain, is no statement about where the client is)."""
    assert _add_and_show(capsys, demo_url, "Cliente sin país")["time_zone"] == ""

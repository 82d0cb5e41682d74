"""`db init` gives the agency a time zone: its locale's country's (es_MX: Mexico City) or
the one given with `--time-zone`. A tester found every new agency without one, so the SLA
clock of every account without a zone of its own ran on UTC."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from cli_support import one_line, run

from agencia.db.database import open_database
from agencia.services.first_run import get_agency

ADMIN_PW = "frase-larga-de-la-casa"


def _init(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str, *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PW + "\n"))
    return run(capsys, "db", "init", "--admin", "admin", "--agency", "Nueva", *argv, "--db", url)


def _agency_zone(url: str) -> str:
    db = open_database(url)
    try:
        agency = get_agency(db)
    finally:
        db.close()
    assert agency is not None
    return agency.time_zone


@pytest.mark.parametrize(
    ("argv", "zone"),
    [
        ((), "Europe/Madrid"),  # es_ES, the default locale
        (("--locale", "es_MX", "--currency", "MXN"), "America/Mexico_City"),
        (("--locale", "es_CO", "--currency", "COP"), "America/Bogota"),
        (("--locale", "es_MX", "--time-zone", "America/Monterrey"), "America/Monterrey"),
        (("--locale", "en_GB", "--currency", "GBP"), "Europe/London"),
    ],
)
def test_a_new_agency_has_a_time_zone(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: tuple[str, ...],
    zone: str,
) -> None:
    url = f"sqlite:///{tmp_path / 'nueva.sqlite3'}"
    status, _out, err = _init(capsys, monkeypatch, url, *argv)
    assert (status, err) == (0, "")
    assert _agency_zone(url) == zone


def test_a_zone_that_is_none_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'nueva.sqlite3'}"
    status, out, err = _init(capsys, monkeypatch, url, "--time-zone", "Monterrey")
    assert (status, out) == (1, "")
    assert "Monterrey" in one_line(err)

"""`agencia rates list|set` and what the agency's settings change on the command line: the
tax ID's name and check by the client's country, moments on the agency's clock."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from cli_support import one_line, run

ADMIN_PW = "frase-larga-de-la-casa"


@pytest.fixture
def new_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A SQLite file made by `db init --admin admin` (the password from standard input)."""
    from agencia import cli

    url = f"sqlite:///{tmp_path / 'nueva.sqlite3'}"
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PW + "\n"))
    assert cli.main(["db", "init", "--admin", "admin", "--agency", "Nueva", "--db", url]) == 0
    return url


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    status, out, err = run(capsys, *argv)
    assert (status, err) == (0, ""), (argv, err)
    return out


def test_the_administrator_keeps_exchange_rates(
    capsys: pytest.CaptureFixture[str], new_db: str
) -> None:
    capsys.readouterr()
    db = ("--db", new_db)
    assert ok(capsys, "rates", "list", *db).startswith("Ningún tipo de cambio.")
    assert ok(capsys, "rates", "set", "MXN", "0,05", "--from", "2026-01-01", *db) == "Hecho.\n"
    ok(capsys, "rates", "set", "ars", "0.00095", *db)
    rows = json.loads(ok(capsys, "rates", "list", "--format", "json", *db))
    assert [(r["currency"], r["rate"], r["agency_currency"]) for r in rows] == [
        ("ARS", "0.00095", "EUR"),
        ("MXN", "0.05", "EUR"),
    ]
    assert rows[1]["valid_from"] == "2026-01-01"
    table = ok(capsys, "rates", "list", *db)
    assert "1 MXN = 0,05 EUR" in table and "1 ARS = 0,00095 EUR" in table
    csv_text = ok(capsys, "rates", "list", "--format", "csv", *db)
    assert csv_text.splitlines()[0] == "id,currency,rate,valid_from,agency_currency"


@pytest.mark.parametrize(
    ("argv", "status", "says"),
    [
        (("EUR", "1"), 1, "EUR es la moneda de la agencia"),
        (("MXN", "-1"), 1, "mayor que cero"),
        (("MXN", "abc"), 2, "no es un número: 'abc'"),
        (("MXN", "1", "--from", "mañana"), 2, "no es una fecha"),
        (("MXN", "0.05", "--from", "1800-01-01"), 1, "entre los años 1900 y 2199"),
    ],
)
def test_a_rate_that_makes_no_sense_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], new_db: str, argv: tuple[str, ...], status: int, says: str
) -> None:
    capsys.readouterr()
    code, out, err = run(capsys, "rates", "set", *argv, "--db", new_db)
    assert (code, out) == (status, "")
    assert says in one_line(err)


def test_an_account_shows_its_countrys_tax_id_and_its_time_zone(
    capsys: pytest.CaptureFixture[str], new_db: str
) -> None:
    capsys.readouterr()
    db = ("--db", new_db)
    director = ok(capsys, "staff", "add", "Lucía Gómez", "--role", "account_director", *db)
    group = ok(capsys, "group", "add", "Cono Sur", "--director", director.strip(), *db)
    add = ("account", "add", "Alfajores Sur", "--group", group.strip(), "--lead", director.strip())
    code, out, err = run(capsys, *add, "--country", "AR", "--tax-id", "30-50001091-3", *db)
    assert (code, out) == (1, "")
    assert "El CUIT no es válido" in one_line(err)
    code, _out, err = run(capsys, *add, "--time-zone", "Buenos Aires", *db)
    assert code == 1 and "Zona horaria desconocida" in one_line(err)
    account = ok(
        capsys, *add, "--country", "AR", "--tax-id", "30-50001091-2",
        "--time-zone", "America/Argentina/Buenos_Aires", *db,
    ).strip()  # fmt: skip
    shown = ok(capsys, "account", "show", account, *db)
    assert "CUIT:" in shown and "30-50001091-2" in shown and "NIF" not in shown
    assert "America/Argentina/Buenos_Aires" in shown


def test_a_moment_is_shown_on_the_first_known_clock() -> None:
    from datetime import UTC, datetime

    from agencia.cli.formats import when

    noon = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    assert when(noon, "es_ES", "", "America/Mexico_City") == "6 dic 2026, 6:00"
    assert when(noon, "es_ES", "Nowhere/Zone", "Europe/Madrid") == "6 dic 2026, 13:00"

"""`agencia accounts list` and `account show`: what the user may see, search, filters,
and the JSON, CSV and table formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from cli_support import REQUIRED_KEYS, accounts, one_line, run

from agencia.domain.text import sort_key

# --- accounts list -------------------------------------------------------------------


def test_accounts_list_json_sorted_by_name(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    rows = accounts(capsys, demo_url)
    assert len(rows) >= 10
    for row in rows:
        assert set(row) >= REQUIRED_KEYS
        assert row["group"] == "Gran Consumo"  # the demo director's group only
    names = [r["name"] for r in rows]
    assert names == sorted(names, key=sort_key)  # accents and case sort with their letter


def test_administrator_sees_every_group(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    admin = accounts(capsys, demo_url, "--user", "rosav")
    director = accounts(capsys, demo_url)
    assert len(admin) > len(director)
    assert {r["group"] for r in admin} == {
        "Gran Consumo",
        "Servicios y Tecnología",
        "Latinoamérica",
    }


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("kola-sierra", "Kola-Sierra Refrescos"),
        ("KOLA SIERRA", "Kola-Sierra Refrescos"),
        ("garcia", "Helados García"),
        ("peñalara", "Lácteos Peñalara"),
        ("d'arcy", "D'Arcy Cosmética"),
        ("darcy", "D'Arcy Cosmética"),
        ("pérez & hijos", "Pérez & Hijos"),
        ('"Pérez"', "Pérez & Hijos"),
        ("nuñez", "Galletas Núñez"),
    ],
)
def test_search_ignores_accents_case_and_punctuation(
    capsys: pytest.CaptureFixture[str], demo_url: str, typed: str, expected: str
) -> None:
    names = [r["name"] for r in accounts(capsys, demo_url, "--search", typed)]
    assert expected in names


def test_search_with_only_punctuation_finds_nothing(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    """No word to look for: nothing found (it listed every account, as if unfiltered)."""
    assert accounts(capsys, demo_url, "--search", "&-'\"*") == []
    assert accounts(capsys, demo_url)


def test_status_filter(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    everything = accounts(capsys, demo_url)
    for status in ("active", "prospect", "paused", "inactive"):
        rows = accounts(capsys, demo_url, "--status", status)
        assert rows == [r for r in everything if r["status"] == status]
    assert accounts(capsys, demo_url, "--status", "prospect")


def test_mine(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    everything = accounts(capsys, demo_url, "--user", "irened")
    mine = accounts(capsys, demo_url, "--user", "irened", "--mine")
    assert mine and mine == everything  # an assistant sees only their own accounts
    assert accounts(capsys, demo_url, "--user", "rosav", "--mine") == []


def test_accounts_list_csv(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url, "--format", "csv")
    assert (status, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert set(rows[0]) >= REQUIRED_KEYS
    assert [r["name"] for r in rows] == [r["name"] for r in accounts(capsys, demo_url)]
    assert any("," in r["legal_name"] for r in rows)  # "…, S.A." survives the quoting
    assert "\r" not in out


def test_accounts_list_table(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "Cuenta", "Estado"]
    assert "Kola-Sierra Refrescos" in out
    assert lines[-1] == f"{len(lines) - 3} cuentas."
    status, out, _ = run(capsys, "accounts", "list", "--db", demo_url, "--search", "zzzz")
    assert (status, out) == (0, "Ninguna cuenta.\n")


def test_table_fits_a_narrow_terminal(
    capsys: pytest.CaptureFixture[str], demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "72")
    status, out, _ = run(capsys, "accounts", "list", "--db", demo_url)
    assert status == 0
    assert max(len(line) for line in out.splitlines()) <= 72
    assert "…" in out


# --- account show --------------------------------------------------------------------


def test_account_show_text(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    row = next(r for r in accounts(capsys, demo_url) if r["name"] == "Lácteos Peñalara")
    status, out, err = run(capsys, "account", "show", str(row["id"]), "--db", demo_url)
    assert (status, err) == (0, "")
    assert out.startswith(f"Lácteos Peñalara  [{row['id']}]")
    for text in (
        "Lácteos Peñalara, S.L.",
        row["tax_id"],
        "Grupo Alimentario Peñalara",  # the parent company
        "Marcas y productos",
        "Peñalara Natura",
        "Contactos",
        "toma decisiones",
        "prefiere",
        "Equipo",
        "Lucía Fernández Ortega",
    ):
        assert text in out, text


def test_account_show_json(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    row = accounts(capsys, demo_url, "--search", "helados garcia")[0]
    status, out, err = run(
        capsys, "account", "show", str(row["id"]), "--db", demo_url, "--format", "json"
    )
    assert (status, err) == (0, "")
    detail = json.loads(out)
    assert detail["id"] == row["id"]
    assert detail["name"] == "Helados García"
    assert set(detail) >= REQUIRED_KEYS | {"brands", "contacts", "team"}
    assert 2 <= len(detail["contacts"]) <= 5
    assert sum(c["decision_maker"] for c in detail["contacts"]) == 1
    assert all(b["products"] for b in detail["brands"])
    assert {"director", "supervisor", "lead_executive", "assistant"} <= {
        t["part"] for t in detail["team"]
    }


def test_account_show_missing_id(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, out, err = run(capsys, "account", "show", "999999", "--db", demo_url)
    assert status == 1
    assert out == ""
    assert one_line(err) == "No existe la cuenta 999999."


def test_account_of_another_group_reads_as_missing(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    """As on the shared server: what the person may not see is not there for them."""
    other = next(r for r in accounts(capsys, demo_url, "--user", "rosav") if r["group_id"] != 1)
    status, out, err = run(capsys, "account", "show", str(other["id"]), "--db", demo_url)
    assert (status, out) == (1, "")
    assert one_line(err) == f"No existe la cuenta {other['id']}."

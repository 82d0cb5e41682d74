"""`agencia campaigns list`: order, filters, search, formats, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys

import pytest
from cli_seed import SUMMER_DECK, Seeded, seed_campaigns
from cli_support import accounts, by_deadline_then_name, campaigns, one_line, run

from agencia.db.database import open_database
from agencia.demo.fill import fill_demo
from agencia.domain.enums import CampaignStatus

CAMPAIGN_KEYS = {
    "id",
    "name",
    "account",
    "account_id",
    "brand",
    "status",
    "budget",
    "currency",
    "deadline",
    "owner",
}


def test_campaigns_list_json_fields_and_order(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    rows = campaigns(capsys, campaigns_url)
    for row in rows:
        assert set(row) >= CAMPAIGN_KEYS
    ids = [r["id"] for r in rows]
    assert by_deadline_then_name(rows)  # undated campaigns last, same day by name
    assert ids.index(seeded.back_to_school) < ids.index(seeded.summer) < ids.index(seeded.christmas)
    assert seeded.mortgage not in ids  # another group's
    summer = rows[ids.index(seeded.summer)]
    assert {k: summer[k] for k in CAMPAIGN_KEYS} == {
        "id": seeded.summer,
        "name": "Zero en la playa",
        "account": "Kola-Sierra Refrescos",
        "account_id": seeded.kola,
        "brand": "Kola-Sierra",
        "status": "approved",
        "budget": "48500.50",
        "currency": "EUR",
        "deadline": "2027-07-15",
        "owner": "Álvaro García Rubio",
    }
    christmas = rows[ids.index(seeded.christmas)]
    assert christmas["deadline"] is None and christmas["owner"] == "Javier Núñez Calvo"


def test_campaigns_list_administrator_sees_every_group(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    rows = campaigns(capsys, campaigns_url, "--user", "rosav")
    assert {seeded.summer, seeded.christmas, seeded.mortgage} <= {r["id"] for r in rows}
    assert by_deadline_then_name(rows)


def test_campaigns_status_filter(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    everything = campaigns(capsys, campaigns_url)
    for status in CampaignStatus:
        rows = campaigns(capsys, campaigns_url, "--status", status.value)
        assert rows == [r for r in everything if r["status"] == status.value], status
    assert seeded.summer in {
        r["id"] for r in campaigns(capsys, campaigns_url, "--status", "approved")
    }
    briefs = {r["id"] for r in campaigns(capsys, campaigns_url, "--status", "brief")}
    assert {seeded.back_to_school, seeded.christmas} <= briefs


def test_campaigns_account_filter(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    everything = campaigns(capsys, campaigns_url)
    kola = campaigns(capsys, campaigns_url, "--account", str(seeded.kola))
    assert kola == [r for r in everything if r["account_id"] == seeded.kola]
    assert {seeded.summer, seeded.back_to_school} <= {r["id"] for r in kola}
    both = campaigns(capsys, campaigns_url, "--account", str(seeded.kola), "--status", "brief")
    assert both == [r for r in kola if r["status"] == "brief"]
    assert seeded.back_to_school in {r["id"] for r in both}


def test_campaigns_account_that_is_missing_or_unseen(
    capsys: pytest.CaptureFixture[str], campaigns_url: str
) -> None:
    status, out, err = run(
        capsys, "campaigns", "list", "--db", campaigns_url, "--account", "999999"
    )
    assert (status, out) == (1, "")
    assert one_line(err) == "No existe la cuenta 999999."
    other = next(
        r for r in accounts(capsys, campaigns_url, "--user", "rosav") if r["group_id"] != 1
    )
    status, out, err = run(
        capsys, "campaigns", "list", "--db", campaigns_url, "--account", str(other["id"])
    )
    assert (status, out) == (1, "")
    assert one_line(err) == f"No existe la cuenta {other['id']}."  # as a missing one


def test_campaigns_mine(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    """Mine: what the person owns, and the campaigns of the accounts whose team they are on."""
    for login, name in (("javiern", "Javier Núñez Calvo"), ("alvarog", "Álvaro García Rubio")):
        everything = campaigns(capsys, campaigns_url, "--user", login)
        teams = {a["id"] for a in accounts(capsys, campaigns_url, "--user", login, "--mine")}
        mine = campaigns(capsys, campaigns_url, "--user", login, "--mine")
        assert mine == [r for r in everything if r["owner"] == name or r["account_id"] in teams]
    javier = {r["id"] for r in campaigns(capsys, campaigns_url, "--user", "javiern", "--mine")}
    assert seeded.christmas in javier and seeded.summer not in javier  # he is on no team
    alvaro = {r["id"] for r in campaigns(capsys, campaigns_url, "--user", "alvarog", "--mine")}
    assert {seeded.summer, seeded.back_to_school} <= alvaro
    assert campaigns(capsys, campaigns_url, "--user", "rosav", "--mine") == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("naranjina", "back_to_school"),
        ("PLAYA", "summer"),
        ("kola-sierra playa", "summer"),
        ("turron garcia", "christmas"),
    ],
)
def test_campaigns_search(
    capsys: pytest.CaptureFixture[str],
    campaigns_url: str,
    seeded: Seeded,
    typed: str,
    expected: str,
) -> None:
    found = {r["id"] for r in campaigns(capsys, campaigns_url, "--search", typed)}
    assert getattr(seeded, expected) in found
    assert seeded.mortgage not in found


def test_campaigns_list_csv(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, seeded: Seeded
) -> None:
    status, out, err = run(capsys, "campaigns", "list", "--db", campaigns_url, "--format", "csv")
    assert (status, err) == (0, "")
    assert "\r" not in out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert set(rows[0]) >= CAMPAIGN_KEYS | {"code", "owner_id", "brand_id", "start_date"}
    as_json = campaigns(capsys, campaigns_url)
    assert [int(r["id"]) for r in rows] == [r["id"] for r in as_json]
    summer = next(r for r in rows if int(r["id"]) == seeded.summer)
    assert (summer["budget"], summer["deadline"], summer["may_be_shown"]) == (
        "48500.50",
        "2027-07-15",
        "false",
    )
    christmas = next(r for r in rows if int(r["id"]) == seeded.christmas)
    assert christmas["deadline"] == ""


def test_campaigns_list_table(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    status, out, err = run(capsys, "campaigns", "list", "--db", campaigns_url)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["ID", "Campaña", "Cuenta", "Marca"]
    summer = next(line for line in lines if "Zero en la playa" in line)
    for text in ("Kola-Sierra Refrescos", "Aprobado", "48.500,50\u00a0€", "15 jul 2027"):
        assert text in summer, text  # money and dates in the agency's locale (es_ES)
    assert lines[-1] == f"{len(lines) - 3} campañas."
    status, out, _ = run(capsys, "campaigns", "list", "--db", campaigns_url, "--search", "zzzz")
    assert (status, out) == (0, "Ninguna campaña.\n")


def test_campaigns_table_fits_a_narrow_terminal(
    capsys: pytest.CaptureFixture[str], campaigns_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    status, out, _ = run(capsys, "campaigns", "list", "--db", campaigns_url)
    assert status == 0
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "48.500,50\u00a0€" in out  # money is never clipped


def test_campaigns_unknown_status_lists_the_valid_ones(
    capsys: pytest.CaptureFixture[str], campaigns_url: str
) -> None:
    status, out, err = run(
        capsys, "campaigns", "list", "--db", campaigns_url, "--status", "aprobado"
    )
    assert (status, out) == (2, "")
    line = one_line(err)
    assert line.startswith(
        "agencia campaigns list: argumento --status: valor no permitido: 'aprobado'"
    )  # argparse's words in the command line's language
    assert all(f"'{s.value}'" in line for s in CampaignStatus)


def test_campaigns_options_anywhere(capsys: pytest.CaptureFixture[str], campaigns_url: str) -> None:
    expected = campaigns(capsys, campaigns_url, "--status", "brief")
    for argv in (
        ["--db", campaigns_url, "campaigns", "list", "--status", "brief", "--format", "json"],
        ["campaigns", "--db", campaigns_url, "--user", "demo", "list", "--format=json",
         "--status=brief"],
        ["campaigns", "list", "--format", "json", "--status", "brief", f"--db={campaigns_url}"],
    ):  # fmt: skip
        status, out, err = run(capsys, *argv)
        assert (status, err) == (0, ""), argv
        assert json.loads(out) == expected


# --- PostgreSQL ----------------------------------------------------------------------


def test_campaigns_on_postgresql(
    capsys: pytest.CaptureFixture[str], pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same commands on a PostgreSQL server: the password read from standard input."""
    db = open_database(pg_url)
    try:
        fill_demo(db)
        seeded = seed_campaigns(db)
    finally:
        db.close()

    def pg(*argv: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO("demo\n"))
        return run(capsys, *argv, "--db", pg_url, "--user", "demo")

    status, out, err = pg("campaigns", "list", "--format", "json")
    assert (status, err) == (0, "")
    rows = json.loads(out)
    assert all(set(r) >= CAMPAIGN_KEYS for r in rows)
    assert by_deadline_then_name(rows)
    ids = [r["id"] for r in rows]
    assert ids.index(seeded.back_to_school) < ids.index(seeded.summer) < ids.index(seeded.christmas)
    assert seeded.mortgage not in ids
    summer = rows[ids.index(seeded.summer)]
    assert (summer["budget"], summer["deadline"], summer["status"]) == (
        "48500.50",
        "2027-07-15",
        "approved",
    )

    status, out, err = pg(
        "campaigns", "list", "--format", "json", "--status", "brief", "--search", "naranjina"
    )
    assert (status, err) == (0, "")
    assert [r["id"] for r in json.loads(out)] == [seeded.back_to_school]
    status, out, err = pg("campaigns", "list", "--account", str(seeded.kola), "--format", "csv")
    assert (status, err) == (0, "")
    assert {int(r["id"]) for r in csv.DictReader(io.StringIO(out))} >= {
        seeded.summer,
        seeded.back_to_school,
    }

    status, out, err = pg("campaign", "show", str(seeded.summer))
    assert (status, err) == (0, "")
    assert "Brief: versión 2 de 2" in out and "48.500,50\u00a0€" in out
    assert f"Documento (SHA-256):  {hashlib.sha256(SUMMER_DECK).hexdigest()}" in out
    assert "En nombre de:         Marta Peña Lozano" in out
    status, out, err = pg("campaign", "show", str(seeded.summer), "--format", "json")
    assert (status, err) == (0, "")
    assert [a["stage"] for a in json.loads(out)["approvals"]] == [
        "client",
        "internal",
        "brief",
        "brief",
    ]

    status, out, err = pg("campaign", "show", str(seeded.mortgage))
    assert (status, out) == (1, "")
    assert one_line(err) == f"No existe la campaña {seeded.mortgage}."  # as a missing one
    status, out, err = pg("campaign", "show", "999999")
    assert (status, out) == (1, "")
    assert one_line(err) == "No existe la campaña 999999."

"""`staff import FILE`, `group director`, `group move-staff` and `group move-account`: a
team from a spreadsheet, then its groups reshaped, on the command line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from cli_support import run

ADMIN_PW = "frase-larga-de-la-casa"

TEAM = (
    "Nombre;Rol;Correo;Depende de;Grupo\r\n"
    "Lucía Gómez;Directora de cuentas;lucia@agencia.es;;Gran Consumo\r\n"
    "Jorge Vidal;Director de cuentas;jorge@agencia.es;;Tecnología\r\n"
    "Ana Sol;Ejecutiva de cuenta;ana@agencia.es;Lucía Gómez;Gran Consumo\r\n"
)


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    from agencia import cli

    url = f"sqlite:///{tmp_path / 'nueva.sqlite3'}"
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PW + "\n"))
    assert cli.main(["db", "init", "--admin", "admin", "--agency", "Nueva", "--db", url]) == 0
    return url


def test_a_team_imported_then_moved_between_groups(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    capsys.readouterr()
    db = ("--db", url, "--user", "admin")
    bad = tmp_path / "mal.csv"
    bad.write_bytes((TEAM + "Pepe;astronauta;;;\r\n").encode("cp1252"))
    status, out, err = run(capsys, "staff", "import", str(bad), *db)
    assert status == 1 and out == ""
    assert (
        err.splitlines()[0] == "Fila 5: Rol desconocido: «astronauta» (por ejemplo "
        "«Ejecutivo de cuenta» o «account_executive»)."
    )
    good = tmp_path / "equipo.csv"
    good.write_bytes(TEAM.encode("cp1252"))
    status, out, err = run(capsys, "staff", "import", str(good), *db, "--format", "json")
    assert (status, err) == (0, "")
    lucia, jorge, ana = json.loads(out)["ids"]
    status, out, _ = run(capsys, "groups", "list", *db, "--format", "json")
    groups = {g["name"]: g for g in json.loads(out)}
    assert groups["Gran Consumo"]["director"] == "Lucía Gómez"
    tech = groups["Tecnología"]["id"]

    status, out, err = run(capsys, "group", "move-staff", str(tech), str(ana), *db, "--dry-run")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "Ana Sol pasa de «Gran Consumo» a «Tecnología».",
        "Ana Sol dependerá de Jorge Vidal.",
    ]
    status, out, err = run(capsys, "group", "move-staff", str(tech), str(ana), *db)
    assert (status, err) == (0, "") and out.splitlines()[-1] == "Hecho."
    status, out, _ = run(capsys, "staff", "show", str(ana), *db, "--format", "json")
    shown = json.loads(out)
    assert (shown["group"], shown["reports_to_id"]) == ("Tecnología", jorge)

    # a director who directs a group does not move; another director first
    status, _out, err = run(capsys, "group", "move-staff", str(tech), str(lucia), *db)
    assert status == 1 and "dirige «Gran Consumo»" in err
    status, out, err = run(
        capsys, "staff", "add", "Marta León", "--role", "account_director", *db, "--format", "json"
    )
    marta = json.loads(out)["id"]
    consumo = groups["Gran Consumo"]["id"]
    assert run(capsys, "group", "director", str(consumo), str(marta), *db)[0] == 0
    status, out, _ = run(capsys, "groups", "list", *db, "--format", "json")
    assert {g["name"]: g["director"] for g in json.loads(out)}["Gran Consumo"] == "Marta León"


def test_moving_an_account_names_its_new_lead(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    capsys.readouterr()
    db = ("--db", url, "--user", "admin")
    team = tmp_path / "equipo.csv"
    team.write_text(TEAM + "Luis Mar;account_executive;;Jorge Vidal;Tecnología\n", "utf-8-sig")
    status, out, err = run(capsys, "staff", "import", str(team), *db)
    assert (status, err) == (0, "")
    _lucia, _jorge, ana, luis = (int(x) for x in out.split())
    status, out, _ = run(capsys, "groups", "list", *db, "--format", "json")
    groups = {g["name"]: g["id"] for g in json.loads(out)}
    status, out, err = run(
        capsys,
        "account",
        "add",
        "Alfa",
        "--group",
        str(groups["Gran Consumo"]),
        "--lead",
        str(ana),
        *db,
    )
    assert (status, err) == (0, "")
    alfa = out.strip()
    tech = str(groups["Tecnología"])
    status, _out, err = run(capsys, "group", "move-account", tech, alfa, *db)
    assert status == 1 and "elija quién la lidera" in err
    status, out, err = run(capsys, "group", "move-account", tech, alfa, "--lead", str(luis), *db)
    assert (status, err) == (0, "")
    assert out.splitlines()[:2] == [
        "La cuenta «Alfa» pasa de «Gran Consumo» a «Tecnología».",
        "«Alfa» la liderará Luis Mar (antes Ana Sol).",
    ]

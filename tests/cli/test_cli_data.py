"""`agencia import` and `agencia imports`: problems named by row and column, nothing
written by a bad file, --skip-invalid with its rejects file (formula-safe), --dry-run,
imports listed with their dates as people read them, and undo of a whole import, which
names what it removed."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from cli_support import accounts, one_line, run

from agencia.domain.tax_ids import problem


def cif(number: int) -> str:
    base = f"B{number:07d}"
    return next(base + str(d) for d in range(10) if problem("ES", base + str(d)) is None)


def spanish_csv(path: Path, rows: list[list[str]]) -> Path:
    lines = ["Nombre;NIF;Ciudad;Correo;Facturación"] + [";".join(r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


GOOD = [
    ["Sidrería Muñiz", cif(4400001), "Gijón", "info@muniz.es", "12.500,00"],
    ["Turrones Alcañiz", cif(4400002), "Alicante", "", "3,75"],
]
BAD = ["=cmd|' /C calc'!A0", "B12345678", "Ourense", "no es correo", "1,00"]


def test_a_bad_file_writes_nothing_and_exits_1(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    before = len(accounts(capsys, demo_url))
    path = spanish_csv(tmp_path / "clientes.csv", [GOOD[0], BAD, GOOD[1]])
    status, out, err = run(capsys, "import", "accounts", str(path), "--db", demo_url)
    assert (status, err) == (1, "")
    lines = out.splitlines()
    assert "Fila 3, columna «NIF»: " in lines[0] or "Fila 3, columna «Correo»" in lines[0]
    assert sum(1 for line in lines if line.startswith("Fila 3, columna")) == 2
    assert lines[-1].startswith("No se ha importado nada: 1 fila con problemas (de 3)")
    assert len(accounts(capsys, demo_url)) == before


def test_skip_invalid_imports_the_good_rows_and_writes_the_rejects(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    before = {a["name"] for a in accounts(capsys, demo_url)}
    path = spanish_csv(tmp_path / "clientes.csv", [GOOD[0], BAD, GOOD[1]])
    status, out, err = run(
        capsys, "import", "accounts", str(path), "--skip-invalid", "--db", demo_url,
        "--format", "json",
    )  # fmt: skip
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert (report["created"], report["rejected"], report["written"]) == (2, [3], True)
    after = {a["name"] for a in accounts(capsys, demo_url)}
    assert after - before == {"Sidrería Muñiz", "Turrones Alcañiz"}
    rejects = Path(report["rejects_file"])
    assert rejects.name == "clientes.rechazadas.csv"
    raw = rejects.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Nombre", "NIF", "Ciudad", "Correo", "Facturación", "Fila", "Problemas"]
    assert rows[1][0] == "'=cmd|' /C calc'!A0"  # shown as text, never run
    assert rows[1][5] == "3" and "«Correo»" in rows[1][6] and "«NIF»" in rows[1][6]

    status, out, err = run(capsys, "imports", "list", "--db", demo_url, "--format", "json")
    listed = json.loads(out)
    assert listed[0]["id"] == report["import_id"] and listed[0]["sha256"] == report["sha256"]
    status, out, err = run(capsys, "imports", "list", "--db", demo_url)  # explore9 L11
    head, rule, first = out.splitlines()[:3]
    assert head.split() == ["ID", "Fecha", "Tipo", "Archivo", "Creados", "Actualizados",
                            "Rechazados", "Por", "Estado"] and set(rule) == {"─", " "}  # fmt: skip
    assert first.split()[0] == str(report["import_id"]) and "Cuentas" in first and "\t" not in out
    status, out, err = run(capsys, "imports", "undo", str(report["import_id"]), "--db", demo_url)
    assert (status, err) == (0, "")
    assert out.startswith(f"Importación {report['import_id']} deshecha: 2 registros")
    assert "(Sidrería Muñiz, Turrones Alcañiz)." in out  # what it removed, by name
    assert {a["name"] for a in accounts(capsys, demo_url)} == before
    status, out, err = run(capsys, "imports", "undo", str(report["import_id"]), "--db", demo_url)
    assert status == 1 and "ya se deshizo" in one_line(err)


def test_an_undo_names_a_few_of_what_it_removed_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = [f"Conservas Ría {n}" for n in range(1, 8)]
    rows = [[name, cif(4500000 + n), "Vigo", "", "1,00"] for n, name in enumerate(names)]
    path = spanish_csv(tmp_path / "conservas.csv", rows)
    status, out, err = run(capsys, "import", "accounts", str(path), "--db", demo_url,
                           "--format", "json")  # fmt: skip
    assert (status, err) == (0, "")
    import_id = json.loads(out)["import_id"]
    monkeypatch.setenv("AGENCIA_LANG", "en")
    status, out, err = run(capsys, "imports", "undo", str(import_id), "--db", demo_url)
    assert (status, err) == (0, "")
    shown = ", ".join(names[:5])
    assert (
        out == f"Import {import_id} undone: 7 records removed or restored ({shown} and 2 more).\n"
    )


# "7 dic 2026, 01:05" or "7 Dec 2026, 01:05": no ISO date, no seconds
PEOPLE_MOMENT = re.compile(r"\b\d{1,2} [A-Za-z]{3,4} \d{4}, \d{1,2}:\d{2}(?!:)")


def test_imports_list_writes_its_dates_as_people_read_them(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = spanish_csv(tmp_path / "clientes.csv", GOOD)
    status, _out, err = run(capsys, "import", "accounts", str(path), "--db", demo_url)
    assert (status, err) == (0, "")
    for language in ("es", "en"):
        monkeypatch.setenv("AGENCIA_LANG", language)
        status, out, err = run(capsys, "imports", "list", "--db", demo_url)
        assert (status, err) == (0, "")
        row = out.splitlines()[2]
        assert re.search(r"\d{4}-\d{2}-\d{2}", row) is None, row
        assert PEOPLE_MOMENT.search(row), row


def test_a_dry_run_only_reports(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    before = len(accounts(capsys, demo_url))
    path = spanish_csv(tmp_path / "clientes.csv", GOOD)
    status, out, err = run(capsys, "import", "accounts", str(path), "--dry-run", "--db", demo_url)
    assert (status, err) == (0, "")
    assert out.startswith("Prueba sin escribir nada: se crearían 2")
    assert len(accounts(capsys, demo_url)) == before


def test_a_file_that_is_not_a_spreadsheet_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    status, out, err = run(capsys, "import", "contacts", str(path), "--db", demo_url)
    assert (status, out) == (1, "")
    assert "bytes nulos" in one_line(err)
    missing = tmp_path / "sin_columnas.csv"
    missing.write_text("Foo,Bar\n1,2\n", encoding="utf-8")
    status, out, err = run(capsys, "import", "contacts", str(missing), "--db", demo_url)
    assert status == 1 and "Faltan columnas obligatorias" in one_line(err)


def test_an_accounts_contacts_as_a_vcf_file(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    account = accounts(capsys, demo_url)[0]["id"]
    out = tmp_path / "contactos.vcf"
    status, printed, err = run(capsys, "vcards", str(account), "--out", str(out), "--db", demo_url)
    assert (status, printed, err) == (0, "", "")
    cards = out.read_bytes().decode("utf-8")
    assert cards.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n") and cards.endswith("END:VCARD\r\n")


def test_the_terminal_shows_a_progress_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal the import draws a bar that fills, over one line, ended once full."""
    import io

    from agencia.cli import data

    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    data._progress(25_000, 100_000)
    data._progress(100_000, 100_000)
    first, last = err.getvalue().split("\r")[1:]
    assert first.startswith("[" + "█" * 6 + "░" * 18 + "]  25 %") and "25000 de 100000" in first
    assert last.startswith("[" + "█" * 24 + "] 100 %") and last.endswith("filas\n")


def test_a_director_lists_her_managers_import(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    """explore8 L3: Javier imports; Lucía (`demo`, his director) lists it, with who made
    it, and may not undo it; Javier may."""
    path = spanish_csv(tmp_path / "clientes.csv", [GOOD[0]])
    status, out, err = run(capsys, "--user", "javiern", "import", "accounts", str(path),
                           "--db", demo_url)  # fmt: skip
    assert status == 0, err
    status, out, err = run(capsys, "--user", "demo", "imports", "list", "--db", demo_url)
    assert (status, err) == (0, "")
    assert "clientes.csv" in out and "Javier" in out and "nada" not in out, out
    status, out, err = run(
        capsys, "--user", "demo", "imports", "list", "--db", demo_url, "--format", "json"
    )
    assert [r["undoable"] for r in json.loads(out)] == [False]
    status, out, err = run(
        capsys, "--user", "javiern", "imports", "list", "--db", demo_url, "--format", "json"
    )
    assert [r["undoable"] for r in json.loads(out)] == [True]

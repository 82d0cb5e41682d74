"""The `agencia` command line, in process: sub-commands, output formats, exit statuses.

DESIGN.md: 0 done; 1 the operation failed; 2 wrong usage; 3 the database was refused;
one line on stderr, never a traceback.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agencia import __version__, cli
from agencia.db.database import open_database
from agencia.domain import messages
from agencia.domain.text import sort_key
from agencia.services.demo import fill_demo

REQUIRED_KEYS = {
    "id",
    "name",
    "legal_name",
    "tax_id",
    "status",
    "sector",
    "group",
    "group_id",
    "lead_executive",
    "lead_executive_id",
}


@pytest.fixture(autouse=True)
def _keep_language() -> Iterator[None]:
    """`main` sets the process's message language; give the next test back what it had."""
    before = messages.language()
    yield
    messages.set_language(before)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A SQLite file with the small demo, made by `agencia demo`."""
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    status, out, err = run(capsys, "demo", "--db", url)
    assert (status, err) == (0, "")
    assert out.startswith("Demo cargada")
    return url


def accounts(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> list[dict[str, Any]]:
    status, out, err = run(capsys, "accounts", "list", "--db", url, "--format", "json", *extra)
    assert (status, err) == (0, "")
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


# --- usage -----------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert status == 0
    assert out.strip() == f"agencia {__version__}"


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["demo"],
        ["db"],
        ["db", "upgrade"],
        ["db", "current"],
        ["db", "backup"],
        ["accounts"],
        ["accounts", "list"],
        ["account"],
        ["account", "show"],
    ],
    ids=lambda c: " ".join(c) or "agencia",
)
def test_help_for_every_command(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    status, out, err = run(capsys, *command, "--help")
    assert status == 0
    assert out.startswith("usage: agencia")
    assert "--db" in out
    assert err == ""


@pytest.mark.parametrize(
    "argv",
    [
        ["accounts", "list", "--status", "bogus"],
        ["accounts", "list", "--format", "xml"],
        ["accounts"],
        ["account", "show", "not-a-number"],
        ["account", "show"],
        ["db", "backup"],
        ["frobnicate"],
        ["demo", "--size", "medium"],
    ],
)
def test_wrong_usage_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    status, out, err = run(capsys, *argv, "--db", str(tmp_path / "x.sqlite3"))
    assert status == 2
    assert out == ""
    assert one_line(err).startswith("agencia")
    assert not (tmp_path / "x.sqlite3").exists()


def test_the_cli_module_loads_neither_qt_nor_sqlalchemy() -> None:
    """`agencia` alone should paint its window before the database layer is loaded."""
    code = (
        "import sys, agencia.cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_no_command_opens_the_gui(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str | None] = []
    fake = types.ModuleType("agencia.app")

    def run_gui(url: str | None = None) -> int:
        calls.append(url)
        return 0

    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "agencia.app", fake)
    assert run(capsys, "--db", "sqlite:///somewhere.sqlite3") == (0, "", "")
    assert run(capsys) == (0, "", "")
    assert calls == ["sqlite:///somewhere.sqlite3", None]


# --- demo ------------------------------------------------------------------------------


def test_demo_prints_one_summary_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = run(capsys, "demo", "--db", str(tmp_path / "d.sqlite3"), "--seed", "3")
    assert (status, err) == (0, "")
    assert len(out.strip().splitlines()) == 1
    assert "44 cuentas" in out and "demo" in out


def test_demo_refuses_a_database_with_data(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    status, out, err = run(capsys, "demo", "--db", demo_url)
    assert status == 1
    assert out == ""
    assert (
        one_line(err) == "La base de datos ya tiene datos; la demo solo se carga en una base vacía."
    )


def test_messages_follow_the_language(
    capsys: pytest.CaptureFixture[str], demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", "en")
    status, _, err = run(capsys, "demo", "--db", demo_url)
    assert status == 1
    assert one_line(err) == "The database already has data; the demo only fills an empty one."


# --- global options before or after the command -----------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "{url}", "accounts", "list", "--format", "json"],
        ["accounts", "--db", "{url}", "list", "--format", "json"],
        ["accounts", "list", "--db", "{url}", "--format", "json"],
        ["accounts", "list", "--format", "json", "--db={url}"],
        ["--user", "demo", "accounts", "list", "--db", "{url}", "--format", "json"],
        ["accounts", "list", "--user", "demo", "--format", "json", "--db", "{url}"],
    ],
)
def test_db_and_user_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], demo_url: str, argv: list[str]
) -> None:
    status, out, err = run(capsys, *(a.replace("{url}", demo_url) for a in argv))
    assert (status, err) == (0, "")
    assert len(json.loads(out)) >= 10


def test_the_later_db_wins(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, out, err = run(
        capsys, "--db", "/nonexistent/x.sqlite3", "accounts", "list", "--db", demo_url
    )
    assert (status, err) == (0, "")
    assert "Kola-Sierra" in out


# --- accounts list ---------------------------------------------------------------------


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


def test_search_with_only_punctuation_lists_everything(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    assert accounts(capsys, demo_url, "--search", "&-'\"*") == accounts(capsys, demo_url)


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


# --- account show ----------------------------------------------------------------------


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


def test_account_of_another_group_is_refused(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    other = next(r for r in accounts(capsys, demo_url, "--user", "rosav") if r["group_id"] != 1)
    status, out, err = run(capsys, "account", "show", str(other["id"]), "--db", demo_url)
    assert (status, out) == (1, "")
    assert one_line(err) == f"La cuenta {other['id']} no es de su grupo ni la tiene asignada."


# --- who acts --------------------------------------------------------------------------


def test_unknown_user(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, _, err = run(capsys, "accounts", "list", "--db", demo_url, "--user", "nadie")
    assert status == 1
    assert one_line(err) == "No existe el usuario «nadie»."


def test_a_database_without_users_needs_user(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    assert run(capsys, "db", "upgrade", "--db", url)[0] == 0
    status, _, err = run(capsys, "accounts", "list", "--db", url)
    assert status == 1
    assert "no tiene usuarios" in one_line(err)


def test_a_read_never_turns_an_empty_file_into_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "vacio.sqlite3"
    empty.write_bytes(b"")
    status, _, err = run(capsys, "accounts", "list", "--db", f"sqlite:///{empty}")
    assert status == 3
    assert one_line(err).startswith("No existe la base de datos")
    assert empty.read_bytes() == b""


@pytest.mark.parametrize("bad", ["abc", "0", "-3", "99999999999999999999"])
def test_an_id_out_of_range_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], demo_url: str, bad: str
) -> None:
    status, _, err = run(capsys, "account", "show", "--db", demo_url, "--", bad)
    assert status == 2
    assert "Traceback" not in err and "Error interno" not in err


def test_a_backup_needs_a_path(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, _, err = run(capsys, "db", "backup", "--db", demo_url, "")
    assert status == 1
    assert one_line(err) == "Indique el archivo donde guardar la copia."


# --- read-only commands leave the file alone -------------------------------------------


def test_read_only_commands_do_not_change_the_file(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    path = Path(demo_url.removeprefix("sqlite:///"))
    before = sha256(path)
    for argv in (
        ["accounts", "list"],
        ["accounts", "list", "--format", "json", "--search", "garcia"],
        ["account", "show", "1"],
        ["account", "show", "1", "--format", "json"],
        ["db", "current"],
        ["account", "show", "424242"],
    ):
        run(capsys, *argv, "--db", demo_url)
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["demo.sqlite3"]


def test_a_missing_file_is_not_created_by_a_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.sqlite3"
    for argv in (["accounts", "list"], ["account", "show", "1"], ["db", "current"]):
        status, out, err = run(capsys, *argv, "--db", str(missing))
        assert (status, out) == (3, "")
        assert one_line(err) == f"No existe la base de datos: {missing}"
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_database_is_refused_untouched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Querido diario: hoy he presentado la campa\xc3\xb1a.\n" * 40)
    before = sha256(path)
    for argv in (
        ["accounts", "list"],
        ["account", "show", "1"],
        ["demo"],
        ["db", "upgrade"],
        ["db", "current"],
        ["db", "backup", str(tmp_path / "copy.sqlite3")],
    ):
        status, out, err = run(capsys, *argv, "--db", str(path))
        assert (status, out) == (3, ""), argv
        assert one_line(err) == f"El archivo no es una base de datos de Agencia: {path}"
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_bad_url_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "accounts", "list", "--db", "mysql://someone@server/agencia")
    assert status == 3
    assert one_line(err).startswith("Dirección de base de datos no válida")


def test_an_unexpected_error_is_one_line(
    capsys: pytest.CaptureFixture[str], demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something odd\nwith a second line")

    monkeypatch.setattr("agencia.services.accounts.list_accounts", broken)
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url)
    assert (status, out) == (1, "")
    assert one_line(err) == "Error interno: RuntimeError: something odd"


# --- db --------------------------------------------------------------------------------


def test_db_upgrade_and_current(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from agencia.db import migrate

    head = migrate.head()
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert run(capsys, "db", "upgrade", "--db", url) == (0, f"(sin esquema) → {head}\n", "")
    assert run(capsys, "db", "upgrade", "--db", url) == (0, f"{head} → {head}\n", "")
    assert run(capsys, "db", "current", "--db", url) == (0, f"{head} (head)\n", "")


def test_db_backup(capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path) -> None:
    target = tmp_path / "copies" / "backup.sqlite3"
    target.parent.mkdir()
    status, out, err = run(capsys, "db", "backup", str(target), "--db", demo_url)
    assert (status, err) == (0, "")
    assert str(target) in out
    # the copy opens, and holds the same accounts
    assert accounts(capsys, f"sqlite:///{target}") == accounts(capsys, demo_url)
    copy = open_database(f"sqlite:///{target}")
    copy.close()


def test_db_backup_refuses_an_existing_file(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("do not overwrite")
    status, out, err = run(capsys, "db", "backup", str(target), "--db", demo_url)
    assert (status, out) == (1, "")
    assert one_line(err) == f"Ya existe el archivo {target}."
    assert target.read_text() == "do not overwrite"


def test_db_backup_to_an_unwritable_place(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "no" / "such" / "folder" / "backup.sqlite3"
    status, _, err = run(capsys, "db", "backup", str(target), "--db", demo_url)
    assert status == 1
    assert one_line(err).startswith(f"No se puede escribir {target}")
    assert not target.exists()


# --- PostgreSQL ------------------------------------------------------------------------


def test_postgresql_needs_user_and_password(
    capsys: pytest.CaptureFixture[str], pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh migrated PostgreSQL database (the `db` fixture's source), filled in process."""
    db = open_database(pg_url)
    try:
        fill_demo(db)
    finally:
        db.close()
    url = pg_url
    monkeypatch.setattr(sys, "stdin", io.StringIO("demo\n"))
    status, out, err = run(
        capsys, "accounts", "list", "--db", url, "--user", "demo", "--format", "json"
    )
    assert (status, err) == (0, "")
    rows = json.loads(out)
    assert len(rows) >= 10 and set(rows[0]) >= REQUIRED_KEYS
    assert [r["name"] for r in rows] == sorted((r["name"] for r in rows), key=sort_key)

    monkeypatch.setattr(sys, "stdin", io.StringIO("garcia\n"))
    status, out, err = run(capsys, "accounts", "list", "--db", url, "--user", "demo")
    assert status == 1
    assert one_line(err) == "Usuario o contraseña incorrectos."
    assert "garcia" not in out + err

    status, _, err = run(capsys, "accounts", "list", "--db", url)
    assert status == 1
    assert one_line(err) == "En un servidor PostgreSQL indique el usuario con --user."

    status, _, err = run(capsys, "db", "backup", "x.sqlite3", "--db", url)
    assert status == 1
    assert "pg_dump" in one_line(err)

    assert run(capsys, "db", "current", "--db", url)[1].endswith("(head)\n")

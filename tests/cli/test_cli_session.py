"""Which database a command opens and who it acts as: a read never creates or changes a
file, a refused one exits 3 untouched; --user, the default user on SQLite, and the
password on PostgreSQL."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from cli_support import REQUIRED_KEYS, one_line, run, sha256

from agencia.db.database import open_database
from agencia.demo.fill import fill_demo
from agencia.domain.text import sort_key

# --- who acts ------------------------------------------------------------------------


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


# --- opening the database: a read leaves the file alone ------------------------------


def test_a_read_never_turns_an_empty_file_into_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "vacio.sqlite3"
    empty.write_bytes(b"")
    status, _, err = run(capsys, "accounts", "list", "--db", f"sqlite:///{empty}")
    assert status == 3
    assert one_line(err).startswith("No existe la base de datos")
    assert empty.read_bytes() == b""


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
        ["campaigns", "list"],
        ["campaigns", "list", "--format", "csv", "--mine"],
        ["campaign", "show", "1", "--format", "json"],
    ):
        run(capsys, *argv, "--db", demo_url)
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["demo.sqlite3"]


def test_a_missing_file_is_not_created_by_a_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.sqlite3"
    for argv in (
        ["accounts", "list"],
        ["account", "show", "1"],
        ["db", "current"],
        ["campaigns", "list"],
        ["campaign", "show", "1"],
    ):
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
        ["campaigns", "list", "--format", "json"],
        ["campaign", "show", "1"],
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


# --- PostgreSQL ----------------------------------------------------------------------


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

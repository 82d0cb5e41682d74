"""A PostgreSQL export restored into SQLite has no passwords (the server's roles held
them): `agencia restore` says so and gives the command that sets the administrator's,
and that command works (explore7 L3)."""

from __future__ import annotations

import io
import shlex
import sys
from pathlib import Path

import pytest
from cli_support import run
from factories import set_up
from server_world import build

from agencia.db.database import open_database
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import DomainError
from agencia.services import auth
from agencia.services.data.export_all import export_all

NEW = "una frase nueva para la jefa 2026"


def test_a_server_export_restored_into_sqlite_says_how_to_get_in(
    capsys: pytest.CaptureFixture[str],
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _found, owner = build(pg_url)  # set up for server roles, as `db init` does
    try:
        export_all(owner, SYSTEM, tmp_path / "exp")
    finally:
        owner.close()
    target = str(tmp_path / "rest.sqlite3")
    status, out, err = run(capsys, "restore", str(tmp_path / "exp"), "--db", target)
    assert (status, err) == (0, ""), err
    assert out.startswith("Restauradas ")
    assert "Nadie puede entrar todavía" in out, out
    command = out.split("«")[-1].split("»")[0]
    argv = shlex.split(command)
    assert argv[0] == "agencia" and "reset-password" in argv and "admin" in argv
    monkeypatch.setattr(sys, "stdin", io.StringIO(NEW + "\n"))
    status, _out, err = run(capsys, *argv[1:])
    assert (status, err) == (0, ""), err
    restored = open_database(f"sqlite:///{target}")
    try:
        # the password is right; the window then asks for a new one of their own
        with pytest.raises(DomainError) as asked:
            auth.sign_in(restored, "admin", NEW)
        assert asked.value.code == "auth.password_change_required"
    finally:
        restored.close()


def test_a_sqlite_export_keeps_its_passwords_and_says_nothing_of_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = open_database(f"sqlite:///{tmp_path / 'src.sqlite3'}")
    try:
        set_up(source)
        export_all(source, SYSTEM, tmp_path / "exp")
    finally:
        source.close()
    status, out, err = run(
        capsys, "restore", str(tmp_path / "exp"), "--db", str(tmp_path / "rest.sqlite3")
    )
    assert (status, err) == (0, "") and "Nadie puede entrar" not in out

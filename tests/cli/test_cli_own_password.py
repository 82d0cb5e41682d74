"""`agencia user password`: a wrong current password is said first; a new one the rules
refuse names its field as the window does, «Contraseña nueva», never «new_password»."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from cli_support import one_line, run

ADMIN_PW = "frase-larga-de-la-casa"
TOMAS_PW = "tres-tristes-tigres"


def _ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    status, out, err = run(capsys, *argv)
    assert (status, err) == (0, ""), argv
    return out


def test_the_own_password_change_says_what_is_wrong_in_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ("--db", f"sqlite:///{tmp_path / 'f.db'}")
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PW + "\n"))
    _ok(capsys, "db", "init", "--admin", "admin", "--agency", "Nueva", *db)
    monkeypatch.setenv("AGENCIA_PASSWORD", ADMIN_PW)
    admin = (*db, "--user", "admin")
    out = _ok(capsys, "staff", "add", "Tomás Gil", "--role", "account_executive", *admin,
              "--format", "json")  # fmt: skip
    monkeypatch.setattr(sys, "stdin", io.StringIO(TOMAS_PW + "\n"))
    _ok(capsys, "user", "add", "tomas", "--staff", str(json.loads(out)["id"]), *admin)
    monkeypatch.delenv("AGENCIA_PASSWORD")

    monkeypatch.setattr(sys, "stdin", io.StringIO("old\nnewtomas-xxxx1\nnewtomas-xxxx1\n"))
    status, _, err = run(capsys, "user", "password", "--user", "tomas", *db)
    assert (status, one_line(err)) == (1, "Usuario o contraseña incorrectos.")

    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{TOMAS_PW}\nnewtomas-xxxx1\n"))
    status, _, err = run(capsys, "user", "password", "--user", "tomas", *db)
    assert (status, one_line(err)) == (
        1,
        "Revise los campos: Contraseña nueva: La contraseña no puede contener el nombre de "
        "usuario.",
    )

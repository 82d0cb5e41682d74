"""`agencia db init` on a server database with no schema: a refused password (or a login
the server already has) is refused before the migrations run (about 30 s), leaving the
database as it was, with no schema — the README's «all or nothing» (tester round,
restore 5)."""

from __future__ import annotations

import io
import sys

import pytest

from agencia import cli
from agencia.db.database import current_revision


@pytest.mark.parametrize(("login", "password"), [("zoe", "short"), ("postgres", "x" * 30)])
def test_a_refused_init_leaves_no_schema(
    pg_blank_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    login: str,
    password: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    status = cli.main(["db", "init", "--admin", login, "--db", pg_blank_url])
    _out, err = capsys.readouterr()
    assert status == 1, err
    assert "Traceback" not in err
    assert current_revision(pg_blank_url) is None

"""`agencia db init` checks what it is given before it writes anything (tester round,
restore 5): a refused administrator's password came after the migrations, and left a
migrated schema behind on PostgreSQL (tests/server/test_db_init_refused_before_schema.py)
and a new, empty SQLite file here — «all or nothing» it was not."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from cli_support import one_line, run


@pytest.mark.parametrize(
    ("argv", "password"),
    [
        ((), "short"),  # the tester's: a password the rule refuses
        (("--locale", "no locale"), "frase-larga-de-la-casa"),
        (("--agency", "  "), "frase-larga-de-la-casa"),
    ],
)
def test_a_refused_init_creates_no_file(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: tuple[str, ...],
    password: str,
) -> None:
    target = tmp_path / "nueva.sqlite3"
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    status, _out, err = run(
        capsys, "db", "init", "--admin", "zoe", *argv, "--db", f"sqlite:///{target}"
    )
    assert status == 1
    one_line(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == []

"""`agencia demo`: the demo agency in an empty database, one summary line; a database
with data is refused (exit 1) in the user's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_support import one_line, run


def test_demo_prints_one_summary_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = run(capsys, "demo", "--db", str(tmp_path / "d.sqlite3"), "--seed", "3")
    assert (status, err) == (0, "")
    assert len(out.strip().splitlines()) == 1
    assert "44 cuentas" in out and "demo" in out
    # `demo --help` promises the numbers the small demo really has
    made = re.search(r"(\d+) grupos, (\d+) personas, (\d+) cuentas", out)
    assert made is not None, out
    status, shown, _ = run(capsys, "demo", "--help")
    said = " ".join(shown.split())
    assert status == 0
    groups, people, accounts = made.groups()
    assert f"small: {groups} grupos, {people} personas, {accounts} cuentas" in said


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

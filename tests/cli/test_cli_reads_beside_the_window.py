"""The command line's other reads beside the open window: coordination, service,
communications, satisfaction, people, data exports and the rest open a SQLite file whose
writer's lock another holder keeps (as the window does) and answer; a write beside it is
still refused as the second writer it would be (exit 3)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import run

from agencia.db.database import Database, open_database

# each: the command's words; its output lands in OUT when it writes a file
READS = [
    ["tasks", "list", "--format", "json"],
    ["vendors", "list", "--format", "json"],
    ["vendor", "show", "1"],
    ["calendar", "export", "--staff", "1", "--out", "OUT"],
    ["requests", "list", "--format", "json"],
    ["request", "show", "1"],
    ["report", "sla", "--format", "csv", "--out", "OUT"],
    ["routing", "list"],
    ["communications", "list", "--format", "json"],
    ["surveys", "list"],
    ["surveys", "show", "1"],
    ["improvements", "list"],
    ["satisfaction", "health", "--format", "json"],
    ["satisfaction", "health", "--history", "--format", "json"],
    ["staff", "list", "--format", "json"],
    ["staff", "show", "1"],
    ["groups", "list"],
    ["meetings", "list", "--format", "json"],
    ["rates", "list", "--format", "json"],
    ["imports", "list", "--format", "json"],
    ["vcards", "1", "--out", "OUT"],
    ["export", "--user", "rosav", "--out", "OUT"],  # the whole database, an administrator's
]


@pytest.fixture
def window(demo_url: str) -> Iterator[Database]:
    """The writer's lock held as the open window holds it."""
    holder = open_database(demo_url)
    try:
        yield holder
    finally:
        holder.close()


@pytest.mark.parametrize("words", READS, ids=" ".join)
def test_a_read_answers_beside_the_window(
    words: list[str],
    window: Database,
    demo_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "written"
    argv = [str(out) if w == "OUT" else w for w in words]
    status, printed, err = run(capsys, *argv, "--db", demo_url)
    assert status == 0, err
    assert "Otro programa" not in err
    if "OUT" in words:
        assert out.exists()
    elif "json" in words:
        assert isinstance(json.loads(printed), list | dict)
    else:
        assert printed.strip()


def test_a_write_beside_the_window_is_still_refused(
    window: Database, demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _out, err = run(capsys, "vendor", "add", "--name", "Imprenta Sol", "--db", demo_url)
    assert status == 3, err
    assert "Otro programa" in err and "Traceback" not in err

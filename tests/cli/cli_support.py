"""What the command-line tests share: run `agencia` in process, read its one-line errors,
list accounts and campaigns as JSON."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from agencia import cli
from agencia.domain.text import sort_key

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


def accounts(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> list[dict[str, Any]]:
    status, out, err = run(capsys, "accounts", "list", "--db", url, "--format", "json", *extra)
    assert (status, err) == (0, "")
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def campaigns(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> list[dict[str, Any]]:
    status, out, err = run(capsys, "campaigns", "list", "--db", url, "--format", "json", *extra)
    assert (status, err) == (0, "")
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def by_deadline_then_name(rows: list[dict[str, Any]]) -> bool:
    keys = [
        (r["deadline"] is None, r["deadline"] or "", sort_key(r["name"]), r["id"]) for r in rows
    ]
    return keys == sorted(keys)

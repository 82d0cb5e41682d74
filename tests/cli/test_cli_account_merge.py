"""`agencia accounts merge KEEP DUPLICATE [--dry-run]`: the plan first, then the merge, as
an administrator only, on the demo agency."""

from __future__ import annotations

import json

import pytest
from cli_support import accounts, one_line, run

from agencia.cli.errors import EXIT_OK


def _two(capsys: pytest.CaptureFixture[str], url: str) -> tuple[dict, dict]:  # type: ignore[type-arg]
    rows = accounts(capsys, url, "--user", "rosav")
    by_contacts = sorted(rows, key=lambda r: r["id"])
    return by_contacts[0], by_contacts[1]


def test_dry_run_prints_the_plan_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    keep, dup = _two(capsys, demo_url)
    argv = ("accounts", "merge", str(keep["id"]), str(dup["id"]), "--db", demo_url)
    status, out, err = run(capsys, *argv, "--user", "rosav", "--dry-run")
    assert (status, err) == (EXIT_OK, "")
    assert dup["name"] in out and keep["name"] in out
    assert "Contactos del cliente:" in out and "Prueba" in out
    status, out, err = run(capsys, *argv, "--user", "rosav", "--dry-run", "--format", "json")
    plan = json.loads(out)
    assert plan["dry_run"] is True and plan["moves"]["contacts"] >= 1
    assert dup["id"] in [r["id"] for r in accounts(capsys, demo_url, "--user", "rosav")]

    status, out, err = run(capsys, *argv, "--user", "rosav", "--format", "json")
    assert (status, err) == (EXIT_OK, "")
    assert json.loads(out)["moves"] == plan["moves"]
    after = accounts(capsys, demo_url, "--user", "rosav")
    assert dup["id"] not in [r["id"] for r in after]
    status, _out, err = run(capsys, "account", "show", str(dup["id"]), "--db", demo_url)
    assert status == 1 and str(dup["id"]) in one_line(err)


def test_only_an_administrator_merges_from_the_command_line(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    keep, dup = _two(capsys, demo_url)
    status, out, err = run(
        capsys, "accounts", "merge", str(keep["id"]), str(dup["id"]), "--db", demo_url
    )  # the demo director
    assert status == 1 and out == ""
    assert "fusionar cuentas duplicadas" in one_line(err)
    status, _out, err = run(
        capsys, "accounts", "merge", str(keep["id"]), str(keep["id"]), "--db", demo_url,
        "--user", "rosav",
    )  # fmt: skip
    assert status == 1 and "consigo misma" in one_line(err)

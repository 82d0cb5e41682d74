"""The `agencia` program as a whole: help, version, usage errors (exit 2), the options
every command takes, no sub-command opens the window, and the one table of exit
statuses: 0 done; 1 the operation failed; 2 wrong usage; 3 the database was refused;
one line on stderr, never a traceback."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest
from cli_support import one_line, run

from agencia import __version__
from agencia.areas import cli_modules, resolve
from agencia.cli import errors, parser
from agencia.domain import messages
from agencia.domain.errors import (
    DatabaseRefused,
    DomainError,
    NotFound,
    PermissionDenied,
    ValidationError,
)

# --- usage ---------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert status == 0
    assert out.strip() == f"agencia {__version__}"


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["demo"],
        ["db"],
        ["db", "upgrade"],
        ["db", "current"],
        ["db", "backup"],
        ["accounts"],
        ["accounts", "list"],
        ["account"],
        ["account", "show"],
        ["campaigns"],
        ["campaigns", "list"],
        ["campaign"],
        ["campaign", "show"],
    ],
    ids=lambda c: " ".join(c) or "agencia",
)
def test_help_for_every_command(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    status, out, err = run(capsys, *command, "--help")
    assert status == 0
    assert out.startswith("uso: agencia")  # argparse's words in Spanish (AGENCIA_LANG=es)
    assert "--db" in out
    assert err == ""


@pytest.mark.parametrize(
    "argv",
    [
        ["accounts", "list", "--status", "bogus"],
        ["accounts", "list", "--format", "xml"],
        ["accounts"],
        ["account", "show", "not-a-number"],
        ["account", "show"],
        ["db", "backup"],
        ["frobnicate"],
        ["demo", "--size", "medium"],
        ["campaigns"],
        ["campaigns", "list", "--status", "bogus"],
        ["campaigns", "list", "--format", "text"],
        ["campaigns", "list", "--account", "kola"],
        ["campaign", "show"],
        ["campaign", "show", "C2026-0001"],
        ["campaign", "show", "1", "--format", "csv"],
    ],
)
def test_wrong_usage_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    status, out, err = run(capsys, *argv, "--db", str(tmp_path / "x.sqlite3"))
    assert status == 2
    assert out == ""
    assert one_line(err).startswith("agencia")
    assert not (tmp_path / "x.sqlite3").exists()


@pytest.mark.parametrize("bad", ["abc", "0", "-3", "99999999999999999999"])
def test_an_id_out_of_range_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], demo_url: str, bad: str
) -> None:
    status, _, err = run(capsys, "account", "show", "--db", demo_url, "--", bad)
    assert status == 2
    assert "Traceback" not in err and "Error interno" not in err


def test_the_cli_module_loads_neither_qt_nor_sqlalchemy() -> None:
    """`agencia` alone should paint its window before the database layer is loaded."""
    code = (
        "import sys, agencia.cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_no_command_opens_the_gui(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str | None] = []
    fake = types.ModuleType("agencia.app")

    def run_gui(url: str | None = None, on_ready: object = None) -> int:
        calls.append(url)
        return 0

    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "agencia.app", fake)
    assert run(capsys, "--db", "sqlite:///somewhere.sqlite3") == (0, "", "")
    assert run(capsys) == (0, "", "")
    assert calls == ["sqlite:///somewhere.sqlite3", None]


# --- global options before or after the command --------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "{url}", "accounts", "list", "--format", "json"],
        ["accounts", "--db", "{url}", "list", "--format", "json"],
        ["accounts", "list", "--db", "{url}", "--format", "json"],
        ["accounts", "list", "--format", "json", "--db={url}"],
        ["--user", "demo", "accounts", "list", "--db", "{url}", "--format", "json"],
        ["accounts", "list", "--user", "demo", "--format", "json", "--db", "{url}"],
    ],
)
def test_db_and_user_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], demo_url: str, argv: list[str]
) -> None:
    status, out, err = run(capsys, *(a.replace("{url}", demo_url) for a in argv))
    assert (status, err) == (0, "")
    assert len(json.loads(out)) >= 10


def test_the_later_db_wins(capsys: pytest.CaptureFixture[str], demo_url: str) -> None:
    status, out, err = run(
        capsys, "--db", "/nonexistent/x.sqlite3", "accounts", "list", "--db", demo_url
    )
    assert (status, err) == (0, "")
    assert "Kola-Sierra" in out


# --- errors: one line and an exit status ---------------------------------------------


def test_an_unexpected_error_is_one_line(
    capsys: pytest.CaptureFixture[str], demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something odd\nwith a second line")

    monkeypatch.setattr("agencia.services.accounts.queries.list_accounts", broken)
    status, out, err = run(capsys, "accounts", "list", "--db", demo_url)
    assert (status, out) == (1, "")
    assert one_line(err) == "Error interno: RuntimeError: something odd"


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (DatabaseRefused("db.not_found", path="x.sqlite3"), 3),
        (DomainError("user.required"), 1),
        (NotFound("account.not_found", id=7), 1),
        (PermissionDenied("account.not_yours", id=7), 1),
        (ValidationError({"name": ("field.required", {})}), 1),
        (RuntimeError("odd"), 1),
        (MemoryError(), 1),
        (KeyboardInterrupt(), 130),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, BaseException) else str(v),
)
def test_the_one_table_of_exit_statuses(error: BaseException, status: int) -> None:
    """The command line and the window's start-up (agencia.app) both ask this table."""
    assert errors.exit_status(error) == status
    assert (errors.EXIT_OK, errors.EXIT_FAILED, errors.EXIT_USAGE, errors.EXIT_REFUSED) == (
        0,
        1,
        2,
        3,
    )


def test_the_message_for_an_error_is_one_line_in_the_users_language() -> None:
    messages.set_language("es")
    assert errors.error_message(DomainError("user.required")) == str(DomainError("user.required"))
    assert errors.error_message(KeyboardInterrupt()) == "Interrumpido."
    assert (
        errors.error_message(RuntimeError("first\nsecond")) == "Error interno: RuntimeError: first"
    )
    assert errors.error_message(MemoryError()) == "Error interno: MemoryError"
    messages.set_language("en")
    assert errors.error_message(OSError("disk full")) == "Internal error: OSError: disk full"


# --- the parser asks every area ----------------------------------------------------------


def test_the_commands_come_from_the_house_and_the_list_of_areas() -> None:
    commands = next(
        a for a in parser.build_parser()._actions if isinstance(a, argparse._SubParsersAction)
    )
    names = list(commands.choices)
    assert names[:2] == ["demo", "db"]
    added: list[str] = []
    for module in cli_modules():
        probe = argparse.ArgumentParser().add_subparsers()
        resolve(module).register(probe, parser.common_options())
        added += [name for name in probe.choices if name not in added]  # shared nouns once
    assert names[2:] == added
    assert {"accounts", "account", "campaigns", "campaign", "deck"} <= set(added)

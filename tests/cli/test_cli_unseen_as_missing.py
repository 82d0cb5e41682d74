"""Every command that takes an account's or a campaign's ID answers a trainee alike for
one that does not exist and one of another group's account: «No existe…», exit 1 — so
that nobody learns from the command line which IDs exist (as `account show` does). A
tester found lists that answered «No hay…» (exit 0) and refusals that said the account
or campaign was not theirs. Each case failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import accounts, campaigns, run

TRAINEE = "pabloh"  # Becario de Cuentas, Gran Consumo: sees only the accounts he is on
MISSING = "999999"


def _unseen(capsys: pytest.CaptureFixture[str], url: str) -> tuple[str, str]:
    """Another group's account and one of its campaigns (the administrator sees them)."""
    seen = {r["id"] for r in accounts(capsys, url, "--user", TRAINEE)}
    every = campaigns(capsys, url, "--user", "rosav")
    campaign = next(r for r in every if r["account_id"] not in seen)
    return str(campaign["account_id"]), str(campaign["id"])


ACCOUNT_COMMANDS = [
    ("requests", "list", "--account", "{id}"),
    ("communications", "list", "--account", "{id}"),
    ("vcards", "{id}", "--out", "{out}"),
    ("campaigns", "list", "--account", "{id}"),
    ("improvements", "list", "--account", "{id}"),
    ("report", "sla", "--account", "{id}", "--format", "csv", "--out", "{out}"),
    ("report", "satisfaction", "--account", "{id}", "--format", "csv", "--out", "{out}"),
    ("accounts", "health", "--account", "{id}"),
    ("accounts", "health", "--history", "--account", "{id}"),
    ("request", "add", "--account", "{id}", "Asunto"),
    ("campaign", "add", "--account", "{id}", "--name", "Campaña"),
    ("team", "add", "{id}", "9"),
    ("team", "remove", "{id}", "9"),
    ("team", "lead", "{id}", "9"),
    ("deck", "agency", "--for", "{id}", "--out", "{out}"),
]
CAMPAIGN_COMMANDS = [
    ("tasks", "list", "--campaign", "{id}"),
    ("meetings", "list", "--campaign", "{id}"),
    ("calendar", "export", "--campaign", "{id}", "--out", "{out}"),
    ("campaign", "show", "{id}"),
    (
        "task",
        "add",
        "--campaign",
        "{id}",
        "--title",
        "T",
        "--start",
        "2026-01-05",
        "--due",
        "2026-01-09",
    ),
    ("deck", "campaign", "{id}", "--out", "{out}"),
    ("deck", "brief", "{id}", "--out", "{out}"),
]


def _ask(
    capsys: pytest.CaptureFixture[str], url: str, out: Path, words: tuple[str, ...], id_: str
) -> tuple[int, str, str]:
    argv = [w.format(id=id_, out=out) for w in words]
    return run(capsys, *argv, "--db", url, "--user", TRAINEE)


@pytest.mark.parametrize("words", ACCOUNT_COMMANDS, ids=" ".join)
def test_an_unseen_account_reads_as_a_missing_one(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path, words: tuple[str, ...]
) -> None:
    account, _ = _unseen(capsys, demo_url)
    out = tmp_path / "out.file"
    missing = _ask(capsys, demo_url, out, words, MISSING)
    unseen = _ask(capsys, demo_url, out, words, account)
    assert missing == (1, "", f"No existe la cuenta {MISSING}.\n")
    assert unseen == (1, "", f"No existe la cuenta {account}.\n")
    assert not out.exists()


@pytest.mark.parametrize("words", CAMPAIGN_COMMANDS, ids=" ".join)
def test_a_campaign_of_an_unseen_account_reads_as_a_missing_one(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path, words: tuple[str, ...]
) -> None:
    _, campaign = _unseen(capsys, demo_url)
    out = tmp_path / "out.file"
    missing = _ask(capsys, demo_url, out, words, MISSING)
    unseen = _ask(capsys, demo_url, out, words, campaign)
    assert missing == (1, "", f"No existe la campaña {MISSING}.\n")
    assert unseen == (1, "", f"No existe la campaña {campaign}.\n")
    assert not out.exists()


def test_what_the_person_sees_but_may_not_change_keeps_its_reason(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    """A trainee's own account: the refusal names the role, not a missing account."""
    own = str(accounts(capsys, demo_url, "--user", TRAINEE)[0]["id"])
    status, out, err = run(capsys, "team", "add", own, "9", "--db", demo_url, "--user", TRAINEE)
    assert (status, out) == (1, "")
    assert err.startswith("Su rol (") and "No existe" not in err, err

"""`campaign add --budget 0.001` was kept as 0.00: refused now, with the reason."""

from __future__ import annotations

import pytest
from cli_support import accounts, one_line, run


def test_campaign_add_refuses_a_budget_of_a_tenth_of_a_cent(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    user = ("--db", demo_url, "--user", "alvarog")
    account = accounts(capsys, demo_url, "--user", "alvarog")[0]["id"]
    argv = ("campaign", "add", "--account", str(account), "--name", "Prueba")
    code, out, err = run(capsys, *argv, "--budget", "0.001", *user)
    assert (code, out) == (1, "")
    assert "lleva como máximo 2 decimales: 0.001 tiene más" in one_line(err)

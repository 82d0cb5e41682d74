"""The command line's amounts follow the language it speaks (AGENCIA_LANG) in the agency's
region: an English `campaign show` in a Spanish agency says «€48,500.50», never
«48.500,50 €»; the Spanish one keeps Spain's; the currency is the campaign's."""

from __future__ import annotations

import pytest
from cli_seed import Seeded
from cli_support import run

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("lang", "amount", "spanish_amount"),
    [("en", "€48,500.50", f"48.500,50{NBSP}€"), ("es", f"48.500,50{NBSP}€", "€48,500.50")],
)
def test_campaign_show_and_list_write_money_in_the_output_language(
    capsys: pytest.CaptureFixture[str],
    campaigns_url: str,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    amount: str,
    spanish_amount: str,
) -> None:
    monkeypatch.setenv("AGENCIA_LANG", lang)
    status, out, err = run(capsys, "campaign", "show", str(seeded.summer), "--db", campaigns_url)
    assert (status, err) == (0, "")
    assert amount in out and spanish_amount not in out
    status, out, err = run(capsys, "campaigns", "list", "--db", campaigns_url)
    assert (status, err) == (0, "")
    assert amount in out and spanish_amount not in out

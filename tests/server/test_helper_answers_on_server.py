"""security7 F11: the owner's helper functions that tell a campaign's budget level
(`agencia_level`) and who is on which account's team (`agencia_reach`) are asked only
by the owner's rules (SECURITY DEFINER triggers): a person's session may not call them
(the rules that ask them still decide: test_campaign_life_on_server, moves as people).
`agencia_account_of_T` stays callable: the policies call it as the person
(docs/ARCHITECTURE.md says what it still tells)."""

from __future__ import annotations

import psycopg
import pytest
from server_world import ServerAgency


@pytest.mark.parametrize("question", ["SELECT agencia_level(%s)", "SELECT agencia_reach(%s, %s)"])
def test_budget_levels_and_teams_are_the_owners_rules_to_ask(
    server_agency: ServerAgency, question: str
) -> None:
    coca = server_agency.campaigns["coca"]
    staff, accounts = server_agency.agency.staff, server_agency.agency.accounts
    args = [coca] if question.count("%s") == 1 else [staff["alvaro"], accounts["coca"]]
    with (
        server_agency.connect("raul") as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(question, args)

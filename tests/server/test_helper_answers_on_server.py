"""security7 F11: the owner's helper functions that tell a campaign's budget level
(`agencia_level`) and who is on which account's team (`agencia_reach`) are asked only
by the owner's rules (SECURITY DEFINER triggers): a person's session may not call them
(the rules that ask them still decide: test_campaign_life_on_server, moves as people).
Whose a row is was told by the owner's `agencia_account_of_T(id)` / `agencia_campaign_of_T(id)`
to anyone who asked, of any row; the policies now read a row's parents as the person."""

from __future__ import annotations

import psycopg
import pytest
from server_world import ServerAgency
from sqlalchemy import text


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


@pytest.mark.parametrize("table", ["campaigns", "approvals", "campaign_status_changes"])
def test_whose_a_row_is_is_not_told_outside_ones_reach(
    server_agency: ServerAgency, table: str
) -> None:
    """A trainee of Coca-Cola's team, at a psql prompt, asks whose each row of Banco
    Andino's campaign (another group's) is, by its id: no function answers, nor says the
    row exists (before: `SELECT agencia_account_of_campaigns(id)` gave Andino's id)."""
    andino = server_agency.campaigns["andino"]
    column = "id" if table == "campaigns" else "campaign_id"
    with server_agency.owner.reader.connect() as owner:
        ids = list(
            owner.execute(
                text(f"SELECT id FROM {table} WHERE {column} = :c"), {"c": andino}
            ).scalars()
        )
    assert ids  # the world has such rows
    with server_agency.connect("pablo") as conn:
        for helper in (f"agencia_account_of_{table}", f"agencia_campaign_of_{table}"):
            if conn.execute("SELECT to_regproc(%s)", [helper]).fetchone() == (None,):
                continue  # no such question at all
            answers = [conn.execute(f"SELECT {helper}(%s)", [i]).fetchone() for i in ids]
            assert answers == [(None,)] * len(ids), helper
        seen = conn.execute(f"SELECT count(*) FROM {table} WHERE id = ANY(%s)", [ids])
        assert seen.fetchone() == (0,)

"""The names of what an account's history points at (`services/accounts/history_names`),
on SQLite and PostgreSQL: a new lead executive, group and parent company by their names
(the page said «#12» for them once the page no longer named them: an old lead, a former
parent); another account only if the person may see it; an account the person may not
see refused as its page is."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import small_agency

from agencia.db.database import Database
from agencia.domain.errors import DomainError
from agencia.services.accounts.account_edit import input_from_detail, update_account
from agencia.services.accounts.history_names import history_names
from agencia.services.accounts.queries import get_account


def test_a_changed_lead_group_and_parent_are_named(db: Database) -> None:
    agency = small_agency(db)
    admin, coca, andino = agency.admin, agency.accounts["coca"], agency.accounts["andino"]
    lucia = agency.actor("lucia")  # Gran Consumo's director: she reassigns its accounts
    detail = get_account(db, lucia, coca)
    moved = replace(input_from_detail(detail), lead_executive_id=agency.staff["laura"])
    update_account(db, lucia, coca, moved, detail.version)
    detail = get_account(db, admin, coca)
    parent = replace(input_from_detail(detail), parent_id=andino)  # Álvaro does not see it
    update_account(db, admin, coca, parent, detail.version)
    names = history_names(db, admin, coca)
    assert names["lead_executive_id"][agency.staff["laura"]] == "Laura Velázquez Gil"
    assert names["lead_executive_id"][agency.staff["alvaro"]] == "Álvaro García Rubio"
    assert names["parent_id"][andino] == "Banco Andino"
    seen_by_alvaro = history_names(db, agency.actor("alvaro"), coca)
    assert andino not in seen_by_alvaro.get("parent_id", {})  # not his to learn of
    assert seen_by_alvaro["lead_executive_id"][agency.staff["laura"]] == "Laura Velázquez Gil"


def test_an_unseen_accounts_history_is_not_named(db: Database) -> None:
    agency = small_agency(db)
    with pytest.raises(DomainError):
        history_names(db, agency.actor("pablo"), agency.accounts["andino"])

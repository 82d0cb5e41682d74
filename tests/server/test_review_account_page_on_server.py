"""Review: the account page (`account_page.load_detail`, which decides sight from the
team rows it reads) and search-as-you-type (`within.account_ids_within`, which scans
texts read once) on the shared server, each person through their own role: the page
opens for exactly the accounts the shared rule lists for them, names only related
accounts they may see, and a person taken off a team loses the page at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from server_world import PEOPLE, ServerAgency, build
from sqlalchemy import select, update

from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import NotFound, PermissionDenied
from agencia.domain.models import Account
from agencia.services.accounts import queries as svc
from agencia.services.accounts.account_query import AccountQuery
from agencia.services.accounts.within import account_ids_within
from agencia.services.people.teams import remove_member


@pytest.fixture
def world(pg_url: str) -> Iterator[ServerAgency]:
    found, owner = build(pg_url)
    try:
        yield found
    finally:
        owner.close()


def test_each_person_opens_exactly_the_pages_the_rule_lists(world: ServerAgency) -> None:
    a, owner = world.agency.accounts, world.owner
    # Banco Andino (Servicios) made a subsidiary of Coca-Cola with its tax ID: the
    # Gran Consumo people who see Coca-Cola must not be told of it
    with unit_of_work(owner, SYSTEM) as uow:
        coca_tax = uow.session.scalar(select(Account.tax_id).where(Account.id == a["coca"]))
        uow.session.execute(
            update(Account)
            .where(Account.id == a["andino"])
            .values(parent_id=a["coca"], tax_id=coca_tax)
        )
    with unit_of_work(owner, SYSTEM, write=False) as uow:
        every = list(uow.session.scalars(select(Account.id)))
    wrong: list[tuple[str, int, str]] = []
    for login in PEOPLE:
        db, actor = world.signed_in(login)
        try:
            rule = set(svc.search_account_ids(owner, actor, AccountQuery()))
            listed = svc.search_account_ids(db, actor, AccountQuery())
            if set(listed) != rule:
                wrong.append((login, 0, "server list differs from the rule"))
            for account_id in every:
                try:
                    page = svc.get_account(db, actor, account_id)
                except (PermissionDenied, NotFound):
                    if account_id in rule:
                        wrong.append((login, account_id, "refused but listed"))
                    continue
                if account_id not in rule:
                    wrong.append((login, account_id, "opened but not listed"))
                named = {i for i, _ in page.subsidiaries} | {i for i, _ in page.same_tax_id}
                if named - rule:
                    wrong.append((login, account_id, f"names {named - rule}"))
            account_ids_within(db, actor, "", listed)
            for typed in ("b", "banco", "c", "andino"):
                full = svc.search_account_ids(owner, actor, AccountQuery(text=typed))
                if account_ids_within(db, actor, typed, listed) != full:
                    wrong.append((login, 0, f"search {typed!r} differs"))
        finally:
            db.close()
    assert wrong == []


def test_taken_off_the_team_the_page_closes(world: ServerAgency) -> None:
    agency = world.agency
    coca = agency.accounts["coca"]
    db, pablo = world.signed_in("pablo")
    try:
        assert svc.get_account(db, pablo, coca).id == coca
        remove_member(world.owner, agency.actor("lucia"), coca, agency.staff["pablo"])
        with pytest.raises((PermissionDenied, NotFound)):
            svc.get_account(db, pablo, coca)
        assert coca not in svc.search_account_ids(db, pablo, AccountQuery())
    finally:
        db.close()

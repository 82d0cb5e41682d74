"""Review: the account page decides who may see an account from the team rows it reads
(`account_page._reach`), not with the shared access query. For every person of the demo
and every account, the page must open exactly when the account is on the person's list
(`search_account_ids`, the shared rule), say `can_edit` as the role table does, and name
only related accounts (parent, subsidiaries, same tax ID) the person may see."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from factories import actor_for_staff
from small_demo import small_demo
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.errors import PermissionDenied
from agencia.domain.models import Account, Staff
from agencia.services.accounts import queries as svc
from agencia.services.accounts.account_query import AccountQuery
from agencia.services.accounts.within import account_ids_within


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    with small_demo(request, tmp_path_factory) as (db, _summary):
        yield db


def test_the_page_opens_for_exactly_the_accounts_on_the_list(demo: Database) -> None:
    with unit_of_work(demo, SYSTEM, write=False) as uow:
        people = list(uow.session.scalars(select(Staff.id).order_by(Staff.id)))
        accounts = list(uow.session.scalars(select(Account.id).order_by(Account.id)))
    assert people and accounts
    wrong: list[tuple[int, int, str]] = []
    for staff_id in people:
        actor = actor_for_staff(demo, staff_id)
        listed = set(svc.search_account_ids(demo, actor, AccountQuery()))
        for account_id in accounts:
            try:
                page = svc.get_account(demo, actor, account_id)
            except PermissionDenied:
                if account_id in listed:
                    wrong.append((staff_id, account_id, "refused but listed"))
                continue
            if account_id not in listed:
                wrong.append((staff_id, account_id, "opened but not listed"))
                continue
            named = {page.parent_id} if page.parent_name else set()
            named |= {i for i, _ in page.subsidiaries} | {i for i, _ in page.same_tax_id}
            if named - listed:
                wrong.append((staff_id, account_id, f"names unseen {named - listed}"))
            if page.parent_id in listed and not page.parent_name:
                wrong.append((staff_id, account_id, "hides a parent it may see"))
    assert wrong == []


def test_search_within_never_answers_more_than_the_list(demo: Database) -> None:
    """Keystrokes narrow the list held; after the texts are read at idle, what a word
    finds must be what the whole query finds, person by person."""
    with unit_of_work(demo, SYSTEM, write=False) as uow:
        people = list(uow.session.scalars(select(Staff.id).order_by(Staff.id)))[:12]
    for staff_id in people:
        actor = actor_for_staff(demo, staff_id)
        listed = svc.search_account_ids(demo, actor, AccountQuery())
        account_ids_within(demo, actor, "", listed)  # the idle read of the texts
        for typed in ("a", "co", "s", "ma", "z"):
            full = svc.search_account_ids(demo, actor, AccountQuery(text=typed))
            assert account_ids_within(demo, actor, typed, listed) == full, (staff_id, typed)

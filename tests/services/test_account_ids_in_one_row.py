"""The accounts list's IDs on SQLite come as one row joined by SQLite, in display order.

Row by row, the driver takes the interpreter's lock back for every ID, and waits for it
whenever the window's thread holds it: a director's 33,334 IDs read 2-4x slower while
the first page was being built. These check the cause (one row) and that the order is
the row-by-row order for every sort, both ways, for someone who sees all and for a
director (whose list is two selects merged)."""

from __future__ import annotations

import pytest
from factories import Agency, add_account, assign, small_agency
from sql_statements import statements
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.models import Account
from agencia.services.accounts import access
from agencia.services.accounts import queries as svc
from agencia.services.accounts.queries import AccountQuery

NAMES = ("Zeta", "alfa", "Álamo", "beta", "Ñandú", "nube", "Omega", "ómnibus", "Coca", "coca")


@pytest.fixture
def agency(db: Database) -> Agency:
    agency = small_agency(db)
    groups = list(agency.groups.values())
    lucia, consumo = agency.staff["lucia"], agency.groups["consumo"]
    for n in range(60):  # ties in every sort: the ID breaks them, both ways
        group = groups[n % len(groups)] if n % 5 else None
        account = add_account(
            db,
            f"{NAMES[n % len(NAMES)]} {n // 7}",
            group_id=group,
            lead_id=lucia if group == consumo and n % 3 == 0 else None,
            city=NAMES[n % 4],
        )
        if n % 4 == 1:  # on the team, in her group and outside it
            assign(db, account, lucia)
    return agency


@pytest.mark.parametrize("who", ["admin", "lucia"])
@pytest.mark.parametrize("sort", svc.SORTS)
def test_the_ids_come_in_the_order_the_rows_do(agency: Agency, who: str, sort: str) -> None:
    actor = agency.admin if who == "admin" else agency.actor(who)
    for descending in (False, True):
        query = AccountQuery(sort=sort, descending=descending)
        rows = svc.list_accounts(agency.db, actor, query)  # row by row, in display order
        assert svc.search_account_ids(agency.db, actor, query) == [r.id for r in rows]
        assert rows


def test_mine_is_what_the_person_leads_or_is_on_the_team_of(agency: Agency) -> None:
    """«Mis cuentas» on SQLite is a test of the ID alone (`queries._mine`): the same
    accounts as the role table's `assigned_clause`, in the same order."""
    lucia = agency.actor("lucia")
    with unit_of_work(agency.db, lucia, write=False) as uow:
        stmt = (
            select(Account.id)
            .where(access.assigned_clause(lucia), access.visible_clause(lucia))
            .order_by(Account.name_key, Account.id)
        )
        expected = list(uow.session.scalars(stmt))
    assert expected  # she leads some, and is on the team of others
    for mine in (True, False):
        query = AccountQuery(mine=mine)
        ids = svc.search_account_ids(agency.db, lucia, query)
        assert ids == [r.id for r in svc.list_accounts(agency.db, lucia, query)]
        if mine:
            assert ids == expected
        else:
            assert set(expected) < set(ids)


def test_on_sqlite_the_ids_are_one_row(agency: Agency) -> None:
    lucia = agency.actor("lucia")
    with statements(agency.db.reader) as seen:
        ids = svc.search_account_ids(agency.db, lucia, AccountQuery())
    (sql,) = seen
    assert len(ids) > 10
    if agency.db.is_sqlite:
        assert sql.startswith("SELECT group_concat(")
    else:  # psycopg hands the whole answer over at once already
        assert "group_concat" not in sql and "string_agg" not in sql
    nothing = AccountQuery(text="zzzzqqq")
    assert svc.search_account_ids(agency.db, lucia, nothing) == []

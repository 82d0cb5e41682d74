"""The accounts list's first page read on its own, ahead of the IDs
(services/accounts/first_page.py): the same rows, in the same order, as the first IDs of
the same query and their rows — for whoever asks (a director, an executive, a trainee,
the administrator, the other group's director), «Mis cuentas» or not, either direction;
on SQLite and PostgreSQL. On SQLite, one LIMIT read walking the name index in order (no
sort). A page not within reach is no page (None), never a wrong one; and only the list
in name order, unfiltered, reads ahead."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import Agency, add_account, assign, small_agency
from sqlalchemy import text

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.enums import AccountStatus
from agencia.services.accounts.first_page import (
    first_account_rows,
    first_page_select,
    reach_bound,
    reads_ahead,
)
from agencia.services.accounts.queries import AccountQuery, account_rows, search_account_ids

NAMES = ("Zeta", "alfa", "Álamo", "beta", "Ñandú", "nube", "Omega", "ómnibus", "Coca", "coca")
WHO = ("lucia", "alvaro", "pablo", "admin", "andres")


@pytest.fixture
def agency(db: Database) -> Agency:
    agency = small_agency(db)
    groups = list(agency.groups.values())
    lucia, alvaro = agency.staff["lucia"], agency.staff["alvaro"]
    for n in range(90):  # ties in the name: the ID breaks them, both ways
        group = groups[n % len(groups)] if n % 5 else None
        account = add_account(
            db,
            f"{NAMES[n % len(NAMES)]} {n // 11}",
            group_id=group,
            lead_id=alvaro if n % 3 == 0 and group == agency.groups["consumo"] else None,
        )
        if n % 4 == 1:  # on the team, in her group and outside it
            assign(db, account, lucia)
        if n % 7 == 2:
            assign(db, account, agency.staff["pablo"])
    return agency


def _actor(agency: Agency, who: str) -> Actor:
    return agency.admin if who == "admin" else agency.actor(who)


@pytest.mark.parametrize("who", WHO)
def test_the_first_page_is_the_lists_first_rows(agency: Agency, who: str) -> None:
    actor = _actor(agency, who)
    compared = 0
    for mine in (False, True):
        for descending in (False, True):
            query = AccountQuery(mine=mine, descending=descending)
            assert reads_ahead(query)
            ids = search_account_ids(agency.db, actor, query)
            for limit in (1, 7, 200):
                rows = first_account_rows(agency.db, actor, query, limit)
                assert rows is not None, (who, query, limit)
                assert [r.id for r in rows] == ids[:limit], (who, query, limit)
                assert rows == account_rows(agency.db, actor, ids[:limit])
                compared += len(rows)
    assert compared > 20  # lists with rows, not only empty ones


def test_a_page_beyond_reach_is_none_never_a_wrong_page(agency: Agency) -> None:
    """Walked no further than `reach` accounts by name: a trainee on a few accounts gets
    no page (the IDs bring it), someone who sees many gets the very same page."""
    pablo, admin = agency.actor("pablo"), agency.admin
    query = AccountQuery()
    ids = search_account_ids(agency.db, pablo, query)
    assert 3 < len(ids) < 20
    assert first_account_rows(agency.db, pablo, query, 200, reach=10) is None
    assert first_account_rows(agency.db, pablo, query, 2, reach=40) == account_rows(
        agency.db, pablo, ids[:2]
    )
    everyone = search_account_ids(agency.db, admin, query)
    rows = first_account_rows(agency.db, admin, query, 5, reach=10)
    assert rows is not None and [r.id for r in rows] == everyone[:5]


@pytest.mark.parametrize("who", WHO)
def test_on_sqlite_one_limit_read_walks_the_name_index_in_order(
    sqlite_db: Database, who: str
) -> None:
    agency = small_agency(sqlite_db)
    for n in range(30):
        add_account(sqlite_db, f"{NAMES[n % len(NAMES)]} {n}", group_id=None)
    actor = _actor(agency, who)
    for mine in (False, True):
        for descending in (False, True):
            query = AccountQuery(mine=mine, descending=descending)
            with unit_of_work(sqlite_db, actor, write=False) as uow:
                bound = reach_bound(uow, query, reach=10)
                assert bound is not None
                stmt = first_page_select(uow, query, 200, bound)
                connection = uow.session.connection()
                sql = str(stmt.compile(connection, compile_kwargs={"literal_binds": True}))
                plan = [r[3] for r in connection.execute(text("EXPLAIN QUERY PLAN " + sql))]
            assert "LIMIT 200" in sql
            assert any("USING INDEX ix_accounts_name_key" in step for step in plan), plan
            assert not any("TEMP B-TREE" in step for step in plan), plan
            assert not any(step.startswith("SCAN") for step in plan), plan  # bounded walk


def test_only_the_list_in_name_order_unfiltered_reads_ahead() -> None:
    plain = AccountQuery(mine=True)
    assert reads_ahead(plain) and reads_ahead(replace(plain, descending=True))
    assert reads_ahead(AccountQuery())
    for narrowed in (
        replace(plain, text="coca"),
        replace(plain, status=AccountStatus.ACTIVE),
        replace(plain, statuses=(AccountStatus.ACTIVE,)),
        replace(plain, group_id=1),
        replace(plain, group_ids=(1,)),
        replace(plain, executive_id=1),
        replace(plain, executive_ids=(1,)),
        replace(plain, sector="Banca"),
        replace(plain, sectors=("Banca",)),
        replace(plain, sort="city"),
        replace(plain, sort="group"),
    ):
        assert not reads_ahead(narrowed), narrowed

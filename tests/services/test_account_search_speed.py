"""The faster account queries find exactly what the plain ones find, in the same order.

The list's IDs are asked in parts (a director's group, apart from what she leads or is on
the team of outside it) and, with words typed, with the visibility probed row by row
(`services/accounts/queries._filtered`); the count adds the parts up. Each is checked
against the plain formulation (one OR over everything the person sees), for every role,
filter, sort and direction, on SQLite and PostgreSQL (the `db` fixture).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import product

import pytest
from factories import Agency, add_account, assign, small_agency
from sqlalchemy import event, func, select, update
from sqlalchemy.orm import aliased

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AccountStatus, AssignmentRole
from agencia.domain.models import Account, AccountGroup, Staff
from agencia.services.accounts import access
from agencia.services.accounts import queries as svc
from agencia.services.accounts.queries import SORTS, AccountQuery, search_clause
from agencia.services.accounts.within import account_ids_within

PEOPLE = ("lucia", "javier", "marta", "alvaro", "laura", "irene", "pablo", "andres", "raul")
TEXTS = ("", "c", "co", "garcia", "madrid", "l'oréal", "nadie")


@pytest.fixture
def agency(db: Database) -> Agency:
    """The small agency, plus what the parts must not lose or count twice: an account
    outside Lucía's group that she leads, one with no group she is on the team of, one
    in her group she is also on the team of, and one she has nothing to do with."""
    agency = small_agency(db)
    s, g, a = agency.staff, agency.groups, agency.accounts
    a["fuera"] = add_account(db, "Cosméticos Fuera", group_id=g["servicios"], city="Madrid")
    with unit_of_work(db, SYSTEM) as uow:  # led from outside the group: the rules refuse it
        uow.session.execute(
            update(Account).where(Account.id == a["fuera"]).values(lead_executive_id=s["lucia"])
        )
    a["suelta"] = add_account(db, "Conservas Sueltas", city="Vigo")
    assign(db, a["suelta"], s["lucia"], AssignmentRole.DIRECTOR)
    assign(db, a["coca"], s["lucia"], AssignmentRole.DIRECTOR)
    a["ajena"] = add_account(db, "Calzados Ajenos", status=AccountStatus.INACTIVE)
    return agency


def plain_ids(db: Database, who: object, query: AccountQuery) -> list[int]:
    """The reference: one select, one OR over the visible set, sorted in one go."""
    with unit_of_work(db, who, write=False) as uow:  # type: ignore[arg-type]
        dialect = uow.session.get_bind().dialect.name
        lead = aliased(Staff)
        order = {
            "name": Account.name_key,
            "legal_name": func.lower(Account.legal_name),
            "tax_id": Account.tax_id,
            "status": Account.status,
            "sector": Account.sector,
            "group": AccountGroup.name,
            "lead_executive": lead.name_key,
            "city": Account.city,
        }[query.sort]
        stmt = (
            select(Account.id)
            .outerjoin(AccountGroup, AccountGroup.id == Account.group_id)
            .outerjoin(lead, lead.id == Account.lead_executive_id)
            .where(access.visible_clause(uow.actor))
        )
        found = search_clause(dialect, query.text)
        if found is not None:
            stmt = stmt.where(found)
        if query.status is not None:
            stmt = stmt.where(Account.status == query.status)
        if query.group_id is not None:
            stmt = stmt.where(Account.group_id == query.group_id)
        if query.mine:
            stmt = stmt.where(access.assigned_clause(uow.actor))
        if query.descending:
            stmt = stmt.order_by(order.desc(), Account.id.desc())
        else:
            stmt = stmt.order_by(order, Account.id)
        return list(uow.session.scalars(stmt))


def test_every_person_every_search_finds_what_the_plain_query_finds(agency: Agency) -> None:
    for who, text in product(PEOPLE, TEXTS):
        actor = agency.actor(who)
        for query in (
            AccountQuery(text=text),
            AccountQuery(text=text, descending=True),
            AccountQuery(text=text, mine=True),
            AccountQuery(text=text, group_id=agency.groups["consumo"]),
        ):
            got = svc.search_account_ids(agency.db, actor, query)
            assert got == plain_ids(agency.db, actor, query), (who, query)


@pytest.mark.parametrize("sort", SORTS)
def test_every_sort_both_ways_in_the_same_order(agency: Agency, sort: str) -> None:
    for who in ("lucia", "andres", "marta", "alvaro"):
        actor = agency.actor(who)
        for query in (
            AccountQuery(sort=sort),
            AccountQuery(sort=sort, descending=True),
            AccountQuery(sort=sort, text="co"),
            AccountQuery(sort=sort, status=AccountStatus.ACTIVE),
        ):
            got = svc.search_account_ids(agency.db, actor, query)
            assert got == plain_ids(agency.db, actor, query), (who, query)
    admin = agency.admin
    query = AccountQuery(sort=sort, descending=True)
    assert svc.search_account_ids(agency.db, admin, query) == plain_ids(agency.db, admin, query)


def test_the_parts_are_the_visible_set_once_each(agency: Agency) -> None:
    lucia = agency.actor("lucia")
    ids = svc.search_account_ids(agency.db, lucia, AccountQuery())
    a = agency.accounts
    assert len(ids) == len(set(ids))  # on the team of Coca-Cola in her own group: once
    assert {a["fuera"], a["suelta"], a["coca"]} <= set(ids)
    assert a["ajena"] not in ids and a["andino"] not in ids
    assert len(access.visible_parts(lucia)) == 2
    assert len(access.visible_parts(agency.admin)) == 1


def test_the_count_is_the_visible_set(agency: Agency) -> None:
    for who in PEOPLE:
        actor = agency.actor(who)
        expected = len(plain_ids(agency.db, actor, AccountQuery()))
        assert svc.count_accounts(agency.db, actor) == expected, who
    everyone = len(agency.accounts)
    assert svc.count_accounts(agency.db, agency.admin) == everyone
    without_group = replace(agency.actor("lucia"), group_id=None)  # the assigned part only
    assert svc.count_accounts(agency.db, without_group) == len(
        plain_ids(agency.db, without_group, AccountQuery())
    )


def test_a_keystroke_narrowing_the_list_read_finds_what_the_query_finds(agency: Agency) -> None:
    """`account_ids_within` (the window's keystrokes: the list with nothing typed, kept,
    narrowed by the search index alone) answers exactly what the whole query answers."""
    texts = (*TEXTS, "  ", "--", "coca cola", "gar", "z")
    for who, sort in product(PEOPLE, ("name", "group", "lead_executive", "status")):
        actor = agency.actor(who)
        for base in (
            AccountQuery(sort=sort),
            AccountQuery(sort=sort, descending=True),
            AccountQuery(sort=sort, mine=True),
            AccountQuery(sort=sort, statuses=(AccountStatus.ACTIVE,)),
        ):
            listed = svc.search_account_ids(agency.db, actor, base)
            for text in texts:
                query = replace(base, text=text)
                got = account_ids_within(agency.db, actor, text, listed)
                assert got == svc.search_account_ids(agency.db, actor, query), (who, query)


def test_the_narrowing_keeps_only_what_was_listed(agency: Agency) -> None:
    """Visibility comes from the list handed in: an account matching but not listed (not
    visible to the person) is never added."""
    a = agency.accounts
    lucia = agency.actor("lucia")
    everything = svc.search_account_ids(agency.db, agency.admin, AccountQuery(text="c"))
    assert a["ajena"] in everything  # «Calzados Ajenos» matches «c» …
    listed = svc.search_account_ids(agency.db, lucia, AccountQuery())
    assert a["ajena"] not in account_ids_within(agency.db, lucia, "c", listed)  # … not hers
    assert account_ids_within(agency.db, lucia, "c", []) == []


# Typed one keystroke after another: letters added, taken away, a second word, another
# word altogether, accents and punctuation, nothing at all, nothing found.
TYPING = (
    "c", "co", "coc", "coca", "coca ", "coca c", "coca co", "coca cola", "coca", "cola",
    "co", "c", "", "g", "ga", "gar", "garcia", "garcia madrid", "madrid garcia", "madrid",
    "l'", "l'oréal", "loreal", "z", "zz", "nadie", "--", "co", "cosm", "c",
)  # fmt: skip


@contextmanager
def connections_taken(db: Database) -> Iterator[list[object]]:
    """Every connection a reader takes meanwhile (SQLite opens one per read)."""
    taken: list[object] = []

    def note(*args: object) -> None:
        taken.append(args)

    event.listen(db.reader, "checkout", note)
    try:
        yield taken
    finally:
        event.remove(db.reader, "checkout", note)


def test_keystrokes_narrowing_the_texts_read_find_what_the_query_finds(agency: Agency) -> None:
    """Once the list is narrowed to nothing typed (the window does it when idle), the
    keystrokes are answered from the listed accounts' texts without asking the database,
    and still answer what the whole query answers, each in turn: letters added to what
    was typed narrow the previous answer, anything else narrows the whole list again."""
    for who, sort in product(PEOPLE, ("name", "group", "status")):
        actor = agency.actor(who)
        for base in (
            AccountQuery(sort=sort),
            AccountQuery(sort=sort, descending=True, mine=True),
            AccountQuery(sort=sort, statuses=(AccountStatus.ACTIVE,)),
        ):
            listed = svc.search_account_ids(agency.db, actor, base)
            assert account_ids_within(agency.db, actor, "", listed) == listed  # readied
            expected = {
                text: svc.search_account_ids(agency.db, actor, replace(base, text=text))
                for text in set(TYPING)
            }
            with connections_taken(agency.db) as taken:
                for text in TYPING:
                    got = account_ids_within(agency.db, actor, text, listed)
                    assert got == expected[text], (who, base, text)
            assert taken == [], "a keystroke asked the database"


def test_a_list_read_again_is_readied_again(agency: Agency) -> None:
    """What narrows a list belongs to that list: an account added since the first list
    was read is found in the list read after it (its text read with it), never in the
    first one, whichever was readied last."""
    lucia = agency.actor("lucia")
    before = svc.search_account_ids(agency.db, lucia, AccountQuery())
    account_ids_within(agency.db, lucia, "", before)
    assert account_ids_within(agency.db, lucia, "cafe", before) == []
    added = add_account(agency.db, "Cafés del Puerto", group_id=agency.groups["consumo"])
    after = svc.search_account_ids(agency.db, lucia, AccountQuery())
    assert added in after and added not in before
    assert account_ids_within(agency.db, lucia, "caf", after) == [added]  # not readied yet
    account_ids_within(agency.db, lucia, "", after)
    with connections_taken(agency.db) as taken:
        assert account_ids_within(agency.db, lucia, "cafe", after) == [added]
        assert account_ids_within(agency.db, lucia, "cafes puerto", after) == [added]
    assert taken == []
    assert account_ids_within(agency.db, lucia, "cafe", before) == []  # the first list

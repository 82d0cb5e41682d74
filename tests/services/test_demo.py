"""The demo agency: what it holds, that search finds it, that a seed repeats it."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agencia.db.database import Database, open_database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AccountStatus, AssignmentRole, AuditAction, Role
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.models import (
    Account,
    AccountAssignment,
    AccountGroup,
    Agency,
    AuditEvent,
    Brand,
    Contact,
    Product,
    Staff,
    User,
    contact_brands,
)
from agencia.domain.text import search_text, sort_key
from agencia.domain.validation import normalise_tax_id
from agencia.services import auth
from agencia.services.accounts import AccountQuery, get_account, search_account_ids
from agencia.services.agency import is_empty
from agencia.services.demo import DemoSummary, fill_demo
from agencia.services.demo_rows import cif, cuit, nit


@pytest.fixture
def demo(db: Database) -> DemoSummary:
    return fill_demo(db, "small", seed=0)


def test_the_agency_is_a_spanish_demo(db: Database, demo: DemoSummary) -> None:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        agency = uow.session.scalars(select(Agency)).one()
    assert agency.is_demo
    assert agency.name == "Atlántica Comunicación"
    assert (agency.locale, agency.currency) == ("es_ES", "EUR")
    assert agency.approval_threshold == 50000
    assert "Madrid" in agency.address
    assert agency.about and agency.phone and agency.email and agency.website
    assert agency.tax_id == cif(agency.tax_id[0], int(agency.tax_id[1:8]))
    assert not is_empty(db)


def test_three_groups_and_every_role_in_a_reporting_line(db: Database, demo: DemoSummary) -> None:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        s = uow.session
        groups = list(s.scalars(select(AccountGroup)))
        people = {p.id: p for p in s.scalars(select(Staff))}
        users = list(s.scalars(select(User)))
    assert len(groups) == 3 == demo.groups
    assert len(people) >= 20
    assert {p.role for p in people.values()} == set(Role)
    for group in groups:
        assert group.director_id is not None
        director = people[group.director_id]
        assert director.role is Role.ACCOUNT_DIRECTOR
        assert director.group_id == group.id
    for person in people.values():
        if person.role in (Role.ACCOUNT_DIRECTOR, Role.ADMINISTRATOR):
            assert person.reports_to_id is None
            continue
        boss = people[person.reports_to_id or -1]
        assert boss.role.rank > person.role.rank, (person.full_name, boss.full_name)
        assert boss.group_id == person.group_id
        assert person.title and person.email and person.name_key == sort_key(person.full_name)
    assert any(ch in "".join(p.full_name for p in people.values()) for ch in "áéíóúñÁÉÍÓÚÑ")
    # one user for everyone, one shared hash, ASCII logins; the first director is "demo"
    assert len(users) == len(people) == demo.users
    assert len({u.password_hash for u in users}) == 1
    assert all(u.login.isascii() and u.login == u.login.lower() for u in users)
    first_director = min(p.id for p in people.values() if p.role is Role.ACCOUNT_DIRECTOR)
    assert next(u.login for u in users if u.staff_id == first_director) == "demo"
    assert auth.default_login(db) == "demo"


def test_demo_users_sign_in_with_the_demo_password(db: Database, demo: DemoSummary) -> None:
    actor = auth.sign_in(db, "demo", "demo")
    assert actor.role is Role.ACCOUNT_DIRECTOR
    assert actor.group_id is not None
    with pytest.raises(DomainError):
        auth.sign_in(db, "demo", "wrong")


def test_accounts_have_brands_products_contacts_and_a_team(db: Database, demo: DemoSummary) -> None:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        s = uow.session
        accounts = list(s.scalars(select(Account).order_by(Account.id)))
        brands = Counter(s.scalars(select(Brand.account_id)))
        products = Counter(
            s.scalars(select(Brand.account_id).join(Product, Product.brand_id == Brand.id))
        )
        contacts = list(s.scalars(select(Contact)))
        linked = s.scalar(select(func.count()).select_from(contact_brands))
        teams: dict[int, dict[AssignmentRole, int]] = {}
        for a in s.scalars(select(AccountAssignment)):
            teams.setdefault(a.account_id, {})[a.role] = a.staff_id
        roles = dict(s.execute(select(Staff.id, Staff.role)).all())
        staff_groups = dict(s.execute(select(Staff.id, Staff.group_id)).all())
    assert len(accounts) == demo.accounts >= 40
    per_account = Counter(c.account_id for c in contacts)
    statuses = Counter(a.status for a in accounts)
    assert statuses[AccountStatus.ACTIVE] > len(accounts) / 2
    assert set(statuses) == set(AccountStatus)
    assert {a.currency for a in accounts} >= {"EUR", "MXN", "ARS", "COP"}
    assert any(a.parent_id is not None for a in accounts)
    assert any(a.may_be_shown for a in accounts) and not all(a.may_be_shown for a in accounts)
    for a in accounts:
        assert 1 <= brands[a.id] <= 4, a.trade_name
        assert products[a.id] >= 1, a.trade_name
        assert 2 <= per_account[a.id] <= 5, a.trade_name
        assert a.legal_name and a.tax_id and a.sector and a.city and a.country
        if a.country == "ES":  # a CIF with a correct control digit
            assert a.tax_id == cif(a.tax_id[0], int(a.tax_id[1:8])), a.tax_id
        assert a.tax_id == normalise_tax_id(a.tax_id)  # as account_edit stores it
        assert a.lead_executive_id is not None and a.group_id is not None
        assert staff_groups[a.lead_executive_id] == a.group_id
        assert roles[a.lead_executive_id] in (
            Role.ACCOUNT_EXECUTIVE,
            Role.JUNIOR_ACCOUNT_EXECUTIVE,
        )
        team = teams[a.id]
        assert team[AssignmentRole.LEAD_EXECUTIVE] == a.lead_executive_id
        assert roles[team[AssignmentRole.DIRECTOR]] is Role.ACCOUNT_DIRECTOR
        assert roles[team[AssignmentRole.SUPERVISOR]] is Role.ACCOUNT_SUPERVISOR
        assert roles[team[AssignmentRole.ASSISTANT]] in (Role.ASSISTANT, Role.TRAINEE)
    decision_makers = Counter(c.account_id for c in contacts if c.decision_maker)
    assert all(decision_makers[a.id] == 1 for a in accounts)
    assert len({c.contact_role for c in contacts}) >= 6
    assert len({c.preferred_channel for c in contacts}) >= 5
    assert linked and linked >= len(accounts)


def test_search_columns_are_the_services_own(db: Database, demo: DemoSummary) -> None:
    """Computed exactly as account_edit._refresh_search and _contact_values compute them."""
    with unit_of_work(db, SYSTEM, write=False) as uow:
        s = uow.session
        brand_names: dict[int, list[str]] = {}
        for account_id, name in s.execute(select(Brand.account_id, Brand.name).order_by(Brand.id)):
            brand_names.setdefault(account_id, []).append(name)
        accounts = list(s.scalars(select(Account)))
        contacts = list(s.scalars(select(Contact)))
    for a in accounts:
        expected = search_text(a.trade_name, a.legal_name, a.tax_id, a.city, *brand_names[a.id])
        assert a.search_text == expected
        assert a.name_key == sort_key(a.trade_name)
    for c in contacts:
        assert c.search_text == search_text(c.full_name, c.position, c.email)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("garcia", "Helados García"),
        ("penalara lacteos", "Lácteos Peñalara"),
        ("Kola-Sierra", "Kola-Sierra Refrescos"),
        ("d'arcy", "D'Arcy Cosmética"),
        ("pérez & hijos", "Pérez & Hijos"),
        ("T&C", "T&C Comunicaciones"),
        ("Ágil", "Telefonía Ágil"),
    ],
)
def test_search_finds_accented_and_punctuated_names(
    db: Database, demo: DemoSummary, typed: str, expected: str
) -> None:
    ids = search_account_ids(db, SYSTEM, AccountQuery(text=typed))
    with unit_of_work(db, SYSTEM, write=False) as uow:
        names = list(uow.session.scalars(select(Account.trade_name).where(Account.id.in_(ids))))
    assert expected in names


def test_the_demo_director_sees_their_group_and_its_history(
    db: Database, demo: DemoSummary
) -> None:
    director = auth.actor_for(db, "demo")
    ids = search_account_ids(db, director, AccountQuery())
    assert 10 <= len(ids) < demo.accounts
    detail = get_account(db, director, ids[0])
    assert detail.group == "Gran Consumo"
    assert detail.history, "account histories are not empty"
    assert any(h.action is AuditAction.CREATE and h.entity == "account" for h in detail.history)
    assert detail.can_edit
    # an executive sees only the accounts they are on
    with unit_of_work(db, SYSTEM, write=False) as uow:
        login = uow.session.scalar(
            select(User.login)
            .join(Staff, Staff.id == User.staff_id)
            .where(Staff.role == Role.ASSISTANT)
            .order_by(Staff.id)
        )
    assert login is not None
    assistant = auth.actor_for(db, login)
    mine = search_account_ids(db, assistant, AccountQuery())
    assert 0 < len(mine) < len(ids) + 1


def test_one_summary_event_for_the_load(db: Database, demo: DemoSummary) -> None:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        s = uow.session
        bulk = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "bulk_create")))
        total = s.scalar(select(func.count()).select_from(AuditEvent))
    assert len(bulk) == 1
    assert bulk[0].changes["accounts"] == [None, demo.accounts]
    assert total == demo.audit_events


def test_a_database_with_data_is_refused(db: Database, demo: DemoSummary) -> None:
    with pytest.raises(DomainError) as refused:
        fill_demo(db)
    assert refused.value.code == "demo.not_empty"
    assert refused.value.exit_status == 1


def test_an_unknown_size_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError):
        fill_demo(db, "huge")
    assert is_empty(db)


def test_ids_keep_counting_after_the_demo(db: Database, demo: DemoSummary) -> None:
    """Explicit IDs must not strand PostgreSQL's sequences: a new account gets a new ID."""
    from agencia.services.account_edit import AccountInput, create_account

    admin = auth.actor_for(db, next(iter(_logins(db, Role.ADMINISTRATOR))))
    saved = create_account(db, admin, AccountInput(trade_name="Nueva Cuenta Tras la Demo"))
    assert saved.id > demo.accounts


def _logins(db: Database, role: Role) -> list[str]:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return list(
            uow.session.scalars(
                select(User.login).join(Staff, Staff.id == User.staff_id).where(Staff.role == role)
            )
        )


def _digest(url: str, seed: int) -> str:
    db = open_database(url)
    try:
        fill_demo(db, "small", seed=seed)
        h = hashlib.sha256()
        with unit_of_work(db, SYSTEM, write=False) as uow:
            s = uow.session
            for statement in (
                select(Staff.id, Staff.full_name, Staff.reports_to_id).order_by(Staff.id),
                select(User.login, User.staff_id).order_by(User.staff_id),
                select(Account.id, Account.trade_name, Account.tax_id, Account.status).order_by(
                    Account.id
                ),
                select(Account.id, Account.lead_executive_id, Account.parent_id).order_by(
                    Account.id
                ),
                select(Account.id, Account.created_at, Account.updated_at).order_by(Account.id),
                select(Contact.id, Contact.account_id, Contact.full_name, Contact.email).order_by(
                    Contact.id
                ),
                select(Brand.id, Brand.name).order_by(Brand.id),
            ):
                for row in s.execute(statement):
                    h.update(repr(tuple(row)).encode())
        return h.hexdigest()
    finally:
        db.close()


def test_the_same_seed_gives_the_same_demo(tmp_path: Path) -> None:
    first = _digest(f"sqlite:///{tmp_path / 'one.sqlite3'}", seed=7)
    second = _digest(f"sqlite:///{tmp_path / 'two.sqlite3'}", seed=7)
    other = _digest(f"sqlite:///{tmp_path / 'three.sqlite3'}", seed=8)
    assert first == second
    assert other != first


def test_tax_ids_have_valid_check_digits() -> None:
    assert cif("B", 1234567) == "B12345674"
    assert cif("A", 5808431) == "A58084310"
    for body in (0, 1, 71234567, 99999999, 12345):
        value = cuit(body)  # CUIT: mod 11 with weights 5432765432
        digits = [int(d) for d in value]
        total = sum(d * w for d, w in zip(digits[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
        assert len(value) == 11 and value.startswith("30")
        assert (total + digits[10]) % 11 in (0, 1)  # 1 only when 11 - r == 10 maps to 9
        value = nit(body)  # NIT: DIAN weights, right to left 3 7 13 17 19 23 29 37 41
        digits = [int(d) for d in value]
        total = sum(
            d * w for d, w in zip(digits[:9], (41, 37, 29, 23, 19, 17, 13, 7, 3), strict=True)
        )
        rest = total % 11
        assert digits[9] == (rest if rest < 2 else 11 - rest)

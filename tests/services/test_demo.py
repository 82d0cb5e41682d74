"""The demo agency: what it holds, that search finds it, that a seed repeats it; its
campaigns, made through the real services, and that they keep the rules."""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from small_demo import small_demo
from sqlalchemy import func, select
from sqlalchemy.orm import undefer

from agencia.areas import pending_for
from agencia.cli.errors import exit_status
from agencia.db.database import Database, open_database
from agencia.db.uow import unit_of_work
from agencia.demo import images as demo_images
from agencia.demo.accounts.tax_ids import cif, cuit, nit
from agencia.demo.clock import DEMO_NOW
from agencia.demo.fill import DemoSummary, fill_demo
from agencia.domain import campaign_life as life
from agencia.domain import tax_ids
from agencia.domain.actor import SYSTEM
from agencia.domain.briefs import BRIEF_FIELDS, compare
from agencia.domain.campaign_models import (
    Approval,
    Brief,
    Campaign,
    Contrabrief,
    Delegation,
    Document,
    MediaPlanLine,
    MeetingReport,
    NextStep,
    Proposal,
    StatusChange,
    meeting_contacts,
    meeting_staff,
    proposal_documents,
)
from agencia.domain.enums import (
    AccountStatus,
    ApprovalStage,
    AssignmentRole,
    AuditAction,
    CampaignStatus,
    Decision,
    Role,
)
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
from agencia.services.accounts.queries import AccountQuery, get_account, search_account_ids
from agencia.services.agency.profile import get_profile
from agencia.services.campaigns.documents import read_document, sha256
from agencia.services.campaigns.queries import CampaignQuery, get_campaign, list_campaigns
from agencia.services.decks.campaign_content import campaign_content
from agencia.services.decks.credentials_content import agency_content
from agencia.services.first_run import is_empty
from agencia.services.images import check_image


@dataclass(frozen=True)
class Filled:
    db: Database
    summary: DemoSummary


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def filled(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Filled]:
    """One small demo per backend, shared by the tests that only read it."""
    with small_demo(request, tmp_path_factory) as (db, summary):
        yield Filled(db, summary)


def test_the_agency_is_a_spanish_demo(filled: Filled) -> None:
    db = filled.db
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


def test_the_agency_has_a_complete_profile_for_its_decks(filled: Filled) -> None:
    profile = get_profile(filled.db, auth.actor_for(filled.db, "demo"))
    assert profile.tagline and len(profile.about) > 100
    assert 6 <= len(profile.services) <= 8
    assert len(profile.process) == 5 and all(title and what for title, what in profile.process)
    assert profile.address and profile.phone and profile.email and profile.website
    assert (profile.primary_color, profile.secondary_color) == ("#0B4F6C", "#F18F01")
    assert profile.deck_font == "Lato"
    assert profile.logo is not None and check_image(profile.logo) == "image/png"
    # drawn the same every time
    assert profile.logo == demo_images.agency_logo(profile.name, "#0B4F6C", "#F18F01")


def test_showable_clients_and_the_campaigns_clients_have_logos(filled: Filled) -> None:
    with unit_of_work(filled.db, SYSTEM, write=False) as uow:
        s = uow.session
        accounts = list(s.scalars(select(Account)))
        with_campaign = set(s.scalars(select(Campaign.account_id)))
        campaign_brands = set(s.scalars(select(Campaign.brand_id)))
        brands = {b.id: b.logo for b in s.scalars(select(Brand))}
    for a in accounts:
        if a.may_be_shown or a.id in with_campaign:
            assert a.logo is not None, a.trade_name
            assert check_image(a.logo) == "image/png"
        else:
            assert a.logo is None, a.trade_name
    assert all(brands[b] is not None for b in campaign_brands if b is not None)


def test_three_groups_and_every_role_in_a_reporting_line(
    filled: Filled,
) -> None:
    db, demo = filled.db, filled.summary
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


def test_demo_users_sign_in_with_the_demo_password(filled: Filled) -> None:
    db = filled.db
    actor = auth.sign_in(db, "demo", "demo")
    assert actor.role is Role.ACCOUNT_DIRECTOR
    assert actor.group_id is not None
    with pytest.raises(DomainError):
        auth.sign_in(db, "demo", "wrong")


def test_accounts_have_brands_products_contacts_and_a_team(
    filled: Filled,
) -> None:
    db, demo = filled.db, filled.summary
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
        for member in s.scalars(select(AccountAssignment)):
            teams.setdefault(member.account_id, {})[member.role] = member.staff_id
        roles: dict[int, Role] = {i: r for i, r in s.execute(select(Staff.id, Staff.role))}
        staff_groups: dict[int, int | None] = {
            i: g for i, g in s.execute(select(Staff.id, Staff.group_id))
        }
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
        assert tax_ids.problem(a.country, a.tax_id) is None, a.tax_id  # its country's check
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


def test_search_columns_are_the_services_own(filled: Filled) -> None:
    """Computed exactly as the accounts area's editing services compute them."""
    db = filled.db
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
    filled: Filled, typed: str, expected: str
) -> None:
    db = filled.db
    ids = search_account_ids(db, SYSTEM, AccountQuery(text=typed))
    with unit_of_work(db, SYSTEM, write=False) as uow:
        names = list(uow.session.scalars(select(Account.trade_name).where(Account.id.in_(ids))))
    assert expected in names


def test_the_demo_director_sees_their_group_and_its_history(
    filled: Filled,
) -> None:
    db, demo = filled.db, filled.summary
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


def test_one_summary_event_for_the_load(filled: Filled) -> None:
    db, demo = filled.db, filled.summary
    with unit_of_work(db, SYSTEM, write=False) as uow:
        s = uow.session
        bulk = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "bulk_create")))
        total = s.scalar(  # sign-ins, and failed ones, are other tests' (the demo is shared)
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action.not_in((AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED)))
        )
    assert len(bulk) == 1
    assert bulk[0].changes["accounts"] == [None, demo.accounts]
    assert total == demo.audit_events


def test_a_database_with_data_is_refused(filled: Filled) -> None:
    db = filled.db
    with pytest.raises(DomainError) as refused:
        fill_demo(db)
    assert refused.value.code == "demo.not_empty"
    assert exit_status(refused.value) == 1


def test_an_unknown_size_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError):
        fill_demo(db, "huge")
    assert is_empty(db)


def test_ids_keep_counting_after_the_demo(db: Database) -> None:
    """Explicit IDs must not strand PostgreSQL's sequences: a new account gets a new ID."""
    demo = fill_demo(db, "small", seed=0)
    from agencia.services.accounts.account_edit import AccountInput, create_account

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


def _columns(value: object) -> object:
    """A mapped row as its column values (repr of an object would name its address)."""
    table = getattr(value, "__table__", None)
    if table is None:
        return value
    return tuple(getattr(value, c.key) for c in table.columns)


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
                select(Campaign).order_by(Campaign.id),
                select(Brief).order_by(Brief.id),
                select(Approval).order_by(Approval.id),
                select(StatusChange).order_by(StatusChange.id),
                select(MeetingReport).order_by(MeetingReport.id),
                select(Document.id, Document.name, Document.sha256, Document.uploaded_at),
                select(AuditEvent.id, AuditEvent.at, AuditEvent.entity, AuditEvent.changes)
                .where(AuditEvent.entity.not_in(("account", "contact")))
                .order_by(AuditEvent.id),
            ):
                for row in s.execute(statement):
                    values = [_columns(v) for v in row]
                    h.update(repr(values).encode())
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


# --- campaigns -------------------------------------------------------------------------

S = CampaignStatus
THRESHOLDS = (Decimal(50_000), Decimal(150_000))


@dataclass
class World:
    """The demo's campaigns and what surrounds them, read straight from the tables."""

    campaigns: list[Campaign]
    accounts: dict[int, Account]
    staff: dict[int, Staff]
    briefs: dict[int, list[Brief]]  # campaign → versions, oldest first
    proposals: dict[int, Proposal]
    files: dict[int, list[int]]  # proposal → document IDs
    approvals: list[Approval]
    changes: dict[int, list[StatusChange]]  # campaign → moves, in order
    meetings: list[MeetingReport]
    steps: list[NextStep]
    attendees: dict[int, tuple[int, int]]  # meeting → (ours, theirs)
    delegations: list[Delegation]
    contacts: dict[int, int]  # contact → account
    documents: dict[int, tuple[str, str, bytes]]  # id → name, stored sha256, bytes


def _world(db: Database) -> World:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        s = uow.session
        briefs: dict[int, list[Brief]] = {}
        for b in s.scalars(select(Brief).order_by(Brief.campaign_id, Brief.number)):
            briefs.setdefault(b.campaign_id, []).append(b)
        changes: dict[int, list[StatusChange]] = {}
        for c in s.scalars(select(StatusChange).order_by(StatusChange.id)):
            changes.setdefault(c.campaign_id, []).append(c)
        files: dict[int, list[int]] = {}
        for proposal_id, document_id in s.execute(
            select(proposal_documents).order_by(proposal_documents.c.document_id)
        ):
            files.setdefault(proposal_id, []).append(document_id)
        ours = Counter(s.scalars(select(meeting_staff.c.meeting_id)))
        theirs = Counter(s.scalars(select(meeting_contacts.c.meeting_id)))
        meetings = list(s.scalars(select(MeetingReport).order_by(MeetingReport.id)))
        return World(
            campaigns=list(s.scalars(select(Campaign).order_by(Campaign.id))),
            accounts={a.id: a for a in s.scalars(select(Account))},
            staff={p.id: p for p in s.scalars(select(Staff))},
            briefs=briefs,
            proposals={p.id: p for p in s.scalars(select(Proposal))},
            files=files,
            approvals=list(s.scalars(select(Approval).order_by(Approval.id))),
            changes=changes,
            meetings=meetings,
            steps=list(s.scalars(select(NextStep))),
            attendees={m.id: (ours[m.id], theirs[m.id]) for m in meetings},
            delegations=list(s.scalars(select(Delegation))),
            contacts={c: a for c, a in s.execute(select(Contact.id, Contact.account_id))},
            documents={
                d.id: (d.name, d.sha256, d.data)
                for d in s.scalars(select(Document).options(undefer(Document.data)))
            },
        )


@pytest.fixture
def world(filled: Filled) -> World:
    return _world(filled.db)


def test_campaigns_cover_every_status_on_several_accounts_and_groups(
    filled: Filled, world: World
) -> None:
    campaigns = world.campaigns
    assert len(campaigns) == filled.summary.campaigns >= 10
    statuses = Counter(c.status for c in campaigns)
    assert len(statuses) >= 8
    assert set(statuses) == set(S), "every status of the life has a campaign"
    assert statuses[S.COMPLETED] >= 2
    assert len({c.account_id for c in campaigns}) == len(campaigns)
    assert len({world.accounts[c.account_id].group_id for c in campaigns}) == 3
    assert {c.currency for c in campaigns} >= {"EUR", "MXN", "ARS", "COP"}
    assert len({c.owner_id for c in campaigns}) >= 6
    for c in campaigns:
        account, owner = world.accounts[c.account_id], world.staff[c.owner_id]
        assert owner.role in (Role.ACCOUNT_EXECUTIVE, Role.JUNIOR_ACCOUNT_EXECUTIVE), c.name
        assert owner.group_id == account.group_id, c.name
        assert account.lead_executive_id == owner.id, c.name
        assert account.status is AccountStatus.ACTIVE, c.name
        assert c.currency == account.currency
        if c.currency == "EUR":
            assert 20_000 <= c.budget <= 500_000, c.name
        assert c.brand_id is not None and c.code.startswith("C2026-")
        assert c.start_date is not None and c.deadline is not None


def test_the_demo_days_sit_around_its_today(filled: Filled, world: World) -> None:
    """Every stamp is on the demo's calendar, none after its today; deadlines fall on both
    sides of it, some close enough to be pending."""
    now = DEMO_NOW
    stamps = [c.created_at for c in world.campaigns] + [c.updated_at for c in world.campaigns]
    stamps += [b.created_at for versions in world.briefs.values() for b in versions]
    stamps += [a.at for a in world.approvals]
    stamps += [ch.at for changes in world.changes.values() for ch in changes]
    stamps += [m.created_at for m in world.meetings]
    stamps += [m.sent_at for m in world.meetings if m.sent_at is not None]
    stamps += [p.created_at for p in world.proposals.values()]
    stamps += [d.created_at for d in world.delegations]
    with unit_of_work(filled.db, SYSTEM, write=False) as uow:
        s = uow.session
        stamps += list(s.scalars(select(Contrabrief.updated_at)))
        stamps += list(s.scalars(select(Document.uploaded_at)))
        campaign_trail = AuditEvent.entity.not_in(("account", "contact", "user"))
        stamps += list(s.scalars(select(AuditEvent.at).where(campaign_trail)))
    assert all(datetime(2026, 1, 1, tzinfo=UTC) <= at <= now for at in stamps)
    open_deadlines = [c.deadline for c in world.campaigns if c.status not in life.CLOSED]
    today = now.date()
    assert any(d is not None and d < today for d in open_deadlines), "one is overdue"
    assert any(d is not None and today <= d <= today + timedelta(days=14) for d in open_deadlines)
    assert any(d is not None and d > today + timedelta(days=60) for d in open_deadlines)
    for c in world.campaigns:  # a campaign's moves in order of time
        ats = [ch.at for ch in world.changes[c.id]]
        assert ats == sorted(ats), c.name


def test_briefs_are_versioned_and_every_campaign_past_brief_has_an_approved_one(
    world: World,
) -> None:
    standing: dict[int, Approval] = {}
    for a in world.approvals:
        if a.stage is ApprovalStage.BRIEF:
            standing[a.campaign_id] = a  # the newest supersedes the one before
    fields = [name for name, _es, _en in BRIEF_FIELDS]
    two_versions = 0
    for c in world.campaigns:
        versions = world.briefs[c.id]
        assert versions[0].objectives and versions[0].key_message, c.name
        if len(versions) > 1:
            two_versions += 1
            old, new = ({f: getattr(b, f) for f in fields} for b in versions[-2:])
            assert 1 <= len(compare(old, new)) <= 5, c.name  # a few fields, not all
            assert versions[-1].note, "a new version says why"
        if c.status is S.BRIEF:
            continue
        approval = standing[c.id]
        assert approval.decision is Decision.APPROVED, c.name
        assert approval.brief_id == versions[-1].id, c.name
    assert two_versions >= 3
    sent_back = [
        a
        for a in world.approvals
        if a.stage is ApprovalStage.BRIEF and a.decision is Decision.CHANGES_REQUESTED
    ]
    assert sent_back and sent_back[0].comment


def test_approvals_obey_the_rules(world: World) -> None:
    """Nobody approves their own work; the level follows the budget; a delegation is real;
    the client's decision names who, when, how, the exact document shown and its proof."""
    campaigns = {c.id: c for c in world.campaigns}
    briefs = {b.id: b for versions in world.briefs.values() for b in versions}
    decisions = Counter((a.stage, a.decision) for a in world.approvals)
    assert decisions[(ApprovalStage.INTERNAL, Decision.CHANGES_REQUESTED)] >= 1
    assert decisions[(ApprovalStage.CLIENT, Decision.CHANGES_REQUESTED)] >= 1
    assert decisions[(ApprovalStage.CLIENT, Decision.REJECTED)] >= 1
    assert decisions[(ApprovalStage.CLIENT, Decision.APPROVED)] >= 4
    on_behalf = 0
    for a in world.approvals:
        c = campaigns[a.campaign_id]
        account, owner = world.accounts[c.account_id], world.staff[c.owner_id]
        assert a.decided_on <= date.today() and a.decided_on <= DEMO_NOW.date()
        assert a.decided_by_id is not None
        decider = world.staff[a.decided_by_id]
        if a.decision is not Decision.APPROVED:
            assert a.comment, "a refusal says why"
        if a.stage is ApprovalStage.CLIENT:
            assert decider.id == owner.id  # the owner records what the client decided
            assert a.contact_id is not None and world.contacts[a.contact_id] == account.id
            assert a.channel is not None
            move = next(ch for ch in world.changes[c.id] if ch.approval_id == a.id)
            shown = [
                ch for ch in world.changes[c.id] if ch.to_status is S.PRESENTED and ch.id < move.id
            ][-1]
            assert a.document_sha256 == shown.document_sha256 != ""
            assert a.proof_id is not None, "the client's decision keeps its proof"
            _name, stored, data = world.documents[a.proof_id]
            assert stored == sha256(data)
            continue
        authority = world.staff[a.on_behalf_of_id] if a.on_behalf_of_id else decider
        if a.on_behalf_of_id is not None:
            on_behalf += 1
            assert decider.role is authority.role is Role.ACCOUNT_DIRECTOR  # peers
            assert decider.group_id != account.group_id == authority.group_id
            assert any(
                d.from_staff_id == authority.id
                and d.to_staff_id == decider.id
                and d.starts_on <= a.decided_on <= d.ends_on
                for d in world.delegations
            )
        else:
            assert decider.group_id == account.group_id
        assert decider.id != owner.id
        assert authority.role.rank > owner.role.rank  # up the line
        if a.stage is ApprovalStage.BRIEF:
            assert a.brief_id is not None and decider.id != briefs[a.brief_id].author_id
            continue
        assert a.proposal_id is not None
        proposal = world.proposals[a.proposal_id]
        assert decider.id != proposal.author_id
        level = life.required_role(c.budget, *THRESHOLDS)
        assert authority.role.rank >= level.rank, (c.name, authority.full_name)
        assert a.required_role == level.value
        main = world.files[proposal.id][0]
        assert a.document_sha256 == world.documents[main][1]
    assert on_behalf >= 1, "an approval given through a delegation between directors"


def test_completed_have_results_and_the_cancelled_one_a_reason(world: World) -> None:
    for c in world.campaigns:
        if c.status is S.COMPLETED:
            assert len(c.results_story) > 80, c.name
            assert len(c.results_kpis) >= 3
            assert all(k["name"] and k["target"] and k["achieved"] for k in c.results_kpis)
        elif c.status is S.CANCELLED:
            cancel = world.changes[c.id][-1]
            assert cancel.to_status is S.CANCELLED and len(cancel.comment) > 40
            assert world.staff[cancel.staff_id or 0].role is Role.ACCOUNT_DIRECTOR
        else:
            assert not c.results_story and not c.results_kpis


def test_completed_campaigns_show_their_key_visual_and_some_may_not_be_shown(
    filled: Filled, world: World
) -> None:
    completed = [c for c in world.campaigns if c.status is S.COMPLETED]
    for c in completed:
        assert c.key_visual_id is not None, c.name
        name, _sha, data = world.documents[c.key_visual_id]
        assert name.endswith(".png") and check_image(data, max_pixels=8000) == "image/png"
    assert all(c.key_visual_id is None for c in world.campaigns if c.status is not S.COMPLETED)
    shown = [c.may_be_shown and world.accounts[c.account_id].may_be_shown for c in completed]
    assert any(shown) and not all(shown), "a completed case the agency may not tell"
    assert any(c.may_be_shown for c in world.campaigns)
    assert not all(c.may_be_shown for c in world.campaigns)


def test_most_campaigns_past_the_brief_have_a_media_plan(filled: Filled, world: World) -> None:
    with unit_of_work(filled.db, SYSTEM, write=False) as uow:
        lines = list(
            uow.session.scalars(
                select(MediaPlanLine).order_by(MediaPlanLine.campaign_id, MediaPlanLine.position)
            )
        )
    plans: dict[int, list[MediaPlanLine]] = {}
    for line in lines:
        plans.setdefault(line.campaign_id, []).append(line)
    past_brief = [c for c in world.campaigns if c.status is not S.BRIEF]
    planned = [c for c in past_brief if c.id in plans]
    assert len(planned) >= len(past_brief) - 2 and len(planned) >= 10
    assert all(plans.get(c.id) is None for c in world.campaigns if c.status is S.BRIEF)
    for c in planned:
        plan = plans[c.id]
        assert 3 <= len(plan) <= 6, c.name
        assert [line.position for line in plan] == list(range(len(plan)))
        assert 0 < sum(line.amount for line in plan) <= c.budget, c.name
        assert len({line.channel for line in plan}) == len(plan)
        for line in plan:
            assert line.description and line.amount > 0
            assert line.starts is not None and line.ends is not None
            assert c.start_date is not None and c.deadline is not None
            assert c.start_date <= line.starts <= line.ends <= c.deadline, c.name
    with unit_of_work(filled.db, SYSTEM, write=False) as uow:
        saved = list(
            uow.session.scalars(select(AuditEvent).where(AuditEvent.entity == "media_plan"))
        )
    assert len(saved) == len(planned)
    assert all(world.staff[e.staff_id or 0].role is not Role.ADMINISTRATOR for e in saved)


def test_the_demo_decks_tell_only_what_may_be_shown(filled: Filled, world: World) -> None:
    db = filled.db
    director = auth.actor_for(db, "demo")
    general = agency_content(db, director)
    told = {case.campaign for case in general.cases}
    completed = {c.name: c for c in world.campaigns if c.status is S.COMPLETED}
    for name, c in completed.items():
        showable = c.may_be_shown and world.accounts[c.account_id].may_be_shown
        assert (name in told) is showable, name
    assert all(case.key_visual and case.results and case.challenge for case in general.cases)
    assert {client.name for client in general.clients} == {
        a.trade_name
        for a in world.accounts.values()
        if a.may_be_shown and a.status in (AccountStatus.ACTIVE, AccountStatus.PAUSED)
    }
    hidden = next(c for c in completed.values() if not world.accounts[c.account_id].may_be_shown)
    own = agency_content(db, director, for_account_id=hidden.account_id)
    assert hidden.name in {case.campaign for case in own.cases}
    assert hidden.name not in repr(general)
    # every campaign's presentation gathers, in both languages
    for c in world.campaigns:
        if world.accounts[c.account_id].group_id != director.group_id:
            continue
        for lang in ("es", "en"):
            content = campaign_content(db, director, c.id, lang=lang)
            assert content.campaign == c.name and content.team


def test_meeting_reports_contrabriefs_and_proposal_files(filled: Filled, world: World) -> None:
    assert len(world.meetings) >= 12
    for m in world.meetings:
        ours, theirs = world.attendees[m.id]
        assert ours >= 2 and theirs >= 1, m.subject
        assert m.agreements and m.place
    assert sum(m.sent_at is not None for m in world.meetings) >= 10
    assert sum(m.acknowledged_on is not None for m in world.meetings) >= 8
    assert any(m.sent_at is not None and m.acknowledged_on is None for m in world.meetings)
    assert any(m.sent_at is None for m in world.meetings), "an acta still to send"
    # each acta sent went as a PDF kept with its campaign; the acknowledgement names it
    kept = {sha for _name, sha, _data in world.documents.values()}
    for m in world.meetings:
        if m.sent_at is not None:
            assert m.sent_sha256 in kept and m.sent_sha256 == m.acta_sha256
        if m.acknowledged_on is not None:
            assert m.acknowledged_sha256 == m.sent_sha256
    assert len(world.steps) >= 25
    assert all(s.due_on is not None for s in world.steps)
    assert any(s.owner_contact_id for s in world.steps) and any(
        s.owner_staff_id for s in world.steps
    )
    assert any(s.done for s in world.steps) and any(not s.done for s in world.steps)
    with unit_of_work(filled.db, SYSTEM, write=False) as uow:
        answered = uow.session.scalar(select(func.count()).select_from(Contrabrief))
    assert answered is not None and answered >= 10
    # versions of the proposal, each with its files; every file is real and fingerprinted
    per_campaign = Counter(p.campaign_id for p in world.proposals.values())
    assert max(per_campaign.values()) >= 2
    assert all(world.files[p] for p in world.proposals)
    kinds = Counter(name.rsplit(".", 1)[-1] for name, _sha, _data in world.documents.values())
    assert kinds["pdf"] >= 10 and kinds["eml"] >= 5 and kinds["md"] >= 3
    for name, stored, data in world.documents.values():
        assert stored == sha256(data)
        if name.endswith(".pdf"):
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
            assert len(data) < 10_000 or name.startswith("Acta ")  # actas embed their fonts
        elif name.endswith(".eml"):
            assert b"\r\nSubject: " in data and b"@" in data
    # the owner downloads one as it was stored
    campaign = next(c for c in world.campaigns if c.status is S.COMPLETED)
    proposal = max(
        (p for p in world.proposals.values() if p.campaign_id == campaign.id),
        key=lambda p: p.number,
    )
    owner = auth.actor_for(filled.db, _login(filled.db, campaign.owner_id))
    view, data = read_document(filled.db, owner, world.files[proposal.id][0])
    assert view.sha256 == sha256(data)


def test_the_demo_director_sees_the_campaigns_and_what_waits_for_her(filled: Filled) -> None:
    director = auth.actor_for(filled.db, "demo")
    rows = list_campaigns(filled.db, director, CampaignQuery())
    assert len(rows) >= 6
    assert {r.status for r in rows} >= {S.BRIEF, S.INTERNAL_REVIEW, S.COMPLETED, S.CANCELLED}
    detail = get_campaign(filled.db, director, next(r.id for r in rows if r.status is S.COMPLETED))
    assert detail.briefs and detail.proposals and detail.approvals and detail.meetings
    assert detail.contrabrief is not None
    kinds = {item.kind for item in pending_for(filled.db, director)}
    assert {"approve_brief", "approve_proposal", "next_step"} <= kinds
    # her summer delegation and the Christmas one she holds
    with unit_of_work(filled.db, SYSTEM, write=False) as uow:
        delegations = list(uow.session.scalars(select(Delegation)))
    assert {director.staff_id} <= {d.from_staff_id for d in delegations}
    assert {director.staff_id} <= {d.to_staff_id for d in delegations}


def test_the_thresholds_were_set_by_the_administrator(filled: Filled) -> None:
    with unit_of_work(filled.db, SYSTEM, write=False) as uow:
        s = uow.session
        agency = s.scalars(select(Agency)).one()
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "agency", AuditEvent.action == "update")
        ).one()
        role = s.scalar(select(Staff.role).where(Staff.id == event.staff_id))
    assert (agency.approval_threshold, agency.manager_approval_threshold) == THRESHOLDS
    assert role is Role.ADMINISTRATOR
    assert event.changes["approval_threshold"][1] == "50000"


def test_two_loads_at_once_fill_once(db: Database) -> None:
    """The emptiness check is inside the filling transaction: the second load waits for
    the first and is then refused as not empty (never half-written, never a crash)."""
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def load() -> None:
        start.wait()
        try:
            fill_demo(db, "small", seed=0)
            outcomes.append("filled")
        except DomainError as refused:
            outcomes.append(refused.code)

    threads = [threading.Thread(target=load) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(outcomes) == ["demo.not_empty", "filled"]
    with unit_of_work(db, SYSTEM, write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Agency)) == 1


def _login(db: Database, staff_id: int) -> str:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        login = uow.session.scalar(select(User.login).where(User.staff_id == staff_id))
    assert login is not None
    return login


def test_the_large_path_keeps_the_campaigns_on_the_curated_clients(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The large demo, made small: generated companies may repeat a curated client's name
    (here every one is a «Bodegas Ibáñez»); the campaigns stay on the curated clients."""
    from agencia.demo.accounts import clients as demo_clients
    from agencia.demo.data import campaigns as demo_campaigns
    from agencia.demo.data import clients as demo_data

    monkeypatch.setattr(demo_clients, "LARGE_ACCOUNTS", 120)
    monkeypatch.setattr(demo_clients, "LARGE_CONTACTS", 300)
    monkeypatch.setattr(demo_data, "BUSINESSES", (("Bodegas", "Bebidas"),))
    monkeypatch.setattr(demo_data, "SURNAMES", ("Ibáñez",))
    summary = fill_demo(db, "large", seed=0)
    assert summary.accounts == 120 and summary.campaigns == len(demo_campaigns.CAMPAIGNS)
    with unit_of_work(db, SYSTEM, write=False) as uow:
        s = uow.session
        namesakes = s.scalar(
            select(func.count()).select_from(Account).where(Account.trade_name == "Bodegas Ibáñez")
        )
        planned = {plan.name for plan in demo_campaigns.CAMPAIGNS}  # not coordination's bulk
        on_curated = s.scalar(
            select(func.count())
            .select_from(Campaign)
            .where(Campaign.name.in_(planned), Campaign.account_id <= len(demo_data.COMPANIES))
        )
    assert namesakes is not None and namesakes > 1
    assert on_curated == summary.campaigns
    # the search indexes came back after the bulk load
    assert search_account_ids(db, SYSTEM, AccountQuery(text="Kola-Sierra"))

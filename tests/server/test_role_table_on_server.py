"""The server enforces the role table: row-level security generated from
`agencia.domain.permissions`, the same table the services ask, and both agree."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import psycopg
import pytest
from factories import ADMIN_PASSWORD
from server_world import PEOPLE, ServerAgency
from sqlalchemy import select, text

from agencia.db import server_security
from agencia.db.database import Database
from agencia.db.server_tables import RowPath, Step
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Campaign
from agencia.domain.enums import Role
from agencia.domain.errors import DomainError
from agencia.domain.models import Account
from agencia.domain.permissions import Action, Scope, allowed
from agencia.services.accounts.access import visible_clause
from agencia.services.accounts.account_edit import input_from_detail, update_account

REACHES = (Scope.ASSIGNED, Scope.GROUP, Scope.ALL)


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_the_server_and_the_services_read_the_same_role_table(db: Database) -> None:
    """Every role × action × reach: the server's function says what permissions says."""
    combos = list(itertools.product(Role, Action, REACHES))
    with db.reader.connect() as conn:
        server = conn.execute(
            text(
                "SELECT agencia_allowed(r, a, s) FROM unnest("
                "CAST(:r AS text[]), CAST(:a AS text[]), CAST(:s AS int[])) AS t(r, a, s)"
            ),
            {
                "r": [r.value for r, _, _ in combos],
                "a": [a.value for _, a, _ in combos],
                "s": [int(s) for _, _, s in combos],
            },
        ).scalars()
        found = list(server)
    expected = [allowed(r, a, s) for r, a, s in combos]
    disagree = [c for c, f, e in zip(combos, found, expected, strict=True) if f != e]
    assert disagree == [] and len(found) == len(Role) * len(Action) * 3


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_every_table_people_use_has_row_level_security(db: Database) -> None:
    with db.reader.connect() as conn:
        plans = server_security.plan(conn)
        unguarded = conn.execute(
            text(
                "SELECT relname FROM pg_class WHERE relkind = 'r' AND NOT relrowsecurity "
                "AND relnamespace = 'public'::regnamespace AND relname <> 'alembic_version'"
            )
        ).scalars()
        assert list(unguarded) == []
    by_name = {p.name: p for p in plans}
    # the known tables are classified as the services treat them
    assert by_name["accounts"].account == RowPath("id")
    assert by_name["campaigns"].account == RowPath("account_id")
    through_campaign = (Step("campaign_id", "campaigns"),)
    assert by_name["approvals"].account == RowPath("account_id", through_campaign)
    assert by_name["staff"].account is None and by_name["users"].account is None


def _visible(owner: Database, agency: ServerAgency, login: str) -> set[int]:
    """The accounts the services let `login` see (their own filter, on the owner's rows)."""
    actor = agency.agency.admin if login == "admin" else agency.agency.actor(login)
    with unit_of_work(owner, SYSTEM, write=False) as uow:
        return set(uow.session.scalars(select(Account.id).where(visible_clause(actor))))


@pytest.mark.parametrize("login", ["admin", *PEOPLE])
def test_a_psql_session_sees_what_the_services_show(
    server_agency: ServerAgency, login: str
) -> None:
    """A trainee sees the accounts they are on, a director their group: on the server,
    whatever SQL the person types, and the same as the services' own filter."""
    password = ADMIN_PASSWORD if login == "admin" else None
    with server_agency.connect(login, *(password,) if password else ()) as conn:
        accounts = {r[0] for r in conn.execute("SELECT id FROM accounts")}
        campaigns = {r[0] for r in conn.execute("SELECT account_id FROM campaigns")}
        approvals = {r[0] for r in conn.execute("SELECT campaign_id FROM approvals")}
    expected = _visible(server_agency.owner, server_agency, login)
    assert accounts == expected
    assert campaigns <= expected
    with unit_of_work(server_agency.owner, SYSTEM, write=False) as uow:
        all_campaigns = {
            c: a for c, a in uow.session.execute(select(Campaign.id, Campaign.account_id))
        }
    assert approvals == {c for c, a in all_campaigns.items() if a in expected}
    a = server_agency.agency.accounts
    if login == "pablo":  # the trainee: Coca-Cola's team only
        assert accounts == {a["coca"]}
    if login == "lucia":  # her group, not Servicios
        assert a["andino"] not in accounts and a["coca"] in accounts


def test_services_run_under_the_persons_own_rules(server_agency: ServerAgency) -> None:
    """Signed in as themselves, a person's edits work where the table allows them; a
    trainee's service call cannot even find an account of another team."""
    from agencia.services.accounts.queries import get_account

    a = server_agency.agency.accounts
    db, alvaro = server_agency.signed_in("alvaro")
    try:
        detail = get_account(db, alvaro, a["coca"])
        data = replace(input_from_detail(detail), notes="Editado desde su propia conexión")
        update_account(db, alvaro, a["coca"], data, detail.version)
    finally:
        db.close()
    db, pablo = server_agency.signed_in("pablo")
    try:
        with pytest.raises(DomainError):
            get_account(db, pablo, a["loreal"])
    finally:
        db.close()


def _services_see(owner: Database, agency: ServerAgency, login: str) -> set[int]:
    """The accounts the services let `login` read: their own reach, and through each
    delegation in force today their delegator's (services.campaigns.access)."""
    from agencia.services.accounts.access import relation
    from agencia.services.campaigns.access import delegators, person

    actor = agency.agency.actor(login)
    seen = set()
    with unit_of_work(owner, actor, write=False) as uow:
        covering = delegators(uow)
        for account in uow.session.scalars(select(Account)):
            own = relation(uow, actor.staff_id, actor.group_id, account)
            people = [person(uow, d, account) for d in covering]
            if allowed(actor.role, Action.SEE_ACCOUNTS, own) or any(
                allowed(p.role, Action.SEE_ACCOUNTS, p.reach) for p in people
            ):
                seen.add(account.id)
    return seen


@pytest.mark.parametrize(
    ("delegator", "delegate"),
    [("andres", "lucia"), ("alvaro", "laura"), ("raul", "pablo"), ("lucia", "raul")],
)
def test_someone_covering_for_a_colleague_reads_the_same_accounts_on_both(
    server_agency: ServerAgency, delegator: str, delegate: str
) -> None:
    """A delegation in force lets the delegate read what the delegator reads: the server
    agrees with the services account by account, and a service call made through the
    delegate's own connection finds the delegator's campaign; an expired or revoked
    delegation gives nothing."""
    from datetime import date, timedelta

    from agencia.domain.campaign_models import Delegation
    from agencia.services.campaigns.queries import get_campaign

    staff = server_agency.agency.staff
    today = date.today()
    with unit_of_work(server_agency.owner, SYSTEM) as uow:
        for starts, ends, revoked in (
            (today - timedelta(days=9), today - timedelta(days=1), False),  # over
            (today, today + timedelta(days=5), True),  # revoked
        ):
            uow.session.add(
                Delegation(
                    from_staff_id=staff[delegator],
                    to_staff_id=staff[delegate],
                    starts_on=starts,
                    ends_on=ends,
                    revoked=revoked,
                )
            )
    before = _services_see(server_agency.owner, server_agency, delegate)
    with server_agency.connect(delegate) as conn:
        assert {r[0] for r in conn.execute("SELECT id FROM accounts")} == before
    with unit_of_work(server_agency.owner, SYSTEM) as uow:
        uow.session.add(
            Delegation(
                from_staff_id=staff[delegator],
                to_staff_id=staff[delegate],
                starts_on=today - timedelta(days=1),
                ends_on=today + timedelta(days=1),
            )
        )
    expected = _services_see(server_agency.owner, server_agency, delegate)
    assert expected > before  # the delegation adds accounts to read
    with server_agency.connect(delegate) as conn:
        assert {r[0] for r in conn.execute("SELECT id FROM accounts")} == expected
        campaigns = {r[0] for r in conn.execute("SELECT account_id FROM campaigns")}
        assert campaigns <= expected
    owned = {"andres": "andino", "raul": "andino", "alvaro": "coca", "lucia": "coca"}
    code = owned[delegator]
    db, actor = server_agency.signed_in(delegate)
    try:
        found = get_campaign(db, actor, server_agency.campaigns[code])
        assert found.id == server_agency.campaigns[code]
    finally:
        db.close()


def _in_review(server_agency: ServerAgency, owner_login: str = "andres") -> int:
    """A campaign of Andino (Servicios) in internal review, owned by `owner_login`
    (Andrés, its director, unless told): written through the services on the owner's
    connection, as each person would."""
    from campaign_world import BRIEF, PROPOSAL_PDF

    from agencia.domain.enums import CampaignKind, CampaignStatus, Decision
    from agencia.services.campaigns import flow
    from agencia.services.campaigns.briefs import save_brief
    from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
    from agencia.services.campaigns.documents import DocumentInput
    from agencia.services.campaigns.proposals import ProposalInput, save_proposal
    from agencia.services.campaigns.queries import get_campaign

    owner, people = server_agency.owner, server_agency.agency
    andres = people.actor(owner_login)
    brief_approver = people.actor("lucia" if owner_login == "andres" else "andres")
    cid = create_campaign(
        owner,
        andres,
        CampaignInput(
            account_id=people.accounts["andino"],
            name="Campaña del director",
            kind=CampaignKind.LAUNCH,
            budget="90000",
            start_date=date(2026, 1, 10),
            deadline=date(2026, 12, 20),
        ),
    ).id
    save_brief(owner, andres, cid, BRIEF, None)
    flow.decide_brief(owner, brief_approver, cid, 1, Decision.APPROVED)
    for target in (CampaignStatus.IN_DEVELOPMENT, CampaignStatus.INTERNAL_REVIEW):
        if target is CampaignStatus.INTERNAL_REVIEW:
            save_proposal(
                owner,
                andres,
                cid,
                ProposalInput(summary="Propuesta", uploads=(DocumentInput("p.pdf", PROPOSAL_PDF),)),
            )
        flow.move_campaign(
            owner, andres, cid, target, version=get_campaign(owner, SYSTEM, cid).version
        )
    return cid


def test_a_director_reads_and_decides_another_directors_campaign_outside_their_group(
    server_agency: ServerAgency,
) -> None:
    """A director's campaign is reviewed by another director, whatever their group
    (campaign_life.approver_refusal): the services let Lucía (Gran Consumo) read
    Andrés's campaign of Andino (Servicios) and decide on it; the server agrees — that
    campaign and what deciding reads, not the account's other campaigns."""
    from agencia.domain.enums import CampaignStatus
    from agencia.services.campaigns import flow
    from agencia.services.campaigns.queries import get_campaign

    cid = _in_review(server_agency)
    others = server_agency.campaigns["andino"]  # Raúl's (an executive): not Lucía's to see
    lucia = server_agency.agency.actor("lucia")
    assert get_campaign(server_agency.owner, lucia, cid).id == cid  # the services' word
    with pytest.raises(DomainError):
        get_campaign(server_agency.owner, lucia, others)
    with server_agency.connect("lucia") as conn:
        campaigns = {r[0] for r in conn.execute("SELECT id FROM campaigns")}
        decided = {r[0] for r in conn.execute("SELECT campaign_id FROM approvals")}
        proposals = {r[0] for r in conn.execute("SELECT campaign_id FROM proposals")}
        for change in ("name = 'Otra'", "budget = 1", "deadline = deadline + 1"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # deciding is all
                conn.execute(f"UPDATE campaigns SET {change}, version = version WHERE id = {cid}")
    assert cid in campaigns and others not in campaigns
    assert cid in decided and others not in decided
    assert cid in proposals

    db, actor = server_agency.signed_in("lucia")
    try:
        detail = get_campaign(db, actor, cid)  # through her own connection
        assert detail.id == cid
        with pytest.raises(DomainError):
            get_campaign(db, actor, others)
        flow.move_campaign(
            db,
            actor,
            cid,
            CampaignStatus.READY_FOR_CLIENT,
            version=detail.version,
            step=flow.InternalDecisionStep("Adelante"),
        )
    finally:
        db.close()
    assert get_campaign(server_agency.owner, SYSTEM, cid).row.status is (
        CampaignStatus.READY_FOR_CLIENT
    )


def test_a_delegate_decides_for_their_delegator_outside_their_own_group(
    server_agency: ServerAgency,
) -> None:
    """Lucía covers for Andrés (both directors): through her own connection she decides
    on Raúl's campaign of Andino, in Andrés's group, as the services allow."""
    from datetime import timedelta

    from agencia.domain.campaign_models import Delegation
    from agencia.domain.enums import CampaignStatus
    from agencia.services.campaigns import flow
    from agencia.services.campaigns.queries import get_campaign

    cid = _in_review(server_agency, "raul")
    staff, today = server_agency.agency.staff, date.today()
    with unit_of_work(server_agency.owner, SYSTEM) as uow:
        uow.session.add(
            Delegation(
                from_staff_id=staff["andres"],
                to_staff_id=staff["lucia"],
                starts_on=today - timedelta(days=1),
                ends_on=today + timedelta(days=1),
            )
        )
    db, actor = server_agency.signed_in("lucia")
    try:
        detail = get_campaign(db, actor, cid)
        flow.move_campaign(
            db,
            actor,
            cid,
            CampaignStatus.READY_FOR_CLIENT,
            version=detail.version,
            step=flow.InternalDecisionStep("En nombre de Andrés"),
        )
    finally:
        db.close()
    assert get_campaign(server_agency.owner, SYSTEM, cid).row.status is (
        CampaignStatus.READY_FOR_CLIENT
    )

"""The approvals in Pendientes are found in a fixed handful of SQL statements however many
campaigns wait (counted on the engines, never timed), and they are exactly the ones the
per-campaign rule finds — `flow.brief_refusal` and `flow.move_options` asked of each
campaign in brief or internal review, as Pendientes did before — for every person of the
small demo and of an agency at scale, with delegations held, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

from campaign_world import Cast, add_proposal, build_cast, new_campaign, ready_for_development
from campaign_world import version as campaign_version
from sql_statements import statements
from sqlalchemy import select

from agencia.areas import pending_for
from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.demo.campaigns import scale
from agencia.demo.fill import fill_demo
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.campaign_models import Brief, Campaign, Delegation
from agencia.domain.enums import ApprovalStage, CampaignStatus, Role
from agencia.domain.models import Account, Staff
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.campaigns import access as campaign_access
from agencia.services.campaigns import approvals, flow
from agencia.services.campaigns.pending import _approvals

S = CampaignStatus
APPROVAL_KINDS = ("approve_brief", "approve_proposal")
MOST = 20  # statements for all of Pendientes, whatever the number of campaigns


def _one_by_one(uow: UnitOfWork) -> set[tuple[str, int, int | None, int]]:
    """The rule as Pendientes asked it before: each campaign's own checks, in turn."""
    actor = uow.actor
    if actor.staff_id is None or actor.role.rank < Role.ACCOUNT_SUPERVISOR.rank:
        return set()
    if actor.role is Role.ADMINISTRATOR:
        return set()
    stmt = (
        select(Campaign, Account)
        .join(Account, Account.id == Campaign.account_id)
        .where(Campaign.status.in_((S.BRIEF, S.INTERNAL_REVIEW)))
    )
    if actor.role is not Role.ACCOUNT_DIRECTOR and not approvals.holds_delegation(uow):
        stmt = stmt.where(campaign_access.visible_campaigns(actor, Action.INTERNAL_APPROVAL))
    found = set()
    for campaign, account in uow.session.execute(stmt).all():
        reach = access.reach(uow, account)
        if campaign.status is S.BRIEF:
            brief = approvals.latest(uow, Brief, campaign.id)
            if brief is None:
                continue
            standing = approvals.standing_approval(uow, campaign.id, ApprovalStage.BRIEF)
            if standing is not None and standing.brief_id == brief.id:
                continue
            refusal, _ = flow.brief_refusal(uow, campaign, account, reach, brief)
            if refusal is None:
                found.add(("approve_brief", campaign.id, brief.number, campaign.version))
        elif any(o.allowed for o in flow.move_options(uow, campaign, account, reach)):
            found.add(("approve_proposal", campaign.id, None, campaign.version))
    return found


def _everyone(db: Database) -> list[Actor]:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        staff = uow.session.scalars(select(Staff).order_by(Staff.id)).all()
        return [Actor(None, s.id, f"s{s.id}", s.full_name, s.role, s.group_id) for s in staff]


def _delegate_between_peers(db: Database) -> None:
    """For each approving role, its first person hands their approvals to the second today."""
    with unit_of_work(db, SYSTEM) as uow:
        for role in (Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_MANAGER, Role.ACCOUNT_DIRECTOR):
            ids = uow.session.scalars(select(Staff.id).where(Staff.role == role).order_by(Staff.id))
            peers = list(ids)[:2]
            if len(peers) == 2:
                today = date.today()
                uow.session.add(
                    Delegation(
                        from_staff_id=peers[0],
                        to_staff_id=peers[1],
                        starts_on=today - timedelta(days=1),
                        ends_on=today + timedelta(days=1),
                    )
                )


def _same_for_everyone(db: Database) -> int:
    """Compare both ways of finding the approvals for every person; how many were found."""
    total = 0
    for actor in _everyone(db):
        with unit_of_work(db, actor, write=False) as uow:
            expected = _one_by_one(uow)
            got = {(i.kind, i.campaign_id, i.item_id, i.version) for i in _approvals(uow)}
        assert got == expected, actor.name
        total += len(got)
    return total


def test_the_small_demo_waits_on_the_same_people_for_the_same_approvals(db: Database) -> None:
    fill_demo(db, "small", seed=0)
    assert _same_for_everyone(db) > 0
    _delegate_between_peers(db)
    assert _same_for_everyone(db) > 0


def _with_proposals_in_review(cast: Cast) -> None:
    """Two campaigns played through the services: one in internal review with a proposal
    over the supervisor's threshold, one under it."""
    for name, budget in (("Grande", "90000"), ("Pequeña", "20000")):
        campaign = new_campaign(cast, name=name, budget=budget)
        ready_for_development(cast, campaign)
        flow.move_campaign(
            cast.db,
            cast.actor("executive"),
            campaign,
            S.IN_DEVELOPMENT,
            version=campaign_version(cast, campaign),
        )
        add_proposal(cast, campaign)
        flow.move_campaign(
            cast.db,
            cast.actor("executive"),
            campaign,
            S.INTERNAL_REVIEW,
            version=campaign_version(cast, campaign),
        )


def _statements_for(cast: Cast, who: str) -> tuple[int, int]:
    """(statements run, approvals listed) by all of Pendientes for one person."""
    with statements(cast.db.writer, cast.db.reader) as seen:
        items = pending_for(cast.db, cast.actor(who))
    return len(seen), sum(1 for i in items if i.kind in APPROVAL_KINDS)


def test_approvals_cost_the_same_few_statements_for_2_or_200_campaigns(db: Database) -> None:
    cast = build_cast(db)
    _with_proposals_in_review(cast)
    people = ("director", "manager", "supervisor", "director_b")
    few = {who: _statements_for(cast, who) for who in people}
    with db.writer.connect() as connection, connection.begin():
        scale.fill_at_scale(connection, date.today(), total=200)
    many = {who: _statements_for(cast, who) for who in people}
    for who in people:
        assert 0 < many[who][0] <= MOST, (who, many[who])
        assert many[who][0] == few[who][0], who  # not one more per campaign
    assert many["director"][1] > few["director"][1] > 0  # more campaigns waited on her
    _delegate_between_peers(db)
    assert _same_for_everyone(db) > 0

"""The approvals waiting for the signed-in person, found in a fixed handful of statements.

A director of a large agency has thousands of campaigns in brief or internal review;
asking the database about each one (its latest brief, the decision in force, its latest
proposal, its owner, the teams, the rate of its currency) took 26,000 statements and
18-20 s for the large demo's director (2,500 candidates of 50,000 campaigns). Here each
of those facts is read once for all the candidates, and the same rules decide per
campaign in memory: `campaign_life.approver_refusal` (the brief's decision, and
the proposal's, at the level the budget requires), `campaign_life.mover_refusal` (the other
moves out of internal review), exactly as `flow.brief_refusal` and `flow.move_options` do:
ten statements, 0.3-0.5 s. tests/services/test_campaign_pending_approvals.py holds both
ways to the same result for every person of the demo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select

from agencia.db.uow import UnitOfWork
from agencia.domain import campaign_life as life
from agencia.domain.campaign_models import (
    Approval,
    Brief,
    Campaign,
    Document,
    Proposal,
    proposal_documents,
)
from agencia.domain.enums import ApprovalStage, CampaignStatus, Role
from agencia.domain.errors import NotFound
from agencia.domain.models import Account, AccountAssignment, Agency, ExchangeRate, Staff
from agencia.domain.permissions import Action, Scope
from agencia.services.campaigns import access as campaign_access

S = CampaignStatus
UNDER_REVIEW = (S.BRIEF, S.INTERNAL_REVIEW)


@dataclass(frozen=True, slots=True)
class Waiting:
    """One approval the person may give now: a brief version, or the latest proposal."""

    campaign: Campaign
    account: Account
    brief_number: int | None  # None: the proposal


def waiting_approvals(uow: UnitOfWork) -> list[Waiting]:
    """The briefs and proposals the person may decide on, by the campaigns' deadlines."""
    actor = uow.actor
    if actor.staff_id is None or actor.role.rank < Role.ACCOUNT_SUPERVISOR.rank:
        return []
    if actor.role is Role.ADMINISTRATOR:
        return []
    delegators = campaign_access.delegators(uow)
    where: list[ColumnElement[bool]] = [Campaign.status.in_(UNDER_REVIEW)]
    if actor.role is not Role.ACCOUNT_DIRECTOR and not delegators:
        where.append(campaign_access.visible_campaigns(actor, Action.INTERNAL_APPROVAL))
    rows = uow.session.execute(
        select(Campaign, Account)
        .join(Account, Account.id == Campaign.account_id)
        .where(*where)
        .order_by(Campaign.deadline)
    ).all()
    if not rows:
        return []
    facts = _Facts.read(uow, where, delegators)
    return [w for campaign, account in rows if (w := facts.waiting(campaign, account))]


def awaiting_ids(uow: UnitOfWork, kind: str) -> list[int]:
    """The campaigns whose brief (`kind` "brief") or proposal ("proposal") awaits the
    person's decision, by deadline: the campaigns list's «esperan su aprobación» filter,
    which Pendientes' «y N más» lines open (the same rule as their items)."""
    brief = kind == "brief"
    return [w.campaign.id for w in waiting_approvals(uow) if (w.brief_number is not None) is brief]


def _ids(where: list[Any], column: Any) -> Select[Any]:
    return select(column).where(*where)


@dataclass(slots=True)
class _Facts:
    """What the rules need about the candidate campaigns, read once for all of them."""

    uow: UnitOfWork
    delegators: list[int]
    briefs: dict[int, tuple[int, int, int | None]]  # campaign: brief id, number, author
    decided_briefs: dict[int, int | None]  # campaign: the brief of the decision in force
    proposal_authors: dict[int, set[int]]  # campaign: its latest proposal's authors
    staff: dict[int, tuple[Role, int | None]]  # id: role, group
    teams: set[tuple[int, int]]  # (account, staff) on the account's team
    agency: tuple[str, Decimal, Decimal] | None  # currency, thresholds
    rates: dict[str, list[tuple[date, Decimal]]]  # currency: (valid from, rate), newest first

    @classmethod
    def read(cls, uow: UnitOfWork, where: list[Any], delegators: list[int]) -> _Facts:
        session = uow.session
        me = uow.actor.staff_id
        assert me is not None
        campaigns = _ids(where, Campaign.id)
        briefs = {
            c: (i, n, a)
            for c, i, n, a in session.execute(
                _latest(Brief, campaigns).add_columns(Brief.author_id)
            ).all()
        }
        decided: dict[int, int | None] = {
            c: b
            for c, b in session.execute(
                select(Approval.campaign_id, Approval.brief_id).where(
                    Approval.id.in_(
                        select(func.max(Approval.id))
                        .where(
                            Approval.campaign_id.in_(campaigns),
                            Approval.stage == ApprovalStage.BRIEF,
                        )
                        .group_by(Approval.campaign_id)
                    )
                )
            ).all()
        }
        proposals: dict[int, set[int]] = {}
        latest_proposals = _latest(Proposal, campaigns).subquery()
        for c, a in session.execute(  # `approvals.version_authors`: who saved it, uploaded
            select(latest_proposals.c.campaign_id, Proposal.author_id)
            .join(Proposal, Proposal.id == latest_proposals.c.id)
            .union(
                select(latest_proposals.c.campaign_id, Document.uploaded_by_id)
                .join(
                    proposal_documents,
                    proposal_documents.c.proposal_id == latest_proposals.c.id,
                )
                .join(Document, Document.id == proposal_documents.c.document_id)
            )
        ).all():
            authors = proposals.setdefault(c, set())
            if a is not None:
                authors.add(a)
        owners = _ids(where, Campaign.owner_id)
        staff = {
            i: (r, g)
            for i, r, g in session.execute(
                select(Staff.id, Staff.role, Staff.group_id).where(
                    Staff.id.in_(owners) | Staff.id.in_(delegators)
                )
            ).all()
        }
        accounts = _ids(where, Campaign.account_id)
        teams = {
            (a, s)
            for a, s in session.execute(
                select(AccountAssignment.account_id, AccountAssignment.staff_id)
                .join(
                    Campaign,
                    (Campaign.account_id == AccountAssignment.account_id)
                    & (Campaign.owner_id == AccountAssignment.staff_id),
                )
                .where(*where)
                .union(
                    select(AccountAssignment.account_id, AccountAssignment.staff_id).where(
                        AccountAssignment.staff_id.in_([me, *delegators]),
                        AccountAssignment.account_id.in_(accounts),
                    )
                )
            ).all()
        }
        agency_row = session.execute(
            select(
                Agency.currency, Agency.approval_threshold, Agency.manager_approval_threshold
            ).limit(1)
        ).first()
        agency = None if agency_row is None else (agency_row[0], agency_row[1], agency_row[2])
        rates: dict[str, list[tuple[date, Decimal]]] = {}
        if agency is not None and agency[0]:
            for currency, valid_from, rate in session.execute(
                select(ExchangeRate.currency, ExchangeRate.valid_from, ExchangeRate.rate).order_by(
                    ExchangeRate.valid_from.desc()
                )
            ).all():
                rates.setdefault(currency, []).append((valid_from, rate))
        return cls(uow, delegators, briefs, decided, proposals, staff, teams, agency, rates)

    def waiting(self, campaign: Campaign, account: Account) -> Waiting | None:
        """What of the campaign waits for the person, if anything."""
        actor = self.uow.actor
        me = life.Person(
            actor.staff_id, actor.role, self._relation(actor.staff_id, actor.group_id, account)
        )
        if campaign.status is S.BRIEF:
            brief = self.briefs.get(campaign.id)
            if brief is None:
                return None
            brief_id, number, author = brief
            if campaign.id in self.decided_briefs and self.decided_briefs[campaign.id] == brief_id:
                return None  # already decided
            owner = self._person(campaign.owner_id, account)
            if self._may_approve(me, owner, author, account, None):
                return Waiting(campaign, account, number)
            return None
        owner = self._person(campaign.owner_id, account)
        proposal = Waiting(campaign, account, None)
        for target in life.targets(campaign.status):  # flow.move_options, any allowed
            move = life.move_for(campaign.status, target)
            assert move is not None
            if move.who is life.Who.APPROVER:
                authors = self.proposal_authors.get(campaign.id, set())
                if self._may_approve(me, owner, authors, account, campaign):
                    return proposal
            elif life.mover_refusal(move, me, owner) is None:
                assert move.need not in (life.Need.APPROVED_BRIEF, life.Need.PROPOSAL)
                return proposal
        return None

    def _may_approve(
        self,
        me: life.Person,
        owner: life.Person,
        author: int | set[int] | None,
        account: Account,
        budget_of: Campaign | None,
    ) -> bool:
        """`approvals.approver_check` without its reasons: in their own right or by a
        delegation held today; a brief at a supervisor's level, a proposal at its budget's."""
        level = Role.ACCOUNT_SUPERVISOR if budget_of is None else self._level(budget_of)
        if life.approver_refusal(me, owner, author, level) is None:
            return True
        return any(
            life.approver_refusal(me, owner, author, level, acting_for=self._person(d, account))
            is None
            for d in self.delegators
        )

    def _level(self, campaign: Campaign) -> Role:
        """`approvals.required_role`, with the agency and its rates already read."""
        if self.agency is None:
            return life.required_role(Decimal(campaign.budget or 0), Decimal(0), Decimal(0))
        home, supervisor, manager = self.agency
        currency = (campaign.currency or home).upper()
        amount: Decimal | None = Decimal(campaign.budget or 0)
        if home and currency != home.upper():
            day = campaign.start_date or date.today()
            rate = next((r for since, r in self.rates.get(currency, ()) if since <= day), None)
            amount = None if rate is None else Decimal(campaign.budget or 0) * rate
        if amount is None:
            return Role.ACCOUNT_DIRECTOR
        return life.required_role(amount, supervisor, manager)

    def _person(self, staff_id: int | None, account: Account) -> life.Person:
        if staff_id is None or staff_id not in self.staff:
            raise NotFound("staff.not_found", id=staff_id)
        role, group = self.staff[staff_id]
        return life.Person(staff_id, role, self._relation(staff_id, group, account))

    def _relation(self, staff_id: int | None, group_id: int | None, account: Account) -> Scope:
        """`accounts.access.relation`, with the teams already read."""
        if staff_id is not None and (
            account.lead_executive_id == staff_id or (account.id, staff_id) in self.teams
        ):
            return Scope.ASSIGNED
        if group_id is not None and account.group_id == group_id:
            return Scope.GROUP
        return Scope.ALL


def _latest(model: type[Brief] | type[Proposal], campaigns: Select[Any]) -> Select[Any]:
    """Each candidate campaign's highest-numbered brief or proposal (`approvals.latest`)."""
    top = (
        select(model.campaign_id, func.max(model.number).label("number"))
        .where(model.campaign_id.in_(campaigns))
        .group_by(model.campaign_id)
        .subquery()
    )
    return select(model.campaign_id, model.id, model.number).join(
        top, (top.c.campaign_id == model.campaign_id) & (top.c.number == model.number)
    )

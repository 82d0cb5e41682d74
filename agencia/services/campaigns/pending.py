"""The campaigns area's part of Pendientes: what waits for the signed-in person, and why.

Approvals they may give (briefs and proposals, in their own right or by delegation), the
client's decisions and presentations of the campaigns they own, meeting reports to send
or to have acknowledged, their next steps, and deadlines within two weeks.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import or_, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.areas import AreaId
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Brief, Campaign, MeetingReport, NextStep
from agencia.domain.enums import ApprovalStage, CampaignStatus, Role
from agencia.domain.errors import NotFound
from agencia.domain.models import Account
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.campaigns import access as campaign_access
from agencia.services.campaigns import approvals, meetings
from agencia.services.campaigns import flow as campaign_flow
from agencia.services.pending.items import PendingItem
from agencia.services.results import SaveResult

SOON = timedelta(days=14)
S = CampaignStatus


def waiting(uow: UnitOfWork, day: date) -> list[PendingItem]:
    """The campaigns area's part of Pendientes (unsorted: Pendientes sorts them all)."""
    return [*_approvals(uow), *_owned(uow, day), *_meetings(uow, day)]


def _approvals(uow: UnitOfWork) -> list[PendingItem]:
    actor = uow.actor
    if actor.staff_id is None or actor.role.rank < Role.ACCOUNT_SUPERVISOR.rank:
        return []
    if actor.role is Role.ADMINISTRATOR:
        return []
    stmt = (
        select(Campaign, Account)
        .join(Account, Account.id == Campaign.account_id)
        .where(Campaign.status.in_((S.BRIEF, S.INTERNAL_REVIEW)))
        .order_by(Campaign.deadline)
    )
    if actor.role is not Role.ACCOUNT_DIRECTOR and not approvals.holds_delegation(uow):
        stmt = stmt.where(campaign_access.visible_campaigns(actor, Action.INTERNAL_APPROVAL))
    rows = uow.session.execute(stmt).all()
    items: list[PendingItem] = []
    for campaign, account in rows:
        reach = access.reach(uow, account)
        if campaign.status is S.BRIEF:
            brief = uow.session.scalar(
                select(Brief)
                .where(Brief.campaign_id == campaign.id)
                .order_by(Brief.number.desc())
                .limit(1)
            )
            if brief is None:
                continue
            standing = approvals.standing_approval(uow, campaign.id, ApprovalStage.BRIEF)
            if standing is not None and standing.brief_id == brief.id:
                continue  # already decided
            refusal, _ = campaign_flow.brief_refusal(uow, campaign, account, reach, brief)
            kind, title, item_id = "approve_brief", f"Brief v{brief.number}", brief.number
        else:
            options = campaign_flow.move_options(uow, campaign, account, reach)
            refusal = None if any(o.allowed for o in options) else ("no", {})
            kind, title, item_id = "approve_proposal", campaign.name, None
        if refusal is None:
            items.append(
                _item(
                    kind,
                    campaign,
                    account,
                    title,
                    campaign.deadline,
                    date.today(),
                    item_id=item_id,
                    version=campaign.version,
                )
            )
    return items


def _owned(uow: UnitOfWork, day: date) -> list[PendingItem]:
    """The person's own campaigns: to present, to record the client's answer, deadlines."""
    actor = uow.actor
    if actor.staff_id is None:
        return []
    rows = uow.session.execute(
        select(Campaign, Account)
        .join(Account, Account.id == Campaign.account_id)
        .where(Campaign.owner_id == actor.staff_id, Campaign.status.not_in(CLOSED))
    ).all()
    items = []
    for campaign, account in rows:
        kind = _OWNER_STEP.get(campaign.status)
        if kind is None and campaign.deadline is not None and campaign.deadline <= day + SOON:
            kind = "deadline"
        if kind is not None:
            items.append(_item(kind, campaign, account, campaign.name, campaign.deadline, day))
    return items


_OWNER_STEP = {
    S.READY_FOR_CLIENT: "present",
    S.PRESENTED: "client_decision",
    S.CHANGES_REQUESTED: "changes",
}


def _meetings(uow: UnitOfWork, day: date) -> list[PendingItem]:
    """Actas the person wrote that still need sending or acknowledging; their next steps."""
    actor = uow.actor
    if actor.staff_id is None:
        return []
    visible = campaign_access.visible_campaigns(actor)
    items: list[PendingItem] = []
    reports = uow.session.execute(
        select(MeetingReport, Campaign, Account)
        .join(Campaign, Campaign.id == MeetingReport.campaign_id)
        .join(Account, Account.id == Campaign.account_id)
        .where(
            visible,
            MeetingReport.author_id == actor.staff_id,
            MeetingReport.acknowledged_on.is_(None),
            Campaign.status.not_in((S.CANCELLED,)),
        )
    ).all()
    for meeting, campaign, account in reports:
        kind = "send_report" if meeting.sent_at is None else "acknowledgement"
        items.append(
            _item(
                kind,
                campaign,
                account,
                meeting.subject,
                None,
                day,
                item_id=meeting.id,
                version=meeting.version,
            )
        )
    steps = uow.session.execute(
        select(NextStep, MeetingReport, Campaign, Account)
        .join(MeetingReport, MeetingReport.id == NextStep.meeting_id)
        .join(Campaign, Campaign.id == MeetingReport.campaign_id)
        .join(Account, Account.id == Campaign.account_id)
        .where(
            visible,
            NextStep.owner_staff_id == actor.staff_id,
            NextStep.done.is_(False),
            or_(NextStep.due_on.is_(None), NextStep.due_on <= day + SOON),
            Campaign.status.not_in(CLOSED),
        )
    ).all()
    for step, meeting, campaign, account in steps:
        # a step of an acta the client acknowledged stays as it is: opened, not marked done
        step_id = step.id if meeting.acknowledged_on is None else None
        items.append(
            _item(
                "next_step",
                campaign,
                account,
                step.description,
                step.due_on,
                day,
                item_id=meeting.id,
                step_id=step_id,
            )
        )
    return items


def mark_step_done(db: Database, actor: Actor, meeting_id: int, step_id: int) -> SaveResult:
    """Pendientes' «Hecho» on a next step: the acta saved again with that step done,
    through the acta's own service (its permission, its version check, and its refusal
    once the client acknowledged it)."""
    with unit_of_work(db, actor, write=False) as uow:
        meeting = meetings.load_meeting(uow, meeting_id, with_people=True)
        if not any(s.id == step_id for s in meeting.next_steps):
            raise NotFound("meeting.not_found", id=meeting_id)
        data = meetings.MeetingInput(
            held_on=meeting.held_on,
            subject=meeting.subject,
            place=meeting.place,
            agreements=meeting.agreements,
            staff_ids=tuple(p.id for p in meeting.staff),
            contact_ids=tuple(c.id for c in meeting.contacts),
            next_steps=tuple(
                meetings.NextStepInput(
                    description=s.description,
                    owner_staff_id=s.owner_staff_id,
                    owner_contact_id=s.owner_contact_id,
                    due_on=s.due_on,
                    done=s.done or s.id == step_id,
                )
                for s in sorted(meeting.next_steps, key=lambda s: s.position)
            ),
        )
        campaign_id, version = meeting.campaign_id, meeting.version
    return meetings.save_meeting(db, actor, campaign_id, data, meeting_id, version)


def _item(
    kind: str,
    campaign: Campaign,
    account: Account,
    title: str,
    due: date | None,
    day: date,
    item_id: int | None = None,
    step_id: int | None = None,
    version: int | None = None,
) -> PendingItem:
    return PendingItem(
        area=AreaId.CAMPAIGNS,
        kind=kind,
        campaign_id=campaign.id,
        campaign=campaign.name,
        account=account.trade_name,
        title=title,
        due=due,
        overdue=due is not None and due < day,
        item_id=item_id,
        step_id=step_id,
        version=version,
    )

"""The campaigns area's part of Pendientes: what waits for the signed-in person, and why.

Approvals they may give (briefs and proposals, in their own right or by delegation), the
client's decisions and presentations of the campaigns they own, meeting reports to send
or to have acknowledged, their next steps, and deadlines within two weeks.

A director of a large agency may approve hundreds of briefs and proposals: of each
urgency group only the first `LISTED` approvals are items, and one «y N más» item per kind
stands for the rest (counted: the group's count and the rail's badge stay exact) and
opens the campaigns list on them.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import or_, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.areas import AreaId
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign, MeetingReport, NextStep
from agencia.domain.enums import CampaignStatus
from agencia.domain.errors import NotFound
from agencia.domain.messages import render
from agencia.domain.models import Account
from agencia.services.campaigns import access as campaign_access
from agencia.services.campaigns import meetings
from agencia.services.campaigns.pending_approvals import waiting_approvals
from agencia.services.pending.items import PendingItem, urgency
from agencia.services.results import SaveResult

SOON = timedelta(days=14)
S = CampaignStatus
LISTED = 25  # approvals listed one by one in each urgency group, the most urgent first
# each approval kind: its «y N más» kind, its sentence, the campaigns' status it waits in
MORE = {
    "approve_brief": ("approve_brief_more", "pending.briefs_more", S.BRIEF),
    "approve_proposal": ("approve_proposal_more", "pending.proposals_more", S.INTERNAL_REVIEW),
}


def waiting(uow: UnitOfWork, day: date) -> list[PendingItem]:
    """The campaigns area's part of Pendientes (unsorted: Pendientes sorts them all)."""
    return [*bounded(_approvals(uow, day), day), *_owned(uow, day), *_meetings(uow, day)]


def bounded(approvals: list[PendingItem], day: date, listed: int = LISTED) -> list[PendingItem]:
    """Of each urgency group, the `listed` most urgent approvals (Pendientes' own order)
    and, per kind, one item that stands for the others of the group (`more`: how many).
    Its date keeps it in its group (the latest of those it stands for)."""
    groups: dict[str, list[PendingItem]] = {}
    for item in approvals:
        groups.setdefault(urgency(item, day), []).append(item)
    out: list[PendingItem] = []
    for group, members in groups.items():
        members.sort(key=lambda i: (i.due or date.max, i.campaign, i.kind, i.campaign_id))
        out.extend(members[:listed])
        for kind, (more_kind, code, _status) in MORE.items():
            rest = [i for i in members[listed:] if i.kind == kind]
            if not rest:
                continue
            dues = [i.due for i in rest if i.due is not None]
            out.append(
                PendingItem(
                    area=AreaId.CAMPAIGNS,
                    kind=more_kind,
                    campaign_id=0,  # where opening it goes: the campaigns list, filtered
                    campaign="",
                    account="",
                    title=render(code, {"n": len(rest)}),
                    due=max(dues) if dues and group != "later" else None,
                    overdue=group == "overdue",
                    more=len(rest),
                )
            )
    return out


def _approvals(uow: UnitOfWork, day: date | None = None) -> list[PendingItem]:
    """Briefs and proposals the person may decide on (`pending_approvals`: a fixed handful
    of statements whatever the number of campaigns), every one."""
    items = []
    for found in waiting_approvals(uow):
        campaign, number = found.campaign, found.brief_number
        if number is not None:
            kind, title = "approve_brief", f"Brief v{number}"
        else:
            kind, title = "approve_proposal", campaign.name
        items.append(
            _item(
                kind,
                campaign,
                found.account,
                title,
                campaign.deadline,
                day or date.today(),
                item_id=number,
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

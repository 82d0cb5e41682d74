"""The agency's own promises, measured on the client's working calendar like requests:
the acta sent within a working day of the meeting, the contrabrief within five of the
first brief, each brief version decided on within two of coming in (editable targets,
`policies.promise_days`). Only what has fallen due counts: kept, or broken."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from agencia.db.uow import UnitOfWork
from agencia.domain import sla
from agencia.domain.campaign_models import Approval, Brief, Campaign, Contrabrief, MeetingReport
from agencia.domain.enums import ApprovalStage
from agencia.domain.models import Account
from agencia.services.accounts.access import visible_clause
from agencia.services.service import clock


@dataclass(frozen=True, slots=True)
class Kept:
    """One promise that fell due: whose account, which, whether it was kept."""

    account: str
    promise: str
    due: date
    kept: bool


def _local(moment: datetime | None, calendar: sla.WorkingCalendar) -> date | None:
    return moment.astimezone(calendar.zone).date() if moment is not None else None


def measure(
    uow: UnitOfWork,
    days: dict[str, int],
    start: date | None,
    end: date | None,
    today: date,
    account_id: int | None = None,
) -> Iterator[Kept]:
    """Every promise that started between `start` and `end` and has fallen due by `today`."""
    base = (
        select(Campaign.id, Account)
        .join(Account, Account.id == Campaign.account_id)
        .where(visible_clause(uow.actor))
    )
    if account_id is not None:
        base = base.where(Account.id == account_id)
    campaigns = {cid: account for cid, account in uow.session.execute(base).all()}
    if not campaigns:
        return
    calendars: dict[int, sla.WorkingCalendar] = {}

    def calendar(account: Account) -> sla.WorkingCalendar:
        if account.id not in calendars:
            calendars[account.id] = clock.policy_for(uow, account, today).calendar
        return calendars[account.id]

    def judged(account: Account, name: str, began: date, done: date | None) -> Kept | None:
        if (start and began < start) or (end and began > end):
            return None
        due = sla.working_day_after(calendar(account), began, days[name])
        if done is None and due >= today:
            return None  # still in time
        return Kept(account.trade_name, name, due, done is not None and done <= due)

    ids = list(campaigns)
    for meeting in uow.session.scalars(
        select(MeetingReport).where(MeetingReport.campaign_id.in_(ids))
    ):
        account = campaigns[meeting.campaign_id]
        sent = _local(meeting.sent_at, calendar(account))
        if (k := judged(account, sla.Promise.MEETING_REPORT, meeting.held_on, sent)) is not None:
            yield k
    firsts = uow.session.execute(
        select(Brief.campaign_id, func.min(Brief.created_at))
        .where(Brief.campaign_id.in_(ids))
        .group_by(Brief.campaign_id)
    ).all()
    answered: dict[int, datetime] = dict(
        uow.session.execute(
            select(Contrabrief.campaign_id, Contrabrief.updated_at).where(
                Contrabrief.campaign_id.in_(ids)
            )
        )
        .tuples()
        .all()
    )
    for campaign_id, first in firsts:
        account = campaigns[campaign_id]
        began = _local(first, calendar(account))
        assert began is not None
        done = _local(answered.get(campaign_id), calendar(account))
        if (k := judged(account, sla.Promise.CONTRABRIEF, began, done)) is not None:
            yield k
    decided: dict[int | None, date] = dict(
        uow.session.execute(
            select(Approval.brief_id, func.min(Approval.decided_on))
            .where(Approval.stage == ApprovalStage.BRIEF, Approval.brief_id.is_not(None))
            .group_by(Approval.brief_id)
        )
        .tuples()
        .all()
    )
    for brief_id, campaign_id, created in uow.session.execute(
        select(Brief.id, Brief.campaign_id, Brief.created_at).where(Brief.campaign_id.in_(ids))
    ):
        account = campaigns[campaign_id]
        began = _local(created, calendar(account))
        assert began is not None
        if (
            k := judged(account, sla.Promise.BRIEF_ANSWER, began, decided.get(brief_id))
        ) is not None:
            yield k

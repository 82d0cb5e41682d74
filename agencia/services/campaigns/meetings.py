"""Meeting reports (actas): who met, what was agreed and the next steps; sent to the
client and acknowledged by them.

The acta goes as a PDF kept with the campaign (meeting_acta): sending records the
fingerprint (SHA-256) of the PDF sent, drawing it first if the acta has none or was
corrected since; the client's acknowledgement refers to that fingerprint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign, MeetingReport, NextStep
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Channel
from agencia.domain.errors import Conflict, DomainError, NotFound, ValidationError
from agencia.domain.models import Account, Agency, Contact, Staff
from agencia.domain.permissions import Action
from agencia.services.campaigns import access as campaign_access
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class NextStepInput:
    """A next step agreed at a meeting: what, whose (staff or a client's contact), by when."""

    description: str
    owner_staff_id: int | None = None
    owner_contact_id: int | None = None
    due_on: date | None = None
    done: bool = False


@dataclass(frozen=True, slots=True)
class MeetingInput:
    """What the meeting report form sends."""

    held_on: date
    subject: str
    place: str = ""
    agreements: str = ""
    staff_ids: tuple[int, ...] = ()
    contact_ids: tuple[int, ...] = ()
    next_steps: tuple[NextStepInput, ...] = field(default_factory=tuple)


def _check_meeting(uow: UnitOfWork, account: Account, data: MeetingInput) -> None:
    errors: v.FieldErrors = {}
    v.required(errors, "subject", data.subject, 200)
    v.too_long(errors, "place", data.place, 200)
    contact_ids = {*data.contact_ids, *(s.owner_contact_id for s in data.next_steps)} - {None}
    if contact_ids:
        theirs = set(
            uow.session.scalars(
                select(Contact.id).where(
                    Contact.id.in_(contact_ids), Contact.account_id == account.id
                )
            )
        )
        if theirs != contact_ids:
            errors["contact_ids"] = ("approval.contact_elsewhere", {})
    staff_ids: set[int] = {*data.staff_ids}
    staff_ids |= {s.owner_staff_id for s in data.next_steps if s.owner_staff_id is not None}
    if staff_ids:
        found = set(uow.session.scalars(select(Staff.id).where(Staff.id.in_(staff_ids))))
        if found != staff_ids:
            errors["staff_ids"] = ("staff.not_found", {"id": sorted(staff_ids - found)[0]})
    for i, step in enumerate(data.next_steps):
        if not step.description.strip():
            errors[f"next_steps.{i}"] = ("field.required", {})
    if errors:
        raise ValidationError(errors)


def save_meeting(
    db: Database,
    actor: Actor,
    campaign_id: int,
    data: MeetingInput,
    meeting_id: int | None = None,
    version: int | None = None,
) -> SaveResult:
    """Write or correct an acta; once the client acknowledged it, it stays as it was."""
    with unit_of_work(db, actor) as uow:
        campaign, account, reach = campaign_access.load(uow, campaign_id)
        campaign_access.require(uow, Action.LOG_COMMUNICATION, reach)
        refuse_if_closed(campaign)
        _check_meeting(uow, account, data)
        if meeting_id is None:
            meeting = MeetingReport(
                campaign_id=campaign.id,
                author_id=actor.staff_id,
                staff=[],
                contacts=[],
                next_steps=[],
            )
            uow.session.add(meeting)
            action = AuditAction.CREATE
        else:
            meeting = _meeting(uow, meeting_id, campaign.id, with_people=True)
            if meeting.version != version:
                raise Conflict("record.stale")
            refuse_if_acknowledged(meeting)
            meeting.acta_sha256 = None  # the PDF kept no longer says what the acta says
            action = AuditAction.UPDATE
        meeting.held_on = data.held_on
        meeting.subject = data.subject.strip()
        meeting.place = data.place.strip()
        meeting.agreements = data.agreements.strip()
        meeting.staff = list(uow.session.scalars(select(Staff).where(Staff.id.in_(data.staff_ids))))
        meeting.contacts = list(
            uow.session.scalars(select(Contact).where(Contact.id.in_(data.contact_ids)))
        )
        meeting.next_steps = [
            NextStep(
                position=i,
                description=s.description.strip()[:300],
                owner_staff_id=s.owner_staff_id,
                owner_contact_id=s.owner_contact_id,
                due_on=s.due_on,
                done=s.done,
            )
            for i, s in enumerate(data.next_steps)
        ]
        uow.session.flush()
        uow.audit(
            ChangeKind.MEETING,
            meeting.id,
            action,
            {
                "held_on": [None, data.held_on.isoformat()],
                "subject": [None, meeting.subject],
                "next_steps": [None, len(data.next_steps)],
            },
            account_id=account.id,
            summary=meeting.subject,
        )
        uow.session.flush()
        return SaveResult(meeting.id, meeting.version)


def refuse_if_closed(campaign: Campaign) -> None:
    """A closed campaign (completed, rejected, cancelled) is read, not changed: no acta is
    written, corrected, sent or acknowledged on it — what was agreed stays as it was when
    it closed."""
    if campaign.status in CLOSED:
        raise DomainError("meeting.campaign_closed", status=campaign.status.value)


def refuse_if_acknowledged(meeting: MeetingReport) -> None:
    """Once the client acknowledged an acta it stays as it was: no correction, no new PDF."""
    if meeting.acknowledged_on is not None:
        raise DomainError("meeting.already_acknowledged", date=meeting.acknowledged_on.isoformat())


def load_meeting(
    uow: UnitOfWork, meeting_id: int, campaign_id: int | None = None, *, with_people: bool = False
) -> MeetingReport:
    """The meeting (with its people and steps when asked), or NotFound."""
    return _meeting(uow, meeting_id, campaign_id, with_people=with_people)


def _meeting(
    uow: UnitOfWork, meeting_id: int, campaign_id: int | None = None, *, with_people: bool = False
) -> MeetingReport:
    options = (
        [
            selectinload(MeetingReport.staff),
            selectinload(MeetingReport.contacts),
            selectinload(MeetingReport.next_steps),
        ]
        if with_people
        else []
    )
    meeting = uow.session.get(MeetingReport, meeting_id, options=options)
    if meeting is None or (campaign_id is not None and meeting.campaign_id != campaign_id):
        raise NotFound("meeting.not_found", id=meeting_id)
    return meeting


def send_meeting(
    db: Database,
    actor: Actor,
    meeting_id: int,
    contact_id: int,
    version: int,
    lang: str | None = None,
) -> SaveResult:
    """Record that the acta went to the client contact, who is to acknowledge it, and
    which PDF went (its SHA-256): the one kept, else one drawn now in the client's
    language (or `lang`) and kept with the campaign."""
    from agencia.services.campaigns.meeting_acta import client_language, keep_acta

    with unit_of_work(db, actor) as uow:
        meeting = _meeting(uow, meeting_id, with_people=True)
        campaign, account, reach = campaign_access.load(uow, meeting.campaign_id)
        campaign_access.require(uow, Action.LOG_COMMUNICATION, reach)
        refuse_if_closed(campaign)
        if meeting.version != version:
            raise Conflict("record.stale")
        refuse_if_acknowledged(meeting)
        contact = uow.session.get(Contact, contact_id)
        if contact is None or contact.account_id != account.id:
            raise ValidationError({"contact_id": ("approval.contact_elsewhere", {})})
        if meeting.acta_sha256 is None:
            agency = uow.session.scalar(select(Agency).order_by(Agency.id).limit(1))
            keep_acta(uow, meeting, account, lang or client_language(account, agency), None)
        meeting.sent_to_id = contact.id
        meeting.sent_at = datetime.now(UTC)
        meeting.sent_sha256 = meeting.acta_sha256
        uow.session.flush()
        uow.audit(
            ChangeKind.MEETING,
            meeting.id,
            AuditAction.UPDATE,
            {"sent_to": [None, contact.full_name], "sent_sha256": [None, meeting.sent_sha256]},
            account_id=account.id,
            summary=meeting.subject,
        )
        uow.session.flush()
        return SaveResult(meeting.id, meeting.version)


def acknowledge_meeting(
    db: Database,
    actor: Actor,
    meeting_id: int,
    on: date,
    channel: Channel,
    note: str,
    version: int,
) -> SaveResult:
    """Record the client's acknowledgement of the acta (when and how it came): it refers
    to the PDF sent (its SHA-256)."""
    with unit_of_work(db, actor) as uow:
        meeting = _meeting(uow, meeting_id)
        campaign, account, reach = campaign_access.load(uow, meeting.campaign_id)
        campaign_access.require(uow, Action.LOG_COMMUNICATION, reach)
        refuse_if_closed(campaign)
        if meeting.version != version:
            raise Conflict("record.stale")
        if meeting.sent_at is None:
            raise DomainError("meeting.not_sent")
        if meeting.acknowledged_on is not None:
            raise DomainError(
                "meeting.already_acknowledged", date=meeting.acknowledged_on.isoformat()
            )
        if on > date.today():
            raise ValidationError({"acknowledged_on": ("approval.future_date", {})})
        meeting.acknowledged_on = on
        meeting.acknowledged_channel = channel
        meeting.acknowledgement_note = note.strip()[:300]
        meeting.acknowledged_sha256 = meeting.sent_sha256
        uow.session.flush()
        uow.audit(
            ChangeKind.MEETING,
            meeting.id,
            AuditAction.UPDATE,
            {
                "acknowledged_on": [None, on.isoformat()],
                "channel": [None, channel.value],
                "acknowledged_sha256": [None, meeting.acknowledged_sha256],
            },
            account_id=account.id,
            summary=meeting.subject,
        )
        uow.session.flush()
        return SaveResult(meeting.id, meeting.version)


# --- the list ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """One acta in a list: enough to find its id (the command line's `meetings list`)."""

    id: int
    campaign_id: int
    campaign: str
    account: str
    held_on: date
    subject: str
    state: str  # "draft" (not sent), "sent", "acknowledged"
    next_steps: int
    acta_sha256: str | None
    sent_sha256: str | None
    acknowledged_on: date | None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "campaign_id": self.campaign_id,
            "campaign": self.campaign,
            "account": self.account,
            "held_on": self.held_on.isoformat(),
            "subject": self.subject,
            "state": self.state,
            "next_steps": self.next_steps,
            "acta_sha256": self.acta_sha256,
            "sent_sha256": self.sent_sha256,
            "acknowledged_on": self.acknowledged_on.isoformat() if self.acknowledged_on else None,
        }


def list_meetings(db: Database, actor: Actor, campaign_id: int | None = None) -> list[MeetingRow]:
    """The actas of the campaigns this person may see (of one campaign, refused like the
    campaign itself when it is missing or not theirs), newest meeting first."""
    with unit_of_work(db, actor, write=False) as uow:
        steps = (
            select(func.count(NextStep.id))
            .where(NextStep.meeting_id == MeetingReport.id)
            .scalar_subquery()
        )
        query = (
            select(MeetingReport, Campaign.name, Account.trade_name, steps)
            .join(Campaign, Campaign.id == MeetingReport.campaign_id)
            .join(Account, Account.id == Campaign.account_id)
            .order_by(MeetingReport.held_on.desc(), MeetingReport.id.desc())
        )
        if campaign_id is not None:
            campaign_access.load(uow, campaign_id)
            query = query.where(MeetingReport.campaign_id == campaign_id)
        else:
            query = query.where(campaign_access.visible_campaigns(actor))
        return [
            MeetingRow(
                m.id,
                m.campaign_id,
                name,
                account,
                m.held_on,
                m.subject,
                "acknowledged"
                if m.acknowledged_on is not None
                else "sent"
                if m.sent_at is not None
                else "draft",
                count or 0,
                m.acta_sha256,
                m.sent_sha256,
                m.acknowledged_on,
            )
            for m, name, account, count in uow.session.execute(query).tuples()
        ]

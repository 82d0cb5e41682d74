"""Creating and editing campaigns and their documents: the brief (a new version each save),
the contrabrief, proposal versions and meeting reports.

Each function is one unit of work: permission, validation, change, audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.briefs import FIELD_NAMES
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import (
    Brief,
    Campaign,
    Contrabrief,
    Document,
    MeetingReport,
    NextStep,
    Proposal,
    StatusChange,
)
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import LEAD_ROLES, AuditAction, CampaignKind, CampaignStatus, Channel
from agencia.domain.errors import Conflict, DomainError, NotFound, PermissionDenied, ValidationError
from agencia.domain.models import Account, Agency, Brand, Contact, Product, Staff
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.domain.text import search_text, sort_key
from agencia.services.accounts import access
from agencia.services.campaigns import access as campaign_access
from agencia.services.campaigns import documents
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class CampaignInput:
    account_id: int
    name: str
    brand_id: int | None = None
    product_ids: tuple[int, ...] = ()
    kind: CampaignKind = CampaignKind.AWARENESS
    owner_id: int | None = None  # None: the person creating it
    budget: Decimal | str = Decimal(0)
    currency: str = ""  # "": the account's, else the agency's
    start_date: date | None = None
    deadline: date | None = None
    may_be_shown: bool = False


@dataclass(frozen=True, slots=True)
class BriefInput:
    template: CampaignKind = CampaignKind.AWARENESS
    objectives: str = ""
    brand: str = ""
    product: str = ""
    market: str = ""
    target_audience: str = ""
    insight: str = ""
    key_message: str = ""
    mandatories: str = ""
    channels: str = ""
    budget: Decimal | str | None = None
    kpis: str = ""
    deadline: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ContrabriefInput:
    understanding: str = ""
    questions: str = ""
    approach: str = ""


@dataclass(frozen=True, slots=True)
class ProposalInput:
    summary: str
    notes: str = ""
    uploads: tuple[DocumentInput, ...] = ()
    keep_document_ids: tuple[int, ...] = ()  # files of earlier versions that stay


@dataclass(frozen=True, slots=True)
class NextStepInput:
    description: str
    owner_staff_id: int | None = None
    owner_contact_id: int | None = None
    due_on: date | None = None
    done: bool = False


@dataclass(frozen=True, slots=True)
class MeetingInput:
    held_on: date
    subject: str
    place: str = ""
    agreements: str = ""
    staff_ids: tuple[int, ...] = ()
    contact_ids: tuple[int, ...] = ()
    next_steps: tuple[NextStepInput, ...] = field(default_factory=tuple)


def _amount(errors: v.FieldErrors, name: str, value: Decimal | str | None) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = Decimal(str(value).replace(" ", ""))
    except InvalidOperation:
        errors[name] = ("field.amount", {})
        return None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1e12"):
        errors[name] = ("field.amount", {})
        return None
    return amount.quantize(Decimal("0.01"))


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value.value if hasattr(value, "value") else value


def _load_for_edit(uow: UnitOfWork, campaign_id: int, action: Action) -> tuple[Campaign, Account]:
    campaign, account, reach = campaign_access.load(uow, campaign_id)
    campaign_access.require(uow, action, reach)
    if campaign.status in CLOSED:
        raise DomainError("campaign.closed", status=campaign.status.value)
    return campaign, account


# --- the campaign itself --------------------------------------------------------------


def _validate_campaign(data: CampaignInput) -> tuple[v.FieldErrors, Decimal]:
    errors: v.FieldErrors = {}
    v.required(errors, "name", data.name, 200)
    v.currency(errors, "currency", data.currency.strip().upper())
    budget = _amount(errors, "budget", data.budget) or Decimal(0)
    if data.start_date and data.deadline and data.deadline < data.start_date:
        errors["deadline"] = ("field.date_order", {})
    return errors, budget


def _check_campaign_refs(
    uow: UnitOfWork, account: Account, data: CampaignInput, owner_id: int
) -> None:
    errors: v.FieldErrors = {}
    s = uow.session
    if data.brand_id is not None:
        brand = s.get(Brand, data.brand_id)
        if brand is None or brand.account_id != account.id:
            errors["brand_id"] = ("campaign.brand_elsewhere", {})
    for product_id in data.product_ids:
        product = s.get(Product, product_id)
        if product is None or product.brand_id != data.brand_id:
            errors["product_ids"] = ("campaign.product_elsewhere", {})
            break
    owner = s.get(Staff, owner_id)
    if owner is None:
        errors["owner_id"] = ("staff.not_found", {"id": owner_id})
    else:
        ok_role = owner.role in LEAD_ROLES and owner.active
        ok_place = campaign_access.person(uow, owner_id, account).reach is not Scope.ALL
        if not (ok_role and ok_place):
            errors["owner_id"] = ("campaign.owner_role", {"name": owner.full_name})
    if errors:
        raise ValidationError(errors)


def _next_code(uow: UnitOfWork, year: int) -> str:
    prefix = f"C{year}-"
    last = uow.session.scalar(
        select(func.max(Campaign.code)).where(Campaign.code.like(f"{prefix}%"))
    )
    number = int(last.removeprefix(prefix)) + 1 if last and last[len(prefix) :].isdigit() else 1
    return f"{prefix}{number:04d}"


def _currency(uow: UnitOfWork, account: Account, given: str) -> str:
    if given.strip():
        return given.strip().upper()
    if account.currency:
        return account.currency
    agency_currency = uow.session.scalar(select(Agency.currency).limit(1))
    return agency_currency or "EUR"


def _refresh_search(uow: UnitOfWork, campaign: Campaign, account: Account) -> None:
    brand = uow.session.get(Brand, campaign.brand_id) if campaign.brand_id else None
    campaign.search_text = search_text(
        campaign.name, campaign.code, account.trade_name, brand.name if brand else ""
    )
    campaign.name_key = sort_key(campaign.name)


def create_campaign(db: Database, actor: Actor, data: CampaignInput) -> SaveResult:
    errors, budget = _validate_campaign(data)
    if errors:
        raise ValidationError(errors)
    if scope_for(actor.role, Action.EDIT_BRIEFS) is Scope.NONE:
        raise PermissionDenied(
            "permission.denied_global", role=actor.role, action=Action.EDIT_BRIEFS
        )
    with unit_of_work(db, actor) as uow:
        account = uow.session.get(Account, data.account_id)
        if account is None:
            raise NotFound("account.not_found", id=data.account_id)
        access.require(uow, Action.SEE_ACCOUNTS, account)
        access.require(uow, Action.EDIT_BRIEFS, account)
        owner_id = data.owner_id if data.owner_id is not None else actor.staff_id
        if owner_id is None:
            raise ValidationError({"owner_id": ("field.required", {})})
        _check_campaign_refs(uow, account, data, owner_id)
        campaign = Campaign(
            account_id=account.id,
            brand_id=data.brand_id,
            name=data.name.strip(),
            code=_next_code(uow, (data.start_date or date.today()).year),
            kind=data.kind,
            owner_id=owner_id,
            budget=budget,
            currency=_currency(uow, account, data.currency),
            start_date=data.start_date,
            deadline=data.deadline,
            status=CampaignStatus.BRIEF,
            may_be_shown=data.may_be_shown,
        )
        if data.product_ids:
            campaign.products = list(
                uow.session.scalars(select(Product).where(Product.id.in_(data.product_ids)))
            )
        _refresh_search(uow, campaign, account)
        uow.session.add(campaign)
        uow.session.flush()
        uow.session.add(
            StatusChange(
                campaign_id=campaign.id, to_status=CampaignStatus.BRIEF, staff_id=actor.staff_id
            )
        )
        uow.audit(
            ChangeKind.CAMPAIGN,
            campaign.id,
            AuditAction.CREATE,
            {
                "name": [None, campaign.name],
                "code": [None, campaign.code],
                "budget": [None, str(budget)],
                "owner_id": [None, owner_id],
            },
            account_id=account.id,
            summary=campaign.name,
        )
        uow.session.flush()
        return SaveResult(campaign.id, campaign.version)


def update_campaign(
    db: Database, actor: Actor, campaign_id: int, data: CampaignInput, version: int
) -> SaveResult:
    """Edit the campaign's own fields; its account stays (a campaign does not change client)."""
    errors, budget = _validate_campaign(data)
    if errors:
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        campaign, account = _load_for_edit(uow, campaign_id, Action.EDIT_BRIEFS)
        if campaign.version != version:
            raise Conflict("record.stale")
        owner_id = data.owner_id if data.owner_id is not None else campaign.owner_id
        _check_campaign_refs(uow, account, data, owner_id)
        uow.session.refresh(campaign, ["products"])
        values: dict[str, Any] = {
            "name": data.name.strip(),
            "brand_id": data.brand_id,
            "kind": data.kind,
            "owner_id": owner_id,
            "budget": budget,
            "currency": _currency(uow, account, data.currency),
            "start_date": data.start_date,
            "deadline": data.deadline,
            "may_be_shown": data.may_be_shown,
        }
        changes: dict[str, list[Any]] = {}
        for key, new in values.items():
            old = getattr(campaign, key)
            if old != new:
                changes[key] = [_jsonable(old), _jsonable(new)]
                setattr(campaign, key, new)
        campaign.products = list(
            uow.session.scalars(select(Product).where(Product.id.in_(data.product_ids)))
        )
        _refresh_search(uow, campaign, account)
        if changes:
            uow.audit(
                ChangeKind.CAMPAIGN,
                campaign.id,
                AuditAction.UPDATE,
                changes,
                account_id=account.id,
                summary=campaign.name,
            )
        uow.session.flush()
        return SaveResult(campaign.id, campaign.version)


# --- the brief ------------------------------------------------------------------------


def _brief_values(data: BriefInput) -> dict[str, Any]:
    errors: v.FieldErrors = {}
    values: dict[str, Any] = {}
    for name in FIELD_NAMES:
        raw = getattr(data, name)
        values[name] = raw.strip() if isinstance(raw, str) else raw
    values["budget"] = _amount(errors, "budget", data.budget)
    v.too_long(errors, "brand", values["brand"], 160)
    v.too_long(errors, "product", values["product"], 200)
    v.too_long(errors, "note", data.note, 300)
    if errors:
        raise ValidationError(errors)
    return values


def save_brief(
    db: Database, actor: Actor, campaign_id: int, data: BriefInput, based_on: int | None
) -> SaveResult:
    """Save a new version of the brief. `based_on` is the version the person edited: if
    someone saved a newer one meanwhile, nothing is overwritten and they are told."""
    values = _brief_values(data)
    with unit_of_work(db, actor) as uow:
        campaign, account = _load_for_edit(uow, campaign_id, Action.EDIT_BRIEFS)
        latest = uow.session.scalar(
            select(Brief).where(Brief.campaign_id == campaign.id).order_by(Brief.number.desc())
        )
        latest_number = latest.number if latest is not None else None
        if based_on != latest_number:
            raise Conflict("brief.stale", number=latest_number)
        if latest is not None:
            same = all(getattr(latest, k) == values[k] for k in FIELD_NAMES)
            if same and latest.template is data.template:
                raise DomainError("brief.unchanged", number=latest.number)
        brief = Brief(
            campaign_id=campaign.id,
            number=(latest_number or 0) + 1,
            template=data.template,
            note=data.note.strip(),
            author_id=actor.staff_id,
            **values,
        )
        uow.session.add(brief)
        uow.session.flush()
        previous = {k: getattr(latest, k) for k in FIELD_NAMES} if latest is not None else {}
        uow.audit(
            ChangeKind.BRIEF,
            brief.id,
            AuditAction.CREATE,
            {
                k: [_jsonable(previous.get(k)), _jsonable(values[k])]
                for k in FIELD_NAMES
                if previous.get(k) != values[k]
            },
            account_id=account.id,
            summary=f"{campaign.name} · v{brief.number}",
        )
        return SaveResult(brief.id, brief.number)


def save_contrabrief(
    db: Database, actor: Actor, campaign_id: int, data: ContrabriefInput, version: int | None
) -> SaveResult:
    """The agency's answer to the brief; `version` None for the first one."""
    with unit_of_work(db, actor) as uow:
        campaign, account = _load_for_edit(uow, campaign_id, Action.EDIT_BRIEFS)
        record = uow.session.scalar(
            select(Contrabrief).where(Contrabrief.campaign_id == campaign.id)
        )
        if record is None:
            if version is not None:
                raise Conflict("record.stale")
            record = Contrabrief(campaign_id=campaign.id)
            uow.session.add(record)
            action = AuditAction.CREATE
        else:
            if record.version != version:
                raise Conflict("record.stale")
            action = AuditAction.UPDATE
        latest_brief = uow.session.scalar(
            select(func.max(Brief.number)).where(Brief.campaign_id == campaign.id)
        )
        changes: dict[str, list[Any]] = {}
        for key in ("understanding", "questions", "approach"):
            new = getattr(data, key).strip()
            old = getattr(record, key, None) or ""
            if old != new:
                changes[key] = [old, new]
                setattr(record, key, new)
        record.brief_number = latest_brief
        record.author_id = actor.staff_id
        uow.session.flush()
        uow.audit(
            ChangeKind.CONTRABRIEF,
            record.id,
            action,
            changes,
            account_id=account.id,
            summary=campaign.name,
        )
        uow.session.flush()
        return SaveResult(record.id, record.version)


# --- proposals ------------------------------------------------------------------------


def save_proposal(db: Database, actor: Actor, campaign_id: int, data: ProposalInput) -> SaveResult:
    """A new version of the proposal with its files (kept from earlier ones or uploaded)."""
    if not data.summary.strip():
        raise ValidationError({"summary": ("proposal.empty", {})})
    with unit_of_work(db, actor) as uow:
        campaign, account = _load_for_edit(uow, campaign_id, Action.EDIT_BRIEFS)
        number = (
            uow.session.scalar(
                select(func.max(Proposal.number)).where(Proposal.campaign_id == campaign.id)
            )
            or 0
        ) + 1
        files: list[Document] = []
        for document_id in data.keep_document_ids:
            kept = uow.session.get(Document, document_id)
            if kept is None or kept.campaign_id != campaign.id:
                raise ValidationError({"files": ("document.not_found", {"id": document_id})})
            files.append(kept)
        for upload in data.uploads:
            files.append(documents.add(uow, campaign.id, upload))
        proposal = Proposal(
            campaign_id=campaign.id,
            number=number,
            summary=data.summary.strip(),
            notes=data.notes.strip(),
            author_id=actor.staff_id,
            documents=files,
        )
        uow.session.add(proposal)
        uow.session.flush()
        uow.audit(
            ChangeKind.PROPOSAL,
            proposal.id,
            AuditAction.CREATE,
            {
                "version": [None, number],
                "files": [None, [f"{f.name} ({f.sha256[:12]})" for f in files]],
            },
            account_id=account.id,
            summary=f"{campaign.name} · v{number}",
        )
        return SaveResult(proposal.id, number)


# --- meeting reports ------------------------------------------------------------------


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
            if meeting.acknowledged_on is not None:
                raise DomainError(
                    "meeting.already_acknowledged", date=meeting.acknowledged_on.isoformat()
                )
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
    db: Database, actor: Actor, meeting_id: int, contact_id: int, version: int
) -> SaveResult:
    """Record that the acta went to the client contact, who is to acknowledge it."""
    with unit_of_work(db, actor) as uow:
        meeting = _meeting(uow, meeting_id)
        _, account, reach = campaign_access.load(uow, meeting.campaign_id)
        campaign_access.require(uow, Action.LOG_COMMUNICATION, reach)
        if meeting.version != version:
            raise Conflict("record.stale")
        contact = uow.session.get(Contact, contact_id)
        if contact is None or contact.account_id != account.id:
            raise ValidationError({"contact_id": ("approval.contact_elsewhere", {})})
        meeting.sent_to_id = contact.id
        meeting.sent_at = datetime.now(UTC)
        uow.session.flush()
        uow.audit(
            ChangeKind.MEETING,
            meeting.id,
            AuditAction.UPDATE,
            {"sent_to": [None, contact.full_name]},
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
    """Record the client's acknowledgement of the acta (when and how it came)."""
    with unit_of_work(db, actor) as uow:
        meeting = _meeting(uow, meeting_id)
        _, account, reach = campaign_access.load(uow, meeting.campaign_id)
        campaign_access.require(uow, Action.LOG_COMMUNICATION, reach)
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
        uow.session.flush()
        uow.audit(
            ChangeKind.MEETING,
            meeting.id,
            AuditAction.UPDATE,
            {"acknowledged_on": [None, on.isoformat()], "channel": [None, channel.value]},
            account_id=account.id,
            summary=meeting.subject,
        )
        uow.session.flush()
        return SaveResult(meeting.id, meeting.version)

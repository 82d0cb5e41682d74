"""The vendors directory: outside suppliers, their jobs for the agency's campaigns and the
ratings given after each job (1 to 5, an odd scale whose middle is "as expected").

Vendors are the agency's, not one group's: anyone who may plan tasks may add and rate
them (`manage_vendors`); a vendor's history lists (and the directory counts) the jobs of
the campaigns the person may see. Its average rating is the agency's, by design: it
counts every rating, so everyone weighs a supplier alike; but a rating's comment (and
which job it rates) is shown only to those who see that job's campaign — a group-2 job's
«llegó tarde» is not a group-1 reader's to read. A rating belongs to a delivered job, one
per job (the model's unique `job_id`, the window's rating form): without one, a person
could rate a vendor any number of times and the average was whoever clicked most.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, false, func, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Campaign
from agencia.domain.changes import ChangeKind
from agencia.domain.coordination_enums import VendorCategory
from agencia.domain.coordination_models import Vendor, VendorJob, VendorRating
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, NotFound, ValidationError
from agencia.domain.models import Staff
from agencia.domain.permissions import Action
from agencia.domain.text import search_words, sort_key
from agencia.services.accounts.access import require_global
from agencia.services.campaigns import access as campaign_access
from agencia.services.results import SaveResult

SCORES = range(1, 6)


@dataclass(frozen=True, slots=True)
class VendorInput:
    """What the vendor form sends."""

    name: str
    category: VendorCategory = VendorCategory.OTHER
    tax_id: str = ""
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    rates: str = ""
    notes: str = ""


def validate_vendor(data: VendorInput) -> v.FieldErrors:
    errors: v.FieldErrors = {}
    v.required(errors, "name", data.name, 200)
    v.too_long(errors, "contact_name", data.contact_name, 160)
    v.email(errors, "email", data.email)
    v.phone(errors, "phone", data.phone)
    v.tax_id(errors, "tax_id", data.tax_id)
    v.too_long(errors, "rates", data.rates, 4000)
    v.too_long(errors, "notes", data.notes, 4000)
    return errors


def _apply(vendor: Vendor, data: VendorInput) -> dict[str, list[object]]:
    new: dict[str, object] = {
        "name": data.name.strip(),
        "category": data.category,
        "tax_id": v.normalise_tax_id(data.tax_id),
        "contact_name": data.contact_name.strip(),
        "email": data.email.strip(),
        "phone": data.phone.strip(),
        "rates": data.rates.strip(),
        "notes": data.notes.strip(),
    }
    changes: dict[str, list[object]] = {}
    for name, value in new.items():
        if getattr(vendor, name) != value:
            changes[name] = [getattr(vendor, name), value]
            setattr(vendor, name, value)
    vendor.name_key = sort_key(vendor.name)
    return changes


def add_vendor(db: Database, actor: Actor, data: VendorInput) -> SaveResult:
    require_global(actor, Action.MANAGE_VENDORS)
    if errors := validate_vendor(data):
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        vendor = Vendor(active=True)
        changes = _apply(vendor, data)
        uow.session.add(vendor)
        uow.session.flush()
        uow.audit(ChangeKind.VENDOR, vendor.id, AuditAction.CREATE, changes, summary=vendor.name)
        return SaveResult(vendor.id, vendor.version)


def update_vendor(
    db: Database, actor: Actor, vendor_id: int, data: VendorInput, version: int | None = None
) -> SaveResult:
    require_global(actor, Action.MANAGE_VENDORS)
    if errors := validate_vendor(data):
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        vendor = _vendor(uow, vendor_id)
        if version is not None and vendor.version != version:
            raise Conflict("record.stale")
        changes = _apply(vendor, data)
        if changes:
            uow.audit(
                ChangeKind.VENDOR, vendor.id, AuditAction.UPDATE, changes, summary=vendor.name
            )
        uow.session.flush()
        return SaveResult(vendor.id, vendor.version)


def _vendor(uow: UnitOfWork, vendor_id: int) -> Vendor:
    vendor = uow.session.get(Vendor, vendor_id)
    if vendor is None:
        raise NotFound("vendor.not_found", id=vendor_id)
    return vendor


def validate_rating(score: int, comment: str) -> v.FieldErrors:
    """1 to 5; a 1 or a 2 says what went wrong (the rating form shows the same)."""
    errors: v.FieldErrors = {}
    if score not in SCORES:
        errors["score"] = ("vendor.score", {})
    v.too_long(errors, "comment", comment, 500)
    if score in (1, 2) and not comment.strip():
        errors["comment"] = ("vendor.low_score_comment", {})
    return errors


def rate_vendor(
    db: Database,
    actor: Actor,
    vendor_id: int,
    score: int,
    comment: str = "",
    job_id: int | None = None,
) -> SaveResult:
    """A rating after a job: 1 to 5 with a comment, of a delivered job of this vendor's,
    one per job (none without a job: see the module's words)."""
    require_global(actor, Action.MANAGE_VENDORS)
    errors = dict(validate_rating(score, comment))
    if job_id is None:
        errors["job_id"] = ("vendor.pick_job", {})
    if errors:
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        vendor = _vendor(uow, vendor_id)
        job = uow.session.get(VendorJob, job_id)
        if job is None or not job_lines(uow, VendorJob.id == job_id):
            # a job of a campaign the person may not see is not theirs to judge: missing
            # to them, in a missing job's words (never its state, nor its campaign)
            raise NotFound("job.not_found", id=job_id)
        if job.vendor_id != vendor.id:
            raise ValidationError({"job_id": ("vendor.job_not_theirs", {"id": job_id})})
        if job.delivered_on is None:
            raise ValidationError({"job_id": ("vendor.rate_undelivered", {})})
        taken = uow.session.scalar(select(VendorRating.id).where(VendorRating.job_id == job_id))
        if taken is not None:
            raise ValidationError({"job_id": ("vendor.job_rated", {})})
        rating = VendorRating(
            vendor_id=vendor.id,
            job_id=job_id,
            score=score,
            comment=comment.strip(),
            rated_by_id=actor.staff_id,
        )
        uow.session.add(rating)
        uow.session.flush()
        uow.audit(
            ChangeKind.VENDOR,
            vendor.id,
            AuditAction.DECIDE,
            {"score": [None, score], "job_id": [None, job_id]},
            summary=vendor.name,
        )
        return SaveResult(rating.id, vendor.version)


@dataclass(frozen=True, slots=True)
class VendorRow:
    """A line of the vendors directory."""

    id: int
    name: str
    category: VendorCategory
    contact_name: str
    email: str
    phone: str
    active: bool
    jobs: int
    average_rating: Decimal | None
    ratings: int

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "category": self.category.value,
            "contact": self.contact_name,
            "email": self.email,
            "phone": self.phone,
            "jobs": self.jobs,
            "average_rating": _text(self.average_rating),
            "ratings": self.ratings,
        }


def _averages(uow: UnitOfWork, ids: list[int]) -> dict[int, tuple[Decimal | None, int]]:
    rows = uow.session.execute(
        select(VendorRating.vendor_id, func.avg(VendorRating.score), func.count(VendorRating.id))
        .where(VendorRating.vendor_id.in_(ids))
        .group_by(VendorRating.vendor_id)
    ).all()
    return {
        i: (Decimal(str(avg)).quantize(Decimal("0.1")) if avg is not None else None, n)
        for i, avg, n in rows
    }


def list_vendors(
    db: Database, actor: Actor, text: str = "", *, include_inactive: bool = False
) -> list[VendorRow]:
    """The directory, by name; `text` finds words of the name, contact or category."""
    with unit_of_work(db, actor, write=False) as uow:
        stmt = select(Vendor).order_by(Vendor.name_key, Vendor.id)
        if not include_inactive:
            stmt = stmt.where(Vendor.active.is_(True))
        typed = search_words(text)
        if typed is None:  # "%" alone finds no supplier, not all of them
            stmt = stmt.where(false())
        for word in typed or ():
            stmt = stmt.where(_matches(word))
        vendors = list(uow.session.scalars(stmt))
        ids = [x.id for x in vendors]
        jobs = dict(
            uow.session.execute(
                select(VendorJob.vendor_id, func.count(VendorJob.id))
                .where(VendorJob.vendor_id.in_(ids), _seen_jobs(uow))
                .group_by(VendorJob.vendor_id)
            )
            .tuples()
            .all()
        )
        averages = _averages(uow, ids)
    return [
        VendorRow(
            x.id,
            x.name,
            x.category,
            x.contact_name,
            x.email,
            x.phone,
            x.active,
            jobs.get(x.id, 0),
            averages.get(x.id, (None, 0))[0],
            averages.get(x.id, (None, 0))[1],
        )
        for x in vendors
    ]


def _matches(word: str) -> ColumnElement[bool]:
    from sqlalchemy import or_

    like = f"%{word}%"
    return or_(Vendor.name_key.like(like), func.lower(Vendor.contact_name).like(like))


@dataclass(frozen=True, slots=True)
class JobLine:
    """A job in a vendor's history (or a campaign's costs)."""

    id: int
    version: int
    vendor_id: int
    vendor: str
    campaign_id: int
    campaign: str
    description: str
    quote: Decimal
    currency: str
    requested_by: str
    approved_by: str
    approved_at: datetime | None
    po_number: str
    delivered_on: date | None
    invoiced_amount: Decimal | None
    rating: int | None


@dataclass(frozen=True, slots=True)
class RatingLine:
    """One rating in a vendor's history."""

    score: int
    comment: str
    rated_by: str
    rated_at: datetime
    job_id: int | None


@dataclass(frozen=True, slots=True)
class VendorDetail:
    """A vendor with its history of jobs and its ratings."""

    id: int
    version: int
    name: str
    category: VendorCategory
    tax_id: str
    contact_name: str
    email: str
    phone: str
    rates: str
    notes: str
    active: bool
    average_rating: Decimal | None
    jobs: tuple[JobLine, ...]
    ratings: tuple[RatingLine, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "category": self.category.value,
            "tax_id": self.tax_id,
            "contact": self.contact_name,
            "email": self.email,
            "phone": self.phone,
            "rates": self.rates,
            "notes": self.notes,
            "active": self.active,
            "average_rating": _text(self.average_rating),
            "jobs": [
                {
                    "id": j.id,
                    "campaign_id": j.campaign_id,
                    "campaign": j.campaign,
                    "description": j.description,
                    "quote": str(j.quote),
                    "currency": j.currency,
                    "po_number": j.po_number or None,
                    "approved_by": j.approved_by or None,
                    "delivered_on": j.delivered_on.isoformat() if j.delivered_on else None,
                    "invoiced_amount": None
                    if j.invoiced_amount is None
                    else str(j.invoiced_amount),
                    "rating": j.rating,
                }
                for j in self.jobs
            ],
            "ratings": [
                {"score": r.score, "comment": r.comment, "by": r.rated_by, "job_id": r.job_id}
                for r in self.ratings
            ],
        }


def _seen_jobs(uow: UnitOfWork) -> ColumnElement[bool]:
    """Jobs of the campaigns the person may see."""
    return VendorJob.campaign_id.in_(
        select(Campaign.id).where(campaign_access.visible_campaigns(uow.actor))
    )


def job_lines(uow: UnitOfWork, *where: ColumnElement[bool]) -> list[JobLine]:
    """Jobs of the campaigns the person may see, newest first."""
    from sqlalchemy.orm import aliased

    requester, approver = aliased(Staff), aliased(Staff)
    visible = _seen_jobs(uow)
    rows = uow.session.execute(
        select(VendorJob, Vendor.name, Campaign.name, requester.full_name, approver.full_name)
        .add_columns(VendorRating.score)
        .join(Vendor, Vendor.id == VendorJob.vendor_id)
        .join(Campaign, Campaign.id == VendorJob.campaign_id)
        .outerjoin(requester, requester.id == VendorJob.requested_by_id)
        .outerjoin(approver, approver.id == VendorJob.approved_by_id)
        .outerjoin(VendorRating, VendorRating.job_id == VendorJob.id)
        .where(visible, *where)
        .order_by(VendorJob.created_at.desc(), VendorJob.id.desc())
    ).all()
    return [
        JobLine(
            j.id,
            j.version,
            j.vendor_id,
            vendor,
            j.campaign_id,
            campaign,
            j.description,
            Decimal(j.quote),
            j.currency,
            asked or "",
            approved or "",
            j.approved_at,
            j.po_number,
            j.delivered_on,
            None if j.invoiced_amount is None else Decimal(j.invoiced_amount),
            score,
        )
        for j, vendor, campaign, asked, approved, score in rows
    ]


def get_job(db: Database, actor: Actor, job_id: int) -> JobLine:
    """One job, as its vendor's history shows it: for the command line to read a job it
    is given before acting on it. One on a campaign the person may not see is missing to
    them, in a missing job's words (naming the campaign would tell them it exists)."""
    with unit_of_work(db, actor, write=False) as uow:
        seen = job_lines(uow, VendorJob.id == job_id)
        if not seen:
            raise NotFound("job.not_found", id=job_id)
        return seen[0]


def get_vendor(db: Database, actor: Actor, vendor_id: int) -> VendorDetail:
    with unit_of_work(db, actor, write=False) as uow:
        x = _vendor(uow, vendor_id)
        jobs = job_lines(uow, VendorJob.vendor_id == vendor_id)
        ratings = uow.session.execute(
            select(VendorRating, Staff.full_name)
            .outerjoin(Staff, Staff.id == VendorRating.rated_by_id)
            .where(VendorRating.vendor_id == vendor_id)
            .order_by(VendorRating.rated_at.desc(), VendorRating.id.desc())
        ).all()
        average = _averages(uow, [vendor_id]).get(vendor_id, (None, 0))[0]
        seen = {j.id for j in jobs}
        return VendorDetail(
            x.id,
            x.version,
            x.name,
            x.category,
            x.tax_id,
            x.contact_name,
            x.email,
            x.phone,
            x.rates,
            x.notes,
            x.active,
            average,
            tuple(jobs),
            tuple(
                RatingLine(r.score, r.comment, name or "", r.rated_at, r.job_id)
                if r.job_id is None or r.job_id in seen
                else RatingLine(r.score, "", name or "", r.rated_at, None)  # an unseen job's
                for r, name in ratings
            ),
        )


def _text(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)

"""Vendor jobs and what they cost a campaign: a quote becomes committed money when its
purchase order is approved, an invoice is the money actually spent; both are measured
against the campaign's budget, with a warning when the committed money passes it.

A purchase order climbs the same internal-approval ladder as a campaign's budget (one
rule, `agencia.domain.campaign_life`): its amount, in the agency's currency, against the
agency's thresholds says whether a supervisor, a manager or a director signs it, and
nobody signs their own request nor their own campaign's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import campaign_life as life
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Campaign
from agencia.domain.changes import ChangeKind
from agencia.domain.coordination_models import Vendor, VendorJob
from agencia.domain.enums import AuditAction, Role
from agencia.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from agencia.domain.models import Agency
from agencia.services.campaigns import access as campaign_access
from agencia.services.campaigns import approvals
from agencia.services.coordination.access import campaign_to_plan
from agencia.services.coordination.vendors import JobLine, job_lines
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class JobInput:
    """What the vendor job form sends; the currency is the campaign's unless given."""

    vendor_id: int
    description: str
    quote: Decimal | str
    currency: str = ""


def _amount(
    errors: v.FieldErrors, field: str, value: Decimal | str | None, currency: str = ""
) -> Decimal | None:
    """A quote or an invoice as typed (a decimal comma read as a point), by the rule of
    every amount (`validation.money`: no more decimals than `currency` has, never rounded);
    a refusal that is not about the decimals says what a job's amount is."""
    amount = v.money(errors, field, str(value).strip().replace(",", "."), currency)
    if errors.get(field) == ("field.amount", {}):
        errors[field] = ("job.amount", {})
    return amount


def _check_currency(field: str, amount: Decimal | None, currency: str) -> None:
    """Refuse `amount` if `currency`, known only now, has fewer decimals than it holds."""
    problem = None if amount is None else v.money_problem(amount, currency)
    if problem is not None:
        raise ValidationError({field: problem})


def validate_job(data: JobInput) -> v.FieldErrors:
    errors: v.FieldErrors = {}
    v.required(errors, "description", data.description, 300)
    _amount(errors, "quote", data.quote, data.currency)
    if data.currency:
        v.currency(errors, "currency", data.currency)
    return errors


def add_job(db: Database, actor: Actor, campaign_id: int, data: JobInput) -> SaveResult:
    """A job asked of a vendor for the campaign (its purchase order still to approve);
    warns when approving it would put the committed money over the budget."""
    if errors := validate_job(data):
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        campaign, _, _ = campaign_to_plan(uow, campaign_id, lock=True)
        vendor = uow.session.get(Vendor, data.vendor_id)
        if vendor is None:
            raise ValidationError({"vendor_id": ("vendor.not_found", {"id": data.vendor_id})})
        if not vendor.active:
            raise ValidationError({"vendor_id": ("vendor.inactive", {"name": vendor.name})})
        currency = (data.currency or campaign.currency).upper()
        quote = _amount({}, "quote", data.quote) or Decimal(0)
        _check_currency("quote", quote, currency)
        job = VendorJob(
            vendor_id=vendor.id,
            campaign_id=campaign.id,
            description=data.description.strip(),
            quote=quote,
            currency=currency,
            requested_by_id=actor.staff_id,
            po_number="",
        )
        uow.session.add(job)
        uow.session.flush()
        uow.audit(
            ChangeKind.VENDOR_JOB,
            job.id,
            AuditAction.CREATE,
            {"vendor": [None, vendor.name], "quote": [None, str(quote)]},
            account_id=campaign.account_id,
            summary=job.description,
        )
        summary = _costs(uow, campaign, extra=[job])
        warnings = _budget_warnings(summary)
        return SaveResult(job.id, job.version, warnings)


def required_role(uow: UnitOfWork, job: VendorJob) -> Role:
    """Who signs the job's purchase order: the campaigns' ladder for its amount in the
    agency's currency (a director when no rate converts it)."""
    amount = _in_agency_currency(uow, job.quote, job.currency, job.created_at.date())
    if amount is None:
        return Role.ACCOUNT_DIRECTOR
    supervisor, manager = approvals.thresholds(uow)
    return life.required_role(amount, Decimal(supervisor), Decimal(manager))


def approve_job(
    db: Database, actor: Actor, job_id: int, po_number: str, version: int | None = None
) -> SaveResult:
    """Sign the job's purchase order; it then counts as committed money."""
    errors: v.FieldErrors = {}
    v.required(errors, "po_number", po_number, 40)
    if errors:
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        job = _job(uow, job_id)
        if version is not None and job.version != version:
            raise Conflict("record.stale")
        if job.approved_at is not None:
            raise ValidationError({"po_number": ("job.already_approved", {})})
        campaign, account, reach = campaign_access.load(uow, job.campaign_id, lock=True)
        level = required_role(uow, job)
        owner = campaign_access.person(uow, campaign.owner_id, account)
        me = campaign_access.me(uow, reach)
        refusal = life.approver_refusal(me, owner, job.requested_by_id, level)
        if refusal is not None:
            params: dict[str, Any] = {"role": level.value} if "threshold" in refusal else {}
            raise PermissionDenied(refusal, **params)
        job.po_number = po_number.strip()
        job.approved_by_id = actor.staff_id
        job.approved_at = datetime.now(UTC)
        uow.audit(
            ChangeKind.VENDOR_JOB,
            job.id,
            AuditAction.DECIDE,
            {"po_number": [None, job.po_number], "level": [None, level.value]},
            account_id=account.id,
            summary=job.description,
        )
        uow.session.flush()
        warnings = _budget_warnings(_costs(uow, campaign))
        return SaveResult(job.id, job.version, warnings)


def validate_delivery(invoiced_amount: Decimal | str | None) -> v.FieldErrors:
    """The invoiced amount, when given, is a positive amount (the delivery form's rule)."""
    errors: v.FieldErrors = {}
    if invoiced_amount not in (None, ""):
        _amount(errors, "invoiced_amount", invoiced_amount)
    return errors


def record_delivery(
    db: Database,
    actor: Actor,
    job_id: int,
    delivered_on: date,
    invoiced_amount: Decimal | str | None = None,
) -> SaveResult:
    """The vendor delivered (and, when known, invoiced): the invoice is the actual cost."""
    if errors := validate_delivery(invoiced_amount):
        raise ValidationError(errors)
    invoiced = None if invoiced_amount in (None, "") else _amount({}, "", invoiced_amount)
    with unit_of_work(db, actor) as uow:
        job = _job(uow, job_id)
        campaign, _, _ = campaign_to_plan(uow, job.campaign_id)
        if job.approved_at is None:
            raise ValidationError({"delivered_on": ("job.not_approved", {})})
        _check_currency("invoiced_amount", invoiced, job.currency)
        changes: dict[str, list[object]] = {}
        if job.delivered_on != delivered_on:
            changes["delivered_on"] = [str(job.delivered_on), str(delivered_on)]
            job.delivered_on = delivered_on
        if invoiced is not None and job.invoiced_amount != invoiced:
            changes["invoiced_amount"] = [str(job.invoiced_amount), str(invoiced)]
            job.invoiced_amount = invoiced
        uow.audit(
            ChangeKind.VENDOR_JOB,
            job.id,
            AuditAction.UPDATE,
            changes,
            account_id=campaign.account_id,
            summary=job.description,
        )
        uow.session.flush()
        return SaveResult(job.id, job.version)


def _job(uow: UnitOfWork, job_id: int) -> VendorJob:
    job = uow.session.get(VendorJob, job_id)
    if job is None:
        raise NotFound("job.not_found", id=job_id)
    return job


@dataclass(frozen=True, slots=True)
class Costs:
    """A campaign's money: its budget, what approved purchase orders commit, what is
    still only quoted, and what invoices have spent — all in the campaign's currency
    (amounts whose currency has no rate are left out and named)."""

    campaign_id: int
    currency: str
    budget: Decimal
    committed: Decimal
    quoted: Decimal
    actual: Decimal
    unconverted: tuple[str, ...]
    jobs: tuple[JobLine, ...]

    @property
    def over_budget(self) -> bool:
        return self.committed > self.budget

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.committed


def campaign_costs(db: Database, actor: Actor, campaign_id: int) -> Costs:
    with unit_of_work(db, actor, write=False) as uow:
        campaign, _, _ = campaign_access.load(uow, campaign_id)
        costs = _costs(uow, campaign)
        return Costs(
            **{
                **{f: getattr(costs, f) for f in Costs.__dataclass_fields__},
                "jobs": tuple(job_lines(uow, VendorJob.campaign_id == campaign_id)),
            }
        )


def _costs(uow: UnitOfWork, campaign: Campaign, extra: list[VendorJob] | None = None) -> Costs:
    jobs = list(uow.session.scalars(select(VendorJob).where(VendorJob.campaign_id == campaign.id)))
    for job in extra or []:
        if job not in jobs:
            jobs.append(job)
    committed = quoted = actual = Decimal(0)
    missing: set[str] = set()
    day = campaign.start_date or date.today()
    for job in jobs:
        quote = _convert(uow, job.quote, job.currency, campaign.currency, day)
        if quote is None:
            missing.add(job.currency)
            continue
        if job.approved_at is not None:
            committed += quote
        else:
            quoted += quote
        if job.invoiced_amount is not None:
            invoiced = _convert(uow, job.invoiced_amount, job.currency, campaign.currency, day)
            actual += invoiced or Decimal(0)
    return Costs(
        campaign.id,
        campaign.currency,
        Decimal(campaign.budget or 0),
        committed,
        quoted,
        actual,
        tuple(sorted(missing)),
        (),
    )


def _budget_warnings(costs: Costs) -> tuple[tuple[str, dict[str, Any]], ...]:
    """Committed money over the budget; or, short of that, quotes that would take it over
    once approved. The amount is handed over as a plain decimal ("1250.50"), not written for
    anyone: the reader's side writes it in its reader's language and the agency's region
    (the window with QLocale, `ui/coordination/edits`; the command line, were it to show
    it, with `domain/reading_locale`)."""
    if costs.over_budget:
        over = costs.committed - costs.budget
        return (("job.over_budget", {"over": f"{over:.2f}", "currency": costs.currency}),)
    if costs.committed + costs.quoted > costs.budget:
        over = costs.committed + costs.quoted - costs.budget
        return (("job.quotes_over_budget", {"over": f"{over:.2f}", "currency": costs.currency}),)
    return ()


def _home_currency(uow: UnitOfWork) -> str:
    return (uow.session.scalar(select(Agency.currency).limit(1)) or "").upper()


def _in_agency_currency(
    uow: UnitOfWork, amount: Decimal, currency: str, day: date
) -> Decimal | None:
    home = _home_currency(uow)
    if not home or currency.upper() == home:
        return Decimal(amount)
    rate = approvals.rate_in_force(uow, currency.upper(), day)
    return None if rate is None else Decimal(amount) * rate


def _convert(
    uow: UnitOfWork, amount: Decimal, currency: str, target: str, day: date
) -> Decimal | None:
    """`amount` in `target`, through the agency's currency and the rates in force."""
    if currency.upper() == target.upper():
        return Decimal(amount)
    home_amount = _in_agency_currency(uow, amount, currency, day)
    if home_amount is None:
        return None
    if target.upper() == _home_currency(uow):
        return home_amount.quantize(Decimal("0.01"))
    rate = approvals.rate_in_force(uow, target.upper(), day)
    return None if not rate else (home_amount / rate).quantize(Decimal("0.01"))

"""Creating and editing a campaign itself: client, brand, products, owner, budget, dates.

Each function is one unit of work: permission, validation, change, audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.orm.attributes import set_committed_value

from agencia.db.database import Database
from agencia.db.server_campaign_columns import CODE_LOCK
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Campaign, StatusChange, campaign_products
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import LEAD_ROLES, AuditAction, CampaignKind, CampaignStatus
from agencia.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from agencia.domain.models import Account, Agency, Brand, Product, Staff
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.domain.text import search_text, sort_key
from agencia.services.accounts import access
from agencia.services.campaigns import access as campaign_access
from agencia.services.campaigns import approvals, review
from agencia.services.campaigns.editing import (
    check_amount,
    jsonable,
    load_for_edit,
    parse_amount,
)
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class CampaignInput:
    """What the campaign form sends: the same data creates a campaign or updates one."""

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


def validate_campaign(data: CampaignInput) -> v.FieldErrors:
    """The campaign's own field rules, as the service applies them (the form shows the same
    reasons under its fields before saving)."""
    return _validate_campaign(data)[0]


def _validate_campaign(data: CampaignInput) -> tuple[v.FieldErrors, Decimal]:
    errors: v.FieldErrors = {}
    v.required(errors, "name", data.name, 200)
    v.currency(errors, "currency", data.currency.strip().upper())
    budget = parse_amount(errors, "budget", data.budget, data.currency) or Decimal(0)
    v.plan_date(errors, "start_date", data.start_date)
    v.plan_date(errors, "deadline", data.deadline)
    if data.start_date and data.deadline and data.deadline < data.start_date:
        errors["deadline"] = ("field.date_order", {})
    return errors, budget


def _check_campaign_refs(
    uow: UnitOfWork,
    account: Account,
    data: CampaignInput,
    owner_id: int,
    products: list[Product] | None = None,
    *,
    check_owner: bool = True,
) -> None:
    """Brand, products and owner are the account's. `products`: the ones named, already
    read (an edit reads them once, here and for the campaign); `check_owner`: False when an
    edit keeps the owner, checked when it was set."""
    errors: v.FieldErrors = {}
    s = uow.session
    if data.brand_id is not None:
        brand = s.get(Brand, data.brand_id)
        if brand is None or brand.account_id != account.id:
            errors["brand_id"] = ("campaign.brand_elsewhere", {})
    found = {p.id: p for p in products} if products is not None else None
    for product_id in data.product_ids:
        product = s.get(Product, product_id) if found is None else found.get(product_id)
        if product is None or product.brand_id != data.brand_id:
            errors["product_ids"] = ("campaign.product_elsewhere", {})
            break
    if check_owner:
        _check_owner(uow, account, owner_id, errors)
    if errors:
        raise ValidationError(errors)


def _check_owner(uow: UnitOfWork, account: Account, owner_id: int, errors: v.FieldErrors) -> None:
    """The owner is an active executive (or above) who works on the account."""
    owner = uow.session.get(Staff, owner_id)
    if owner is None:
        errors["owner_id"] = ("staff.not_found", {"id": owner_id})
        return
    ok_role = owner.role in LEAD_ROLES and owner.active
    ok_place = campaign_access.person(uow, owner_id, account).reach is not Scope.ALL
    if not (ok_role and ok_place):
        errors["owner_id"] = ("campaign.owner_role", {"name": owner.full_name})


def _next_code(uow: UnitOfWork, year: int) -> str:
    """The year's next campaign code, one series for the whole agency. On PostgreSQL the
    series is held meanwhile (an advisory lock to commit, which every person may take:
    a row lock on `agency` is no lock for someone row-level security does not let update
    it), so that two campaigns created at once on two workstations get two codes; on a
    secured server `agencia_next_campaign_code` (db.server_campaign_columns) answers,
    reading past row-level security, which hides other groups' campaigns. Only codes of
    the series' own form count: another code of the year does not stop the series."""
    s = uow.session
    prefix = f"C{year}-"
    if s.get_bind().dialect.name == "postgresql":
        if s.scalar(sql_text("SELECT to_regproc('agencia_next_campaign_code') IS NOT NULL")):
            code = s.scalar(sql_text("SELECT agencia_next_campaign_code(:year)"), {"year": year})
            return str(code)
        s.execute(sql_text("SELECT pg_advisory_xact_lock(:key)"), {"key": CODE_LOCK})
    codes = s.scalars(select(Campaign.code).where(Campaign.code.like(f"{prefix}%")))
    tails = (c[len(prefix) :] for c in codes)
    numbers = [int(t) for t in tails if t.isascii() and t.isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


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
            "permission.denied_global",
            role=actor.role,
            title_gender=actor.title_gender,
            action=Action.EDIT_BRIEFS,
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
        currency = _currency(uow, account, data.currency)
        check_amount("budget", budget, currency)
        campaign = Campaign(
            account_id=account.id,
            brand_id=data.brand_id,
            name=data.name.strip(),
            code=_next_code(uow, (data.start_date or date.today()).year),
            kind=data.kind,
            owner_id=owner_id,
            budget=budget,
            currency=currency,
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
        campaign, account = load_for_edit(uow, campaign_id, Action.EDIT_BRIEFS)
        if campaign.version != version:
            raise Conflict("record.stale")
        owner_id = data.owner_id if data.owner_id is not None else campaign.owner_id
        # every read before the first change: autoflush would send a change ahead of a
        # later read, and then the rest in a second UPDATE
        products = (
            list(uow.session.scalars(select(Product).where(Product.id.in_(data.product_ids))))
            if data.product_ids
            else []
        )
        # held here, so that the search text below finds it in the session, not read twice
        brand = uow.session.get(Brand, data.brand_id) if data.brand_id is not None else None
        _check_campaign_refs(
            uow, account, data, owner_id, products, check_owner=owner_id != campaign.owner_id
        )
        currency = _currency(uow, account, data.currency)
        if budget != campaign.budget or currency != campaign.currency:  # kept ones stay
            check_amount("budget", budget, currency)
        old_products = list(
            uow.session.scalars(
                select(Product)
                .join(campaign_products, campaign_products.c.product_id == Product.id)
                .where(campaign_products.c.campaign_id == campaign.id)
            )
        )
        set_committed_value(campaign, "products", old_products)  # what a new list replaces
        values: dict[str, Any] = {
            "name": data.name.strip(),
            "brand_id": data.brand_id,
            "kind": data.kind,
            "owner_id": owner_id,
            "budget": budget,
            "currency": currency,
            "start_date": data.start_date,
            "deadline": data.deadline,
            "may_be_shown": data.may_be_shown,
        }
        changes: dict[str, list[Any]] = {}
        for key, new in values.items():
            old = getattr(campaign, key)
            if old != new:
                changes[key] = [jsonable(old), jsonable(new)]
                setattr(campaign, key, new)
        if {p.id for p in old_products} != {p.id for p in products}:
            campaign.products = products
        with uow.session.no_autoflush:  # the brand's read sends nothing ahead
            _refresh_search(uow, campaign, account)
        del brand
        if changes:
            uow.audit(
                ChangeKind.CAMPAIGN,
                campaign.id,
                AuditAction.UPDATE,
                changes,
                account_id=account.id,
                summary=campaign.name,
            )
        # the start date picks the exchange rate a foreign budget is weighed at
        if changes.keys() & {"owner_id", "budget", "currency", "start_date"}:
            review.recheck(uow, campaign, account, approvals.required_role(uow, campaign))
        uow.session.flush()
        return SaveResult(campaign.id, campaign.version)

"""Exchange rates to the agency's currency, kept by the administrator, dated.

A campaign's budget is in its client's currency (MXN, ARS, COP…) and the approval
thresholds are in the agency's: the approvals compare them through the rate in force on the
campaign's date (`agencia.services.campaigns.approvals`). Anyone signed in may read the
rates (an approver sees why a level is needed); only an administrator sets one. A rate set
again for the same currency and day replaces that day's; every change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from babel.numbers import is_currency
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import NotFound, ValidationError
from agencia.domain.models import Agency, ExchangeRate
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.results import SaveResult

DECIMALS = 8  # the column's scale
RATE_MAX = Decimal("9999999999")  # the column's ten whole digits


@dataclass(frozen=True, slots=True)
class RateView:
    """One unit of `currency` is worth `rate` of the agency's currency from `valid_from` on
    (until the next rate of that currency)."""

    id: int
    currency: str
    rate: Decimal
    valid_from: date
    agency_currency: str
    version: int

    def as_json(self) -> dict[str, str | int]:
        return {
            "id": self.id,
            "currency": self.currency,
            "rate": str(self.rate.normalize()),
            "valid_from": self.valid_from.isoformat(),
            "agency_currency": self.agency_currency,
        }


def _agency(uow: UnitOfWork) -> Agency:
    agency = uow.session.scalar(select(Agency).order_by(Agency.id).limit(1))
    if agency is None:
        raise NotFound("agency.missing")
    return agency


def list_rates(db: Database, actor: Actor) -> list[RateView]:
    """Every rate kept, by currency and then newest first."""
    with unit_of_work(db, actor, write=False) as uow:
        home = _agency(uow).currency
        rows = uow.session.scalars(
            select(ExchangeRate).order_by(
                ExchangeRate.currency, ExchangeRate.valid_from.desc(), ExchangeRate.id.desc()
            )
        )
        return [RateView(r.id, r.currency, r.rate, r.valid_from, home, r.version) for r in rows]


def rate_errors(
    currency: str, rate: Decimal | str, home: str = "", valid_from: date | None = None
) -> v.FieldErrors:
    """What is wrong with a rate as typed: a known ISO currency other than the agency's, a
    positive number that fits the column, from a day within the years every date keeps
    (`validation.plan_date`: 1800-01-01 is a typo, and would rule every budget since)."""
    errors: v.FieldErrors = {}
    v.plan_date(errors, "valid_from", valid_from)
    code = currency.strip().upper()
    if not code:
        errors["currency"] = ("field.required", {})
    elif not is_currency(code):
        errors["currency"] = ("field.currency", {})
    elif home and code == home.upper():
        errors["currency"] = ("rate.currency_is_agency", {"currency": code})
    try:
        amount = Decimal(str(rate).strip().replace(",", "."))
    except InvalidOperation:
        errors["rate"] = ("field.amount", {})
        return errors
    if not amount.is_finite() or amount > RATE_MAX:
        errors["rate"] = ("field.amount", {})
    elif amount <= 0:
        errors["rate"] = ("rate.positive", {})
    else:
        exponent = amount.normalize().as_tuple().exponent
        if isinstance(exponent, int) and -exponent > DECIMALS:
            errors["rate"] = ("rate.precision", {"max": DECIMALS})
    return errors


def set_rate(
    db: Database,
    actor: Actor,
    currency: str,
    rate: Decimal | str,
    valid_from: date | None = None,
) -> SaveResult:
    """An administrator sets what one unit of `currency` is worth in the agency's currency
    from `valid_from` (today if not given) on; the same day again replaces that day's rate."""
    access.require_global(actor, Action.AGENCY_SETTINGS)
    day = valid_from or date.today()
    errors = rate_errors(currency, rate, valid_from=day)
    if errors:
        raise ValidationError(errors)
    code = currency.strip().upper()
    amount = Decimal(str(rate).strip().replace(",", "."))
    with unit_of_work(db, actor) as uow:
        agency = _agency(uow)
        errors = rate_errors(code, amount, agency.currency)
        if errors:
            raise ValidationError(errors)
        row = uow.session.scalar(
            select(ExchangeRate).where(
                ExchangeRate.currency == code, ExchangeRate.valid_from == day
            )
        )
        old = None if row is None else str(row.rate.normalize())
        if row is None:
            row = ExchangeRate(currency=code, rate=amount, valid_from=day)
            uow.session.add(row)
        elif row.rate != amount:
            row.rate = amount
        uow.session.flush()
        new = str(amount.normalize())
        if old != new:
            uow.audit(
                ChangeKind.AGENCY,
                agency.id,
                AuditAction.CREATE if old is None else AuditAction.UPDATE,
                {
                    "exchange_rate": [old, new],
                    "currency": [None, code],
                    "valid_from": [None, day.isoformat()],
                },
                summary=f"1 {code} = {new} {agency.currency} ({day.isoformat()})",
            )
        return SaveResult(row.id, row.version)

"""What every edit of a campaign's records shares: loading the campaign for an edit
(refused once it is closed), reading an amount, and values as an audit entry stores them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from agencia.db.uow import UnitOfWork
from agencia.domain import validation as v
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign
from agencia.domain.errors import DomainError
from agencia.domain.models import Account
from agencia.domain.permissions import Action
from agencia.services.campaigns import access as campaign_access


def parse_amount(errors: v.FieldErrors, name: str, value: Decimal | str | None) -> Decimal | None:
    """`value` as an amount of money (to the cent), or None when blank; a bad one is
    noted in `errors` under `name`."""
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


def jsonable(value: Any) -> Any:
    """A value as an audit entry stores it: dates in ISO form, amounts as text, enums
    as their codes."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value.value if hasattr(value, "value") else value


def load_for_edit(uow: UnitOfWork, campaign_id: int, action: Action) -> tuple[Campaign, Account]:
    """The campaign and its account, if the person may do `action` on it and it is not
    closed."""
    campaign, account, reach = campaign_access.load(uow, campaign_id, lock=True)
    campaign_access.require(uow, action, reach)
    if campaign.status in CLOSED:
        raise DomainError("campaign.closed", status=campaign.status.value)
    return campaign, account

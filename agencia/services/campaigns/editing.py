"""What every edit of a campaign's records shares: loading the campaign for an edit
(refused once it is closed), reading an amount, and values as an audit entry stores them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from agencia.db.uow import UnitOfWork
from agencia.domain import validation as v
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.models import Account
from agencia.domain.permissions import Action
from agencia.services.campaigns import access as campaign_access


def parse_amount(
    errors: v.FieldErrors, name: str, value: Decimal | str | None, currency: str = ""
) -> Decimal | None:
    """`value` as an amount of `currency` (to the cent, as kept), or None when blank; a
    bad one is noted in `errors` under `name` (`validation.money`: never rounded)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return v.money(errors, name, value, currency)


def check_amount(name: str, amount: Decimal | None, currency: str) -> None:
    """Refuse `amount` if `currency` (known only now: the campaign's, the account's) has
    fewer decimals than it holds — 1500.50 pesos chilenos."""
    problem = None if amount is None else v.money_problem(amount, currency)
    if problem is not None:
        raise ValidationError({name: problem})


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

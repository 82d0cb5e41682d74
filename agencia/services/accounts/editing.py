"""What every edit in the accounts area shares: loading the account the person may
edit, setting values as audited [old, new] changes, and the account's search text.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from agencia.db.uow import UnitOfWork
from agencia.domain.errors import Conflict, NotFound
from agencia.domain.models import Account, Brand
from agencia.domain.permissions import Action
from agencia.domain.text import search_text, sort_key
from agencia.services.accounts import access


def jsonable(value: Any) -> Any:
    """An enum as its code, anything else as it is: what an audit entry stores."""
    return value.value if hasattr(value, "value") else value


def apply_changes(record: Any, values: dict[str, Any]) -> dict[str, list[Any]]:
    """Set the fields that differ and return them as {field: [old, new]}."""
    changes: dict[str, list[Any]] = {}
    for key, new in values.items():
        old = getattr(record, key)
        if old != new:
            changes[key] = [jsonable(old), jsonable(new)]
            setattr(record, key, new)
    return changes


def account_search_text(uow: UnitOfWork, account: Account) -> str:
    """What search finds an account by: its names, tax ID, city and brands."""
    brands: list[str] = []
    if account.id is not None:
        brands = list(uow.session.scalars(select(Brand.name).where(Brand.account_id == account.id)))
    return search_text(
        account.trade_name, account.legal_name, account.tax_id, account.city, *brands
    )


def refresh_search(uow: UnitOfWork, account: Account) -> None:
    """The account's search text and sort key, after an edit of the account itself."""
    account.search_text = account_search_text(uow, account)
    account.name_key = sort_key(account.trade_name)


def refresh_brand_search(uow: UnitOfWork, account: Account) -> None:
    """A brand's name feeds the account's search text, but a brand is not an edit of the
    account: written in Core, so the account's version stays and an open form still saves."""
    uow.session.execute(
        update(Account)
        .where(Account.id == account.id)
        .values(search_text=account_search_text(uow, account))
        .execution_options(synchronize_session=False)
    )


def load_for_edit(uow: UnitOfWork, account_id: int, version: int | None) -> Account:
    """The account, if the person may see and edit it and (given a `version`) nobody
    saved it since they read it."""
    account = uow.session.get(Account, account_id)
    if account is None:
        raise NotFound("account.not_found", id=account_id)
    access.require(uow, Action.SEE_ACCOUNTS, account)
    access.require(uow, Action.EDIT_ACCOUNT, account)
    if version is not None and account.version != version:
        raise Conflict("record.stale")
    return account

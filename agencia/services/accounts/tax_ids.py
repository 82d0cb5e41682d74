"""Tax IDs already held by other accounts: a warning beside the field, never a refusal.

The person is told the names of the duplicates they may see, and only that there are
others when the rest belong to groups that are not theirs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.models import Account
from agencia.services.accounts import access


def same_tax_id(
    uow: UnitOfWork, tax_id: str, exclude: int | None, *, visible: bool = True
) -> list[tuple[int, str]]:
    """Other accounts with this tax ID; `visible` limits them to those the person may see
    (a name from another group is not theirs to read)."""
    if not tax_id:
        return []
    stmt = select(Account.id, Account.trade_name).where(Account.tax_id == tax_id)
    if exclude is not None:
        stmt = stmt.where(Account.id != exclude)
    if visible:
        stmt = stmt.where(access.visible_clause(uow.actor))
    return [(r[0], r[1]) for r in uow.session.execute(stmt.limit(5))]


def tax_id_warnings(uow: UnitOfWork, account: Account) -> tuple[tuple[str, dict[str, Any]], ...]:
    """Named warnings for duplicates the person can see, one unnamed for the rest."""
    seen = same_tax_id(uow, account.tax_id, account.id)
    warnings = [("account.tax_id_duplicate", {"name": n, "id": i}) for i, n in seen]
    everyone = same_tax_id(uow, account.tax_id, account.id, visible=False)
    if len(everyone) > len(seen):
        warnings.append(("account.tax_id_duplicate_hidden", {}))
    return tuple(warnings)


def tax_id_duplicates(
    db: Database, actor: Actor, tax_id: str, exclude: int | None = None
) -> list[tuple[int, str]]:
    """Accounts already holding this tax ID: a warning beside the field, not a refusal."""
    with unit_of_work(db, actor, write=False) as uow:
        return same_tax_id(uow, v.normalise_tax_id(tax_id), exclude)

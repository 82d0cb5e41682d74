"""The names of the records an account's history points at, as people know them.

The trail keeps what a change pointed at by its ID («template_id: 1», «assignee: 6»):
the page said «Encuesta: #1» and «Responsable: 6». Read beside the page (the history is
rarely the tab looked at first), this names each one: people and the account's own
records (contacts, brands, the account) from their rows; any other area's record by
what the trail itself last called it (a task's title, a campaign's name, a response's
survey and date, an approval's comment) — the accounts area reads no other area's
tables. What is not named here (nothing in the trail about it, or hidden from the person
on the shared server) the page words without an ID (`ui/accounts/labels.py`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.errors import NotFound
from agencia.domain.models import Account, AccountGroup, AuditEvent, Brand, Contact, Staff
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.accounts.account_page import HISTORY_LIMIT
from agencia.services.accounts.history_references import REFERENCES

# the rows the accounts area names by itself: (their id, their name)
ROWS: dict[str, tuple[InstrumentedAttribute[int], InstrumentedAttribute[str]]] = {
    "staff": (Staff.id, Staff.full_name),
    "contact": (Contact.id, Contact.full_name),
    "brand": (Brand.id, Brand.name),
    "account": (Account.id, Account.trade_name),
    "group": (AccountGroup.id, AccountGroup.name),
}


def history_names(db: Database, actor: Actor, account_id: int) -> dict[str, dict[int, str]]:
    """{field: {id: name}} for the IDs in the account's history (its newest entries, as
    the page shows them); refused as the page is for an account the person may not see."""
    with unit_of_work(db, actor, write=False) as uow:
        account = uow.session.get(Account, account_id)
        if account is None:
            raise NotFound("account.not_found", id=account_id)
        access.require(uow, Action.SEE_ACCOUNTS, account)
        changes = uow.session.scalars(
            select(AuditEvent.changes)
            .where(AuditEvent.account_id == account_id)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .limit(HISTORY_LIMIT)
        ).all()
        return name_references(uow, changes)


def name_references(
    uow: UnitOfWork, changes: Iterable[Mapping[str, Any] | None]
) -> dict[str, dict[int, str]]:
    """Names for every ID the `changes` of a trail hold in a field of `REFERENCES`."""
    wanted: dict[str, set[int]] = defaultdict(set)  # kind → ids
    for change in changes:
        for field, value in (change or {}).items():
            kind = REFERENCES.get(field)
            if kind is not None:
                wanted[kind].update(_ids(value))
    named: dict[str, dict[int, str]] = {}
    for kind, ids in wanted.items():
        if kind in ROWS:
            key, name = ROWS[kind]
            query = select(key, name).where(key.in_(ids))
            if kind == "account":  # another account: named only if the person sees it
                query = query.where(access.visible_clause(uow.actor, few=True))
            named[kind] = {i: n for i, n in uow.session.execute(query) if n}
        else:
            named[kind] = _from_the_trail(uow, kind, ids)
    return {field: named[kind] for field, kind in REFERENCES.items() if named.get(kind)}


def _ids(value: Any) -> list[int]:
    """The IDs in a change: [old, new], or one value."""
    values = value if isinstance(value, list | tuple) else [value]
    return [v for v in values if isinstance(v, int) and not isinstance(v, bool)]


def _from_the_trail(uow: UnitOfWork, kind: str, ids: set[int]) -> dict[int, str]:
    """What the trail last called each record of `kind` (its newest summary)."""
    rows = uow.session.execute(
        select(AuditEvent.entity_id, AuditEvent.summary)
        .where(AuditEvent.entity == kind, AuditEvent.entity_id.in_(ids), AuditEvent.summary != "")
        .order_by(AuditEvent.at, AuditEvent.id)  # the newest last: it stays
    )
    return {i: s for i, s in rows if i is not None}

"""Global search: the accounts, client contacts and campaigns a person may see, found from
anywhere.

The words typed are matched the way the accounts list matches them (quoted, prefix-matched,
accents and case ignored), and only inside the accounts the person may see.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import case, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign
from agencia.domain.enums import AccountStatus
from agencia.domain.models import Account, Contact
from agencia.domain.text import words
from agencia.services.accounts import access
from agencia.services.accounts.queries import search_clause
from agencia.services.campaigns import access as campaign_access

LIMIT = 20

Kind = Literal["account", "contact", "campaign"]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One line of the global search's results; a contact opens its account, a campaign its
    page (`id`)."""

    kind: Kind
    id: int
    title: str
    subtitle: str
    account_id: int
    active: bool = True


def _starts_first(column: Any, typed: str) -> Any:
    """Rank names that start with the first word typed above those that merely contain it."""
    first = words(typed)[0]
    return case((column.like(f"{first}%"), 0), else_=1)


def _join(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def search_everything(db: Database, actor: Actor, text: str, limit: int = LIMIT) -> list[SearchHit]:
    """Accounts, then campaigns, then contacts; at most `limit` hits, shared out so that
    each kind keeps its place when all of them fill."""
    if not words(text) or limit <= 0:
        return []
    with unit_of_work(db, actor, write=False) as uow:
        s = uow.session
        dialect = s.get_bind().dialect.name
        found_account = search_clause(dialect, text, Account)
        found_contact = search_clause(dialect, text, Contact)
        assert found_account is not None and found_contact is not None  # words() not empty
        accounts = [
            SearchHit(
                kind="account",
                id=r.id,
                title=r.trade_name,
                subtitle=_join(r.legal_name if r.legal_name != r.trade_name else "", r.city),
                account_id=r.id,
                active=r.status is not AccountStatus.INACTIVE,
            )
            for r in s.execute(
                select(
                    Account.id, Account.trade_name, Account.legal_name, Account.city, Account.status
                )
                .where(found_account, access.visible_clause(actor))
                .order_by(_starts_first(Account.name_key, text), Account.name_key, Account.id)
                .limit(limit)
            )
        ]
        contacts = [
            SearchHit(
                kind="contact",
                id=r.id,
                title=r.full_name,
                subtitle=_join(r.position, r.trade_name),
                account_id=r.account_id,
                active=r.active,
            )
            for r in s.execute(
                select(
                    Contact.id,
                    Contact.full_name,
                    Contact.position,
                    Contact.account_id,
                    Contact.active,
                    Account.trade_name,
                )
                .join(Account, Account.id == Contact.account_id)
                .where(found_contact, access.visible_clause(actor))
                .order_by(Contact.active.desc(), Contact.full_name, Contact.id)
                .limit(limit)
            )
        ]
        campaigns = [
            SearchHit(
                kind="campaign",
                id=r.id,
                title=r.name,
                subtitle=_join(r.code, r.trade_name),
                account_id=r.account_id,
                active=r.status not in CLOSED,
            )
            for r in s.execute(
                select(
                    Campaign.id,
                    Campaign.name,
                    Campaign.code,
                    Campaign.account_id,
                    Campaign.status,
                    Account.trade_name,
                )
                .join(Account, Account.id == Campaign.account_id)
                .where(
                    *(Campaign.search_text.like(f"% {t}%") for t in words(text)),
                    campaign_access.visible_campaigns(actor),
                )
                .order_by(Campaign.status.in_(CLOSED), Campaign.name_key, Campaign.id)
                .limit(limit)
            )
        ]
    return _share([accounts, campaigns, contacts], limit)


def _share(groups: list[list[SearchHit]], limit: int) -> list[SearchHit]:
    """Up to `limit` hits in group order: each group gets an equal share, and what one
    group does not use goes to the others."""
    taken = [0] * len(groups)
    left = limit
    while left > 0:
        hungry = [i for i, g in enumerate(groups) if taken[i] < len(g)]
        if not hungry:
            break
        share = max(left // len(hungry), 1)
        for i in hungry:
            more = min(share, len(groups[i]) - taken[i], left)
            taken[i] += more
            left -= more
    return [hit for group, n in zip(groups, taken, strict=True) for hit in group[:n]]

"""What global search finds in the accounts area: accounts and client contacts."""

from __future__ import annotations

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.domain.areas import AreaId
from agencia.domain.enums import AccountStatus
from agencia.domain.models import Account, Contact
from agencia.services.accounts import access
from agencia.services.accounts.queries import search_clause
from agencia.services.search import SearchGroup, SearchHit, joined, starts_first

ACCOUNTS_RANK = 0
CONTACTS_RANK = 2  # after campaigns


def find(uow: UnitOfWork, text: str, limit: int) -> list[SearchGroup]:
    """Visible accounts, then visible accounts' contacts (active first), matching `text`."""
    s = uow.session
    actor = uow.actor
    dialect = s.get_bind().dialect.name
    found_account = search_clause(dialect, text, Account)
    found_contact = search_clause(dialect, text, Contact)
    if found_account is None or found_contact is None:  # nothing searchable typed
        return []
    accounts = [
        SearchHit(
            kind="account",
            id=r.id,
            title=r.trade_name,
            subtitle=joined(r.legal_name if r.legal_name != r.trade_name else "", r.city),
            account_id=r.id,
            area=AreaId.ACCOUNTS,
            target_id=r.id,
            active=r.status is not AccountStatus.INACTIVE,
        )
        for r in s.execute(
            select(Account.id, Account.trade_name, Account.legal_name, Account.city, Account.status)
            .where(found_account, access.visible_clause(actor))
            .order_by(starts_first(Account.name_key, text), Account.name_key, Account.id)
            .limit(limit)
        )
    ]
    contacts = [
        SearchHit(
            kind="contact",
            id=r.id,
            title=r.full_name,
            subtitle=joined(r.position, r.trade_name),
            account_id=r.account_id,
            area=AreaId.ACCOUNTS,
            target_id=r.account_id,
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
    return [SearchGroup(ACCOUNTS_RANK, accounts), SearchGroup(CONTACTS_RANK, contacts)]

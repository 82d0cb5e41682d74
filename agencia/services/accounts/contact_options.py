"""An account's contacts as a short list of choices: whom a request, a logged contact, a
mail or a questionnaire may be put down to. One light read (ids and names), shared by
every form that picks an account and then one of its contacts, so that none of them reads
the whole account page to fill a list."""

from __future__ import annotations

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.errors import NotFound
from agencia.domain.models import Account, Contact
from agencia.domain.permissions import Action
from agencia.services.accounts.access import require
from agencia.services.results import Option


def contacts_of(db: Database, actor: Actor, account_id: int) -> list[Option]:
    """The account's active contacts, by name (whom a message may be put down to)."""
    with unit_of_work(db, actor, write=False) as uow:
        account = uow.session.get(Account, account_id)
        if account is None:
            raise NotFound("account.not_found", id=account_id)
        require(uow, Action.SEE_ACCOUNTS, account)
        rows = uow.session.execute(
            select(Contact.id, Contact.full_name)
            .where(Contact.account_id == account_id, Contact.active.is_(True))
            .order_by(Contact.full_name, Contact.id)
        )
        return [Option(i, n) for i, n in rows]

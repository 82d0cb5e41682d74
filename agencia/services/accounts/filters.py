"""What the accounts list's filters offer: only the groups and the people the person can
see accounts of (an executive is not shown the agency's other groups and their people).
The form's choices (`queries.groups`, `queries.executives`) are another question: whom a
new account may go to."""

from __future__ import annotations

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.models import Account, AccountGroup, Staff
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.accounts import access
from agencia.services.accounts.queries import executives, groups
from agencia.services.results import Option


def filter_choices(
    db: Database, actor: Actor, everyone: tuple[list[Option], list[Option]] | None = None
) -> tuple[list[Option], list[Option]]:
    """(groups, lead executives) of the accounts `actor` may see, by name; `everyone`: the
    agency's, when the caller has read them already (what one who sees all is offered)."""
    if scope_for(actor.role, Action.SEE_ACCOUNTS) is Scope.ALL:  # every account: everyone
        return everyone or (groups(db, actor), executives(db, actor))
    with unit_of_work(db, actor, write=False) as uow:
        s = uow.session
        group_ids: set[int] = set()
        lead_ids: set[int] = set()
        for part in access.visible_parts(actor):  # each read off its own index
            group_ids.update(
                s.scalars(
                    select(Account.group_id).where(part, Account.group_id.is_not(None)).distinct()
                )
            )
            lead_ids.update(
                s.scalars(
                    select(Account.lead_executive_id)
                    .where(part, Account.lead_executive_id.is_not(None))
                    .distinct()
                )
            )
        found_groups = s.execute(
            select(AccountGroup.id, AccountGroup.name)
            .where(AccountGroup.id.in_(sorted(group_ids)))
            .order_by(AccountGroup.name)
        )
        found_leads = s.execute(
            select(Staff.id, Staff.full_name)
            .where(Staff.id.in_(sorted(lead_ids)))
            .order_by(Staff.name_key)
        )
        return (
            [Option(r[0], r[1]) for r in found_groups],
            [Option(r[0], r[1]) for r in found_leads],
        )

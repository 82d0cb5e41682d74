"""Who may own an improvement action: an active person who may manage improvement actions
on its account — see it and close the action — or, for the agency's own actions, anyone
whose role manages them at all. An owner in another group, the administrator or someone
«de baja» could neither see nor close it, while the lists showed it as their work.

`open_action` and a handover (`people.handover_work`) hold every new owner to `may_own`;
the form offers only those it would accept (`owners`).
"""

from __future__ import annotations

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.errors import NotFound, ValidationError
from agencia.domain.models import Account, Staff
from agencia.domain.permissions import Action, Scope, allowed, scope_for
from agencia.services.accounts import access as account_access
from agencia.services.results import Option

MANAGE = Action.MANAGE_IMPROVEMENTS


def may_own(uow: UnitOfWork, owner: Staff, account: Account | None) -> bool:
    """Whether `owner` may own an action on `account` (None: the agency's)."""
    if not owner.active:
        return False
    if account is None:
        return scope_for(owner.role, MANAGE) is not Scope.NONE
    reach = account_access.relation(uow, owner.id, owner.group_id, account)
    return allowed(owner.role, MANAGE, reach)


def check_owner(
    uow: UnitOfWork, owner_id: int, account: Account | None, field: str = "owner_id"
) -> Staff:
    """The owner, refused (with why) unless they `may_own` an action on `account`."""
    owner = uow.session.get(Staff, owner_id)
    if owner is None:
        raise ValidationError({field: ("staff.not_found", {"id": owner_id})})
    if not owner.active:
        raise ValidationError({field: ("staff.inactive", {"name": owner.full_name})})
    if not may_own(uow, owner, account):
        if account is None:
            raise ValidationError({field: ("improvement.owner_role", {"name": owner.full_name})})
        said = {"name": owner.full_name, "account": account.trade_name}
        raise ValidationError({field: ("improvement.owner_elsewhere", said)})
    return owner


def owners(db: Database, actor: Actor, account_id: int | None) -> list[Option]:
    """The people, by name, who may own an action on `account_id` (None: the agency's):
    what «Responsable» offers (`access.able_people`, as `may_own` decides)."""
    with unit_of_work(db, actor, write=False) as uow:
        account = None
        if account_id is None:
            account_access.require_global(actor, MANAGE)
        else:
            account = uow.session.get(Account, account_id)
            if account is None:
                raise NotFound("account.not_found", id=account_id)
            account_access.require(uow, Action.SEE_ACCOUNTS, account)
        return [Option(i, n) for i, n in account_access.able_people(uow, account, MANAGE)]

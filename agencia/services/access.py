"""Applying the role table to real records: how a record relates to the person asking."""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, select, true

from agencia.db.uow import UnitOfWork
from agencia.domain.actor import Actor
from agencia.domain.errors import PermissionDenied
from agencia.domain.models import Account, AccountAssignment
from agencia.domain.permissions import Action, Scope, allowed, scope_for


def reach(uow: UnitOfWork, account: Account) -> Scope:
    """ASSIGNED if the person is on the account's team, GROUP if it is in their group."""
    actor = uow.actor
    if actor.staff_id is not None:
        if account.lead_executive_id == actor.staff_id:
            return Scope.ASSIGNED
        on_team = uow.session.scalar(
            select(AccountAssignment.id).where(
                AccountAssignment.account_id == account.id,
                AccountAssignment.staff_id == actor.staff_id,
            )
        )
        if on_team is not None:
            return Scope.ASSIGNED
    if actor.group_id is not None and account.group_id == actor.group_id:
        return Scope.GROUP
    return Scope.ALL


def require(uow: UnitOfWork, action: Action, account: Account) -> None:
    if not allowed(uow.actor.role, action, reach(uow, account)):
        if action is Action.SEE_ACCOUNTS:
            raise PermissionDenied("account.not_visible", id=account.id)
        raise PermissionDenied("permission.denied", role=uow.actor.role, action=action)


def require_global(actor: Actor, action: Action) -> None:
    """For actions not about one account (agency settings, reassigning in general)."""
    if scope_for(actor.role, action) is Scope.NONE:
        raise PermissionDenied("permission.denied_global", role=actor.role, action=action)


def assigned_clause(actor: Actor) -> ColumnElement[bool]:
    if actor.staff_id is None:
        return false()
    # An uncorrelated IN lets SQLite combine indexes (MULTI-INDEX OR) with the group test
    # instead of probing the assignments once per account: ~3x faster at 100,000 accounts.
    on_team = Account.id.in_(
        select(AccountAssignment.account_id).where(AccountAssignment.staff_id == actor.staff_id)
    )
    return or_(Account.lead_executive_id == actor.staff_id, on_team)


def visible_clause(actor: Actor, action: Action = Action.SEE_ACCOUNTS) -> ColumnElement[bool]:
    """The SQL filter for the accounts `actor` may see (or act on)."""
    granted = scope_for(actor.role, action)
    if granted is Scope.ALL:
        return true()
    if granted is Scope.GROUP:
        if actor.group_id is None:
            return assigned_clause(actor)
        return or_(Account.group_id == actor.group_id, assigned_clause(actor))
    if granted is Scope.ASSIGNED:
        return assigned_clause(actor)
    return false()

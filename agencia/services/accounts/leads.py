"""Who leads an account: who may be chosen, who may choose, and the lead's place on the
account's team (the account form and the agency's reassignments share these rules).
"""

from __future__ import annotations

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.domain.enums import LEAD_ROLES, AssignmentRole
from agencia.domain.errors import PermissionDenied, ValidationError
from agencia.domain.models import Account, AccountAssignment, AccountGroup, Staff
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.accounts import access


def check_lead(uow: UnitOfWork, group_id: int | None, staff_id: int, field: str) -> Staff:
    """The person may lead an account of `group_id`: an active executive of that group."""
    person = uow.session.get(Staff, staff_id)
    if person is None:
        raise ValidationError({field: ("staff.not_found", {"id": staff_id})})
    if person.role not in LEAD_ROLES or not person.active:
        raise ValidationError({field: ("reassign.wrong_role", {"name": person.full_name})})
    if group_id is not None and person.group_id != group_id:
        director = uow.session.scalar(
            select(AccountGroup.director_id).where(AccountGroup.id == group_id)
        )
        if director != person.id:
            raise ValidationError({field: ("reassign.other_group", {"name": person.full_name})})
    return person


def require_reassign(uow: UnitOfWork, account: Account | None) -> None:
    """Choosing someone else to lead an account is a reassignment: a director's decision."""
    if account is not None:
        access.require(uow, Action.REASSIGN_ACCOUNTS, account)
    elif scope_for(uow.actor.role, Action.REASSIGN_ACCOUNTS) is Scope.NONE:
        raise PermissionDenied(
            "permission.denied_global",
            role=uow.actor.role,
            title_gender=uow.actor.title_gender,
            action=Action.REASSIGN_ACCOUNTS,
        )


def sync_lead_assignment(uow: UnitOfWork, account: Account) -> None:
    """The lead executive is always on the account's team as its lead."""
    if account.lead_executive_id is None:
        return
    s = uow.session
    for a in s.scalars(
        select(AccountAssignment).where(
            AccountAssignment.account_id == account.id,
            AccountAssignment.role == AssignmentRole.LEAD_EXECUTIVE,
            AccountAssignment.staff_id != account.lead_executive_id,
        )
    ):
        a.role = AssignmentRole.EXECUTIVE
    current = s.scalar(
        select(AccountAssignment).where(
            AccountAssignment.account_id == account.id,
            AccountAssignment.staff_id == account.lead_executive_id,
        )
    )
    if current is None:
        s.add(
            AccountAssignment(
                account_id=account.id,
                staff_id=account.lead_executive_id,
                role=AssignmentRole.LEAD_EXECUTIVE,
            )
        )
    else:
        current.role = AssignmentRole.LEAD_EXECUTIVE

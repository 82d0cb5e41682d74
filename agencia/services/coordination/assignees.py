"""Who may be a task's assignee: someone who may work on the campaign's account (see it
and log its communications, as a service request's assignee must), or a person of
another department — creative, media, production, strategy, digital — whom the agency's
tasks reach whatever the account (they see the tasks assigned to them, not the
account). The administrator sets the agency up and works on no account.

Without this, a task given to a trainee of another group showed her the campaign's name
in «Mis tareas» and her calendar, while the campaign itself was «not found» to her.
"""

from __future__ import annotations

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.domain.enums import Department, Role
from agencia.domain.models import Account, AccountAssignment, Staff
from agencia.domain.permissions import Action, Scope, refusal

# the departments whose people take tasks of any account (DESIGN: «People outside the
# account department are assignees of tasks and members of teams»)
OTHER_DEPARTMENTS: frozenset[Department] = frozenset(Department) - {
    Department.ACCOUNTS,
    Department.ADMINISTRATION,
}

# domain.permissions.refusal's codes, said of the assignee
_REFUSALS = {
    "permission.denied": "task.assignee_role",
    "permission.not_on_team": "task.assignee_not_on_team",
    "permission.outside_group": "task.assignee_outside_group",
}


def team_of(uow: UnitOfWork, account: Account) -> frozenset[int]:
    """The people on the account's team (its lead executive included)."""
    ids = set(
        uow.session.scalars(
            select(AccountAssignment.staff_id).where(AccountAssignment.account_id == account.id)
        )
    )
    if account.lead_executive_id is not None:
        ids.add(account.lead_executive_id)
    return frozenset(ids)


def refusal_for(
    role: Role, department: Department, group_id: int | None, on_team: bool, account: Account
) -> str | None:
    """Why a person may not take a task of `account` (a `task.assignee_*` code), or None."""
    if role is not Role.ADMINISTRATOR and department in OTHER_DEPARTMENTS:
        return None
    if on_team:
        reach = Scope.ASSIGNED
    elif group_id is not None and group_id == account.group_id:
        reach = Scope.GROUP
    else:
        reach = Scope.ALL
    why = refusal(role, Action.LOG_COMMUNICATION, reach)
    return None if why is None else _REFUSALS[why]


def refusal_of(uow: UnitOfWork, person: Staff, account: Account) -> str | None:
    """`refusal_for` of one person (the assignee a save names)."""
    on_team = person.id in team_of(uow, account)
    return refusal_for(person.role, person.department, person.group_id, on_team, account)

"""Who may be a task's assignee: someone who may work on the campaign's account (see it
and log its communications, as a service request's assignee must), or a person of
another department — creative, media, production, strategy, digital — whom the agency's
tasks reach whatever the account (they see the tasks assigned to them, not the
account). The administrator sets the agency up and works on no account.

Without this, a task given to a trainee of another group showed her the campaign's name
in «Mis tareas» and her calendar, while the campaign itself was «not found» to her.

Only the department's exemption is this module's: how the account relates to a person
and what their role allows there are the accounts area's own check (`access`), so that
the two never tell one person apart.
"""

from __future__ import annotations

from agencia.db.uow import UnitOfWork
from agencia.domain.enums import Department, Role
from agencia.domain.models import Account, Staff
from agencia.domain.permissions import Action
from agencia.services.accounts import access

# the departments whose people take tasks of any account (DESIGN: «People outside the
# account department are assignees of tasks and members of teams»)
OTHER_DEPARTMENTS: frozenset[Department] = frozenset(Department) - {
    Department.ACCOUNTS,
    Department.ADMINISTRATION,
}

# the account's check: the people who may log its communications
ON_THE_ACCOUNT = Action.LOG_COMMUNICATION

# domain.permissions.refusal's codes, said of the assignee
_REFUSALS = {
    "permission.denied": "task.assignee_role",
    "permission.not_on_team": "task.assignee_not_on_team",
    "permission.outside_group": "task.assignee_outside_group",
}


def any_account(role: Role, department: Department) -> bool:
    """Whether the person takes tasks of any account (their department's, not the
    account's, people)."""
    return role is not Role.ADMINISTRATOR and department in OTHER_DEPARTMENTS


def refusal_of(uow: UnitOfWork, person: Staff, account: Account) -> str | None:
    """Why `person` may not take a task of `account` (a `task.assignee_*` code), or None."""
    if any_account(person.role, person.department):
        return None
    why = access.refusal_of(uow, person, ON_THE_ACCOUNT, account)
    return None if why is None else _REFUSALS[why]


def able(uow: UnitOfWork, account: Account) -> frozenset[int]:
    """The active people whose role lets them work on the account (`access.able_people`,
    read in one query for all): the task form offers them, and every other department's
    people (`any_account`)."""
    return frozenset(i for i, _name in access.able_people(uow, account, ON_THE_ACCOUNT))

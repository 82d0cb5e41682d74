"""The role table, once. Services ask it; the permission tests are generated from it."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from agencia.domain.enums import Role


class Action(StrEnum):
    """What a person may try to do; the role table says where each role may do it."""

    SEE_ACCOUNTS = "see_accounts"
    EDIT_ACCOUNT = "edit_account"
    LOG_COMMUNICATION = "log_communication"
    EDIT_BRIEFS = "edit_briefs"
    INTERNAL_APPROVAL = "internal_approval"
    RECORD_CLIENT_DECISION = "record_client_decision"
    REASSIGN_ACCOUNTS = "reassign_accounts"
    CANCEL_CAMPAIGNS = "cancel_campaigns"
    AGENCY_SETTINGS = "agency_settings"
    MANAGE_PEOPLE = "manage_people"
    MANAGE_SIGN_INS = "manage_sign_ins"
    MANAGE_GROUPS = "manage_groups"
    MANAGE_ACCOUNT_TEAMS = "manage_account_teams"
    PLAN_TASKS = "plan_tasks"
    MANAGE_VENDORS = "manage_vendors"
    DESIGN_SURVEYS = "design_surveys"
    RECORD_SURVEYS = "record_surveys"
    MANAGE_IMPROVEMENTS = "manage_improvements"
    MERGE_ACCOUNTS = "merge_accounts"  # fold a duplicate into the account kept
    REASSIGN_REQUESTS = "reassign_requests"  # hand a service request to someone else


class Scope(IntEnum):
    """How far a permission reaches; a wider scope includes the narrower ones."""

    NONE = 0
    ASSIGNED = 1
    GROUP = 2
    ALL = 3


_N, _A, _G, _ALL = Scope.NONE, Scope.ASSIGNED, Scope.GROUP, Scope.ALL

# columns: trainee/assistant, jr. exec/exec, supervisor/manager, director, administrator
_TABLE: dict[Action, tuple[Scope, Scope, Scope, Scope, Scope]] = {
    Action.SEE_ACCOUNTS: (_A, _A, _G, _G, _ALL),
    Action.EDIT_ACCOUNT: (_N, _A, _G, _G, _ALL),
    Action.LOG_COMMUNICATION: (_A, _A, _G, _G, _N),
    Action.EDIT_BRIEFS: (_N, _A, _G, _G, _N),
    Action.INTERNAL_APPROVAL: (_N, _N, _G, _G, _N),
    Action.RECORD_CLIENT_DECISION: (_N, _A, _G, _G, _N),
    Action.REASSIGN_ACCOUNTS: (_N, _N, _N, _G, _N),
    Action.CANCEL_CAMPAIGNS: (_N, _N, _N, _G, _N),
    Action.AGENCY_SETTINGS: (_N, _N, _N, _N, _ALL),
    Action.MANAGE_PEOPLE: (_N, _N, _N, _N, _ALL),
    Action.MANAGE_SIGN_INS: (_N, _N, _N, _N, _ALL),
    Action.MANAGE_GROUPS: (_N, _N, _N, _N, _ALL),
    # a director, in their group (DESIGN.md); the administrator sets up people, groups and
    # accounts (an account's lead is on its team), not who works on each client
    Action.MANAGE_ACCOUNT_TEAMS: (_N, _N, _N, _G, _N),
    Action.PLAN_TASKS: (_N, _A, _G, _G, _N),
    Action.MANAGE_VENDORS: (_N, _ALL, _ALL, _ALL, _ALL),
    Action.DESIGN_SURVEYS: (_N, _N, _ALL, _ALL, _ALL),
    Action.RECORD_SURVEYS: (_A, _A, _G, _G, _N),
    Action.MANAGE_IMPROVEMENTS: (_N, _A, _G, _G, _N),
    Action.MERGE_ACCOUNTS: (_N, _N, _N, _N, _ALL),
    # and only the request's assignee, their superiors or the account's team leads:
    # agencia.services.service.requests.reassign
    Action.REASSIGN_REQUESTS: (_N, _A, _G, _G, _N),
}

_COLUMN: dict[Role, int] = {
    Role.TRAINEE: 0,
    Role.ASSISTANT: 0,
    Role.JUNIOR_ACCOUNT_EXECUTIVE: 1,
    Role.ACCOUNT_EXECUTIVE: 1,
    Role.ACCOUNT_SUPERVISOR: 2,
    Role.ACCOUNT_MANAGER: 2,
    Role.ACCOUNT_DIRECTOR: 3,
    Role.ADMINISTRATOR: 4,
}

# Internal approval: supervisors and managers only up to the budget threshold.
APPROVAL_UP_TO_THRESHOLD: frozenset[Role] = frozenset(
    {Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_MANAGER}
)


def scope_for(role: Role, action: Action) -> Scope:
    """The reach of `action` for `role`, straight from the table."""
    return _TABLE[action][_COLUMN[role]]


def allowed(role: Role, action: Action, reach: Scope) -> bool:
    """True when `role` may do `action` on a record at distance `reach` from the person.

    `reach` is how the record relates to the person: ASSIGNED (they are on its team),
    GROUP (it is in their group), ALL (anything else).
    """
    granted = scope_for(role, action)
    return granted is not Scope.NONE and granted >= reach


# The codes `refusal` answers with (their sentences take `role` and `action`).
REFUSAL_CODES: frozenset[str] = frozenset(
    {"permission.denied", "permission.not_on_team", "permission.outside_group"}
)


def refusal(role: Role, action: Action, reach: Scope) -> str | None:
    """Why the table refuses `action` at `reach` (None: it allows it), as a message code,
    so that nobody is told «su rol» when their role does it and the record is out of its
    reach: the role never does it, or only on accounts whose team the person is on, or
    only in their group (a director reading another group's campaign, a delegate)."""
    granted = scope_for(role, action)
    if granted is Scope.NONE:
        return "permission.denied"
    if granted >= reach:
        return None
    if granted is Scope.ASSIGNED:
        return "permission.not_on_team"
    return "permission.outside_group"

"""The role table in `agencia.domain.permissions`: its shape and its monotony."""

from __future__ import annotations

import pytest

from agencia.domain.enums import ACCOUNT_TEAM_ROLES, Role
from agencia.domain.permissions import Action, Scope, allowed, scope_for


def test_roles_are_in_their_fixed_order() -> None:
    assert [r.value for r in Role] == [
        "trainee",
        "assistant",
        "junior_account_executive",
        "account_executive",
        "account_supervisor",
        "account_manager",
        "account_director",
        "administrator",
    ]
    assert [r.rank for r in Role] == list(range(len(Role)))
    assert Role.ADMINISTRATOR not in ACCOUNT_TEAM_ROLES


@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.value)
def test_a_higher_account_role_never_reaches_less(action: Action) -> None:
    scopes = [scope_for(role, action) for role in ACCOUNT_TEAM_ROLES]
    assert scopes == sorted(scopes), f"{action}: {scopes}"


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.value)
def test_allowed_means_the_scope_covers_the_reach(role: Role, action: Action) -> None:
    granted = scope_for(role, action)
    for reach in (Scope.ASSIGNED, Scope.GROUP, Scope.ALL):
        assert allowed(role, action, reach) is (granted is not Scope.NONE and granted >= reach)


def test_pairs_of_roles_share_a_column() -> None:
    for low, high in (
        (Role.TRAINEE, Role.ASSISTANT),
        (Role.JUNIOR_ACCOUNT_EXECUTIVE, Role.ACCOUNT_EXECUTIVE),
        (Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_MANAGER),
    ):
        assert [scope_for(low, a) for a in Action] == [scope_for(high, a) for a in Action]


def test_the_administrator_runs_the_agency_not_the_campaigns() -> None:
    assert scope_for(Role.ADMINISTRATOR, Action.AGENCY_SETTINGS) is Scope.ALL
    assert scope_for(Role.ADMINISTRATOR, Action.EDIT_ACCOUNT) is Scope.ALL
    for action in (Action.EDIT_BRIEFS, Action.INTERNAL_APPROVAL, Action.REASSIGN_ACCOUNTS):
        assert scope_for(Role.ADMINISTRATOR, action) is Scope.NONE
    assert [r for r in Role if scope_for(r, Action.REASSIGN_ACCOUNTS) is not Scope.NONE] == [
        Role.ACCOUNT_DIRECTOR
    ]


def test_reassigning_a_request_is_for_those_who_handle_or_lead_it() -> None:
    """Trainees and assistants never; executives on their accounts; supervisors, managers
    and directors in their group; the administrator does not handle requests."""
    assert [scope_for(r, Action.REASSIGN_REQUESTS) for r in Role] == [
        Scope.NONE, Scope.NONE, Scope.ASSIGNED, Scope.ASSIGNED,
        Scope.GROUP, Scope.GROUP, Scope.GROUP, Scope.NONE,
    ]  # fmt: skip


# DESIGN.md's role table ("### Roles"), row by row, in its columns: trainee/assistant,
# jr. exec/exec, supervisor/manager, director, administrator ("their group" is GROUP;
# the supervisors' "up to the budget threshold" is APPROVAL_UP_TO_THRESHOLD's business).
_N, _A, _G, _ALL = Scope.NONE, Scope.ASSIGNED, Scope.GROUP, Scope.ALL
DESIGN: dict[Action, tuple[Scope, Scope, Scope, Scope, Scope]] = {
    Action.SEE_ACCOUNTS: (_A, _A, _G, _G, _ALL),
    Action.EDIT_ACCOUNT: (_N, _A, _G, _G, _ALL),
    Action.LOG_COMMUNICATION: (_A, _A, _G, _G, _N),
    Action.EDIT_BRIEFS: (_N, _A, _G, _G, _N),
    Action.INTERNAL_APPROVAL: (_N, _N, _G, _G, _N),
    Action.RECORD_CLIENT_DECISION: (_N, _A, _G, _G, _N),
    # "reassign accounts, cancel campaigns, manage account teams": directors, their group
    Action.REASSIGN_ACCOUNTS: (_N, _N, _N, _G, _N),
    Action.CANCEL_CAMPAIGNS: (_N, _N, _N, _G, _N),
    Action.MANAGE_ACCOUNT_TEAMS: (_N, _N, _N, _G, _N),
    # "agency profile, thresholds, people, sign-in accounts, groups": the administrator
    Action.AGENCY_SETTINGS: (_N, _N, _N, _N, _ALL),
    Action.MANAGE_PEOPLE: (_N, _N, _N, _N, _ALL),
    Action.MANAGE_SIGN_INS: (_N, _N, _N, _N, _ALL),
    Action.MANAGE_GROUPS: (_N, _N, _N, _N, _ALL),
}
_COLUMNS = (
    Role.ASSISTANT,
    Role.ACCOUNT_EXECUTIVE,
    Role.ACCOUNT_MANAGER,
    Role.ACCOUNT_DIRECTOR,
    Role.ADMINISTRATOR,
)


@pytest.mark.parametrize("action", list(DESIGN), ids=lambda a: a.value)
def test_the_table_is_design_md_row_by_row(action: Action) -> None:
    """Every action DESIGN.md's table names has its row there, column by column (the
    services and the server's row-level security are held to this table elsewhere:
    tests/services/test_permissions.py, tests/server/test_role_table_on_server.py)."""
    assert tuple(scope_for(role, action) for role in _COLUMNS) == DESIGN[action]

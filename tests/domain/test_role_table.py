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

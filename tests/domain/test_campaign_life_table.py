"""The campaign life table and the approval rules, as pure functions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agencia.domain import campaign_life as life
from agencia.domain.briefs import BRIEF_FIELDS, FIELD_NAMES, TEMPLATES, compare, word_diff
from agencia.domain.enums import CampaignKind, CampaignStatus, Role
from agencia.domain.permissions import Scope

S = CampaignStatus

# The campaign life table, written out by hand so that an edit to the code is a deliberate one.
DESIGN = {
    (S.BRIEF, S.IN_DEVELOPMENT),
    (S.IN_DEVELOPMENT, S.INTERNAL_REVIEW),
    (S.INTERNAL_REVIEW, S.READY_FOR_CLIENT),
    (S.INTERNAL_REVIEW, S.CHANGES_REQUESTED),
    (S.INTERNAL_REVIEW, S.REJECTED),
    (S.READY_FOR_CLIENT, S.PRESENTED),
    (S.PRESENTED, S.APPROVED),
    (S.PRESENTED, S.CHANGES_REQUESTED),
    (S.PRESENTED, S.REJECTED),
    (S.CHANGES_REQUESTED, S.IN_DEVELOPMENT),
    (S.APPROVED, S.IN_PRODUCTION),
    (S.IN_PRODUCTION, S.LIVE),
    (S.LIVE, S.COMPLETED),
} | {(s, S.CANCELLED) for s in S if s not in (S.COMPLETED, S.REJECTED, S.CANCELLED)}


def test_the_table_is_design_md() -> None:
    assert {(m.source, m.target) for m in life.MOVES} == DESIGN
    assert len(life.MOVES) == len(DESIGN)  # no pair twice


@pytest.mark.parametrize("source", list(S), ids=lambda s: s.value)
def test_closed_campaigns_go_nowhere_and_the_rest_can_be_cancelled(source: S) -> None:
    if source in life.CLOSED:
        assert life.targets(source) == ()
    else:
        assert S.CANCELLED in life.targets(source)
        assert life.move_for(source, S.CANCELLED).who is life.Who.DIRECTOR  # type: ignore[union-attr]


def test_every_status_is_reachable_from_brief() -> None:
    seen, todo = {S.BRIEF}, [S.BRIEF]
    while todo:
        for target in life.targets(todo.pop()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    assert seen == set(S)


def _p(staff_id: int, role: Role, reach: Scope = Scope.GROUP) -> life.Person:
    return life.Person(staff_id, role, reach)


EXEC = _p(1, Role.ACCOUNT_EXECUTIVE, Scope.ASSIGNED)
SUPERVISOR = _p(2, Role.ACCOUNT_SUPERVISOR)
MANAGER = _p(3, Role.ACCOUNT_MANAGER)
DIRECTOR = _p(4, Role.ACCOUNT_DIRECTOR)
OTHER_DIRECTOR = _p(5, Role.ACCOUNT_DIRECTOR, Scope.ALL)


@pytest.mark.parametrize(
    ("budget", "level"),
    [
        ("0", Role.ACCOUNT_SUPERVISOR),
        ("50000", Role.ACCOUNT_SUPERVISOR),
        ("50000.01", Role.ACCOUNT_MANAGER),
        ("150000", Role.ACCOUNT_MANAGER),
        ("150000.01", Role.ACCOUNT_DIRECTOR),
    ],
)
def test_the_budget_sets_the_level(budget: str, level: Role) -> None:
    assert life.required_role(Decimal(budget), Decimal(50000), Decimal(150000)) is level


def test_approval_goes_up_the_line_never_to_ones_own_work() -> None:
    level = Role.ACCOUNT_SUPERVISOR
    assert life.approver_refusal(SUPERVISOR, EXEC, EXEC.staff_id, level) is None
    assert life.approver_refusal(EXEC, EXEC, None, level) == "approval.own_work"
    assert life.approver_refusal(SUPERVISOR, EXEC, SUPERVISOR.staff_id, level) == (
        "approval.own_work"
    )
    peer = _p(9, Role.ACCOUNT_SUPERVISOR)
    assert life.approver_refusal(peer, SUPERVISOR, None, level) == "approval.up_the_line"
    assert life.approver_refusal(SUPERVISOR, EXEC, None, Role.ACCOUNT_MANAGER) == (
        "approval.over_threshold"
    )
    far = _p(8, Role.ACCOUNT_MANAGER, Scope.ALL)
    assert life.approver_refusal(far, EXEC, None, level) == "approval.outside_group"
    admin = _p(7, Role.ADMINISTRATOR, Scope.ALL)
    assert life.approver_refusal(admin, EXEC, None, level) == "approval.not_an_approver"


def test_a_directors_work_goes_to_another_director_in_any_group() -> None:
    level = Role.ACCOUNT_DIRECTOR
    assert life.approver_refusal(OTHER_DIRECTOR, DIRECTOR, None, level) is None
    assert life.approver_refusal(DIRECTOR, DIRECTOR, None, level) == "approval.own_work"
    assert life.approver_refusal(MANAGER, DIRECTOR, None, level) == (
        "approval.director_needs_director"
    )


def test_a_delegate_uses_the_delegators_authority_not_their_own_work() -> None:
    level = Role.ACCOUNT_MANAGER
    other_manager = _p(6, Role.ACCOUNT_MANAGER, Scope.ALL)
    assert life.approver_refusal(other_manager, EXEC, None, level) == "approval.outside_group"
    assert life.approver_refusal(other_manager, EXEC, None, level, acting_for=MANAGER) is None
    assert life.approver_refusal(EXEC, EXEC, None, level, acting_for=MANAGER) == (
        "approval.own_work"
    )
    assert life.delegation_refusal(Role.ACCOUNT_MANAGER, Role.ACCOUNT_MANAGER, False) is None
    assert life.delegation_refusal(Role.ACCOUNT_MANAGER, Role.ACCOUNT_SUPERVISOR, False) == (
        "delegation.not_a_peer"
    )
    assert life.delegation_refusal(Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_EXECUTIVE, False) == (
        "approval.not_an_approver"
    )


def test_every_template_speaks_of_brief_fields_only() -> None:
    assert set(TEMPLATES) == set(CampaignKind)
    for texts in TEMPLATES.values():
        assert set(texts) <= set(FIELD_NAMES)
    assert len({name for name, _, _ in BRIEF_FIELDS}) == len(BRIEF_FIELDS)


def test_two_versions_compare_field_by_field_with_the_changed_words() -> None:
    old = {"objectives": "Subir la prueba al 12 %", "kpis": "Prueba", "budget": Decimal(40000)}
    new = {"objectives": "Subir la prueba al 15 %", "kpis": "Prueba", "budget": Decimal(45000)}
    changes = compare(old, new)
    assert [c.field for c in changes] == ["objectives", "budget"]
    assert changes[0].chunks == (("=", "Subir la prueba al"), ("-", "12"), ("+", "15"), ("=", "%"))
    assert compare(old, old) == []
    assert word_diff("", "nuevo") == [("+", "nuevo")]

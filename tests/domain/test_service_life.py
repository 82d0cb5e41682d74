"""A service request's moves and the account ladder, as pure functions."""

from __future__ import annotations

from agencia.domain import service_life as life
from agencia.domain.enums import Role
from agencia.domain.service_enums import RequestStatus, Rung

S = RequestStatus

# Written out by hand so that an edit to the table is a deliberate one.
DESIGN = {
    (S.NEW, S.ASSIGNED),
    (S.NEW, S.IN_PROGRESS),
    (S.NEW, S.WAITING_ON_CLIENT),
    (S.NEW, S.RESOLVED),
    (S.ASSIGNED, S.IN_PROGRESS),
    (S.ASSIGNED, S.WAITING_ON_CLIENT),
    (S.ASSIGNED, S.RESOLVED),
    (S.IN_PROGRESS, S.WAITING_ON_CLIENT),
    (S.IN_PROGRESS, S.RESOLVED),
    (S.WAITING_ON_CLIENT, S.IN_PROGRESS),
    (S.WAITING_ON_CLIENT, S.RESOLVED),
    (S.RESOLVED, S.CLOSED),
    (S.RESOLVED, S.REOPENED),
    (S.CLOSED, S.REOPENED),
    (S.REOPENED, S.ASSIGNED),
    (S.REOPENED, S.IN_PROGRESS),
    (S.REOPENED, S.WAITING_ON_CLIENT),
    (S.REOPENED, S.RESOLVED),
}


def test_the_moves_are_the_design() -> None:
    table = {(a, b) for a, targets in life.MOVES.items() for b in targets}
    assert table == DESIGN
    assert set(life.MOVES) == set(S)


def test_every_other_move_is_refused() -> None:
    for a in S:
        for b in S:
            code = life.refusal(a, b, resolution="done")
            assert (code is None) == ((a, b) in DESIGN)
            if code is not None:
                assert code == "request.bad_move"


def test_resolving_needs_a_resolution() -> None:
    assert life.refusal(S.IN_PROGRESS, S.RESOLVED, "  ") == "request.resolution_required"
    assert life.refusal(S.IN_PROGRESS, S.RESOLVED, "Sent the new file") is None


def test_only_waiting_on_the_client_pauses() -> None:
    assert [s for s in S if life.pauses_clock(s)] == [S.WAITING_ON_CLIENT]
    assert S.RESOLVED not in life.OPEN and S.REOPENED in life.OPEN


def test_the_ladder_skips_missing_rungs() -> None:
    chain = [(2, Role.ACCOUNT_MANAGER), (3, Role.ACCOUNT_DIRECTOR)]  # no supervisor
    assert life.escalation_target(chain, Rung.SUPERVISOR) == (2, Role.ACCOUNT_MANAGER)
    assert life.escalation_target(chain, Rung.MANAGER) == (2, Role.ACCOUNT_MANAGER)
    assert life.escalation_target(chain, Rung.DIRECTOR) == (3, Role.ACCOUNT_DIRECTOR)
    assert life.escalation_target(chain[:1], Rung.DIRECTOR) is None
    assert life.escalation_target([(9, Role.ADMINISTRATOR)], Rung.SUPERVISOR) is None
    assert life.rung_of(Role.ACCOUNT_EXECUTIVE) is Rung.EXECUTIVE

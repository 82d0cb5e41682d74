"""A service request's life, once: its moves, what each needs, and the account ladder.

Pure functions over plain values. The service asks `refusal(...)` before every move and
raises the code it returns; the GUI asks the same function to enable its buttons.
"""

from __future__ import annotations

from collections.abc import Sequence

from agencia.domain.enums import Role
from agencia.domain.service_enums import RequestStatus, Rung

S = RequestStatus

# from → the statuses it may move to
MOVES: dict[RequestStatus, frozenset[RequestStatus]] = {
    S.NEW: frozenset({S.ASSIGNED, S.IN_PROGRESS, S.WAITING_ON_CLIENT, S.RESOLVED}),
    S.ASSIGNED: frozenset({S.IN_PROGRESS, S.WAITING_ON_CLIENT, S.RESOLVED}),
    S.IN_PROGRESS: frozenset({S.WAITING_ON_CLIENT, S.RESOLVED}),
    S.WAITING_ON_CLIENT: frozenset({S.IN_PROGRESS, S.RESOLVED}),
    S.RESOLVED: frozenset({S.CLOSED, S.REOPENED}),
    S.CLOSED: frozenset({S.REOPENED}),
    S.REOPENED: frozenset({S.ASSIGNED, S.IN_PROGRESS, S.WAITING_ON_CLIENT, S.RESOLVED}),
}

OPEN: frozenset[RequestStatus] = frozenset(s for s in S if s not in (S.RESOLVED, S.CLOSED))
# A status that counts as the first answer to the client (stops the first-response clock).
ANSWERED: frozenset[RequestStatus] = frozenset(
    {S.IN_PROGRESS, S.WAITING_ON_CLIENT, S.RESOLVED, S.CLOSED}
)


def refusal(source: RequestStatus, target: RequestStatus, resolution: str = "") -> str | None:
    """Why the move `source` → `target` may not be made (a message code), or None."""
    if target not in MOVES[source]:
        return "request.bad_move"
    if target is S.RESOLVED and not resolution.strip():
        return "request.resolution_required"
    return None


def pauses_clock(status: RequestStatus) -> bool:
    """The SLA clock stops while the request waits on the client."""
    return status is S.WAITING_ON_CLIENT


_RUNG_OF: dict[Role, Rung] = {
    Role.TRAINEE: Rung.EXECUTIVE,
    Role.ASSISTANT: Rung.EXECUTIVE,
    Role.JUNIOR_ACCOUNT_EXECUTIVE: Rung.EXECUTIVE,
    Role.ACCOUNT_EXECUTIVE: Rung.EXECUTIVE,
    Role.ACCOUNT_SUPERVISOR: Rung.SUPERVISOR,
    Role.ACCOUNT_MANAGER: Rung.MANAGER,
    Role.ACCOUNT_DIRECTOR: Rung.DIRECTOR,
}


def rung_of(role: Role) -> Rung | None:
    """Where a role stands on the account ladder; None: not on it (administrators)."""
    return _RUNG_OF.get(role)


def escalation_target(chain: Sequence[tuple[int, Role]], wanted: Rung) -> tuple[int, Role] | None:
    """Who a request goes up to: the first person up the assignee's reporting `chain`
    (nearest first, the assignee excluded) standing at `wanted` or above. A missing rung
    is skipped (no supervisor: the manager); None when nobody up the chain is that high.
    """
    for person, role in chain:
        rung = rung_of(role)
        if rung is not None and rung >= wanted:
            return (person, role)
    return None

"""The campaign life table, once, and the rules of who may approve.

Pure functions over plain values: the service asks `refusal(...)` before every move and
`approver_refusal(...)` before every internal decision, and raises the code they return.
The GUI asks the same functions to enable buttons and explain, in a tooltip, why not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from agencia.domain.enums import CampaignStatus, Role
from agencia.domain.permissions import Action, Scope, allowed, refusal

S = CampaignStatus


class Who(StrEnum):
    """Who may make a move."""

    OWNER = "owner"  # the campaign's owner, or someone above them with the permission
    APPROVER = "approver"  # an internal approver at the budget's level (approver_refusal)
    DIRECTOR = "director"


class Need(StrEnum):
    """What a move needs besides the person (each has its dialog in the GUI)."""

    NOTHING = "nothing"
    APPROVED_BRIEF = "approved_brief"
    PROPOSAL = "proposal"
    INTERNAL_DECISION = "internal_decision"
    PRESENTED_DOCUMENT = "presented_document"
    CLIENT_DECISION = "client_decision"
    RESULTS = "results"
    REASON = "reason"


@dataclass(frozen=True, slots=True)
class Move:
    """One arrow of the campaign's life: from, to, who may make it and what it needs."""

    source: CampaignStatus
    target: CampaignStatus
    who: Who
    need: Need
    action: Action


_O, _AP, _D = Who.OWNER, Who.APPROVER, Who.DIRECTOR
_CANCELLABLE = tuple(s for s in S if s not in (S.COMPLETED, S.REJECTED, S.CANCELLED))

MOVES: tuple[Move, ...] = (
    Move(S.BRIEF, S.IN_DEVELOPMENT, _O, Need.APPROVED_BRIEF, Action.EDIT_BRIEFS),
    Move(S.IN_DEVELOPMENT, S.INTERNAL_REVIEW, _O, Need.PROPOSAL, Action.EDIT_BRIEFS),
    Move(
        S.INTERNAL_REVIEW, S.READY_FOR_CLIENT, _AP, Need.INTERNAL_DECISION, Action.INTERNAL_APPROVAL
    ),
    Move(
        S.INTERNAL_REVIEW,
        S.CHANGES_REQUESTED,
        _AP,
        Need.INTERNAL_DECISION,
        Action.INTERNAL_APPROVAL,
    ),
    Move(S.INTERNAL_REVIEW, S.REJECTED, _AP, Need.INTERNAL_DECISION, Action.INTERNAL_APPROVAL),
    Move(S.READY_FOR_CLIENT, S.PRESENTED, _O, Need.PRESENTED_DOCUMENT, Action.EDIT_BRIEFS),
    Move(S.PRESENTED, S.APPROVED, _O, Need.CLIENT_DECISION, Action.RECORD_CLIENT_DECISION),
    Move(S.PRESENTED, S.CHANGES_REQUESTED, _O, Need.CLIENT_DECISION, Action.RECORD_CLIENT_DECISION),
    Move(S.PRESENTED, S.REJECTED, _O, Need.CLIENT_DECISION, Action.RECORD_CLIENT_DECISION),
    Move(S.CHANGES_REQUESTED, S.IN_DEVELOPMENT, _O, Need.NOTHING, Action.EDIT_BRIEFS),
    Move(S.APPROVED, S.IN_PRODUCTION, _O, Need.NOTHING, Action.EDIT_BRIEFS),
    Move(S.IN_PRODUCTION, S.LIVE, _O, Need.NOTHING, Action.EDIT_BRIEFS),
    Move(S.LIVE, S.COMPLETED, _O, Need.RESULTS, Action.EDIT_BRIEFS),
    *(Move(s, S.CANCELLED, _D, Need.REASON, Action.CANCEL_CAMPAIGNS) for s in _CANCELLABLE),
)

_BY_PAIR: dict[tuple[CampaignStatus, CampaignStatus], Move] = {
    (m.source, m.target): m for m in MOVES
}

# The order of the board's columns and of the status filter.
BOARD_ORDER: tuple[CampaignStatus, ...] = tuple(S)
CLOSED: frozenset[CampaignStatus] = frozenset({S.COMPLETED, S.REJECTED, S.CANCELLED})


def move_for(source: CampaignStatus, target: CampaignStatus) -> Move | None:
    return _BY_PAIR.get((source, target))


def targets(source: CampaignStatus) -> tuple[CampaignStatus, ...]:
    return tuple(m.target for m in MOVES if m.source is source)


@dataclass(frozen=True, slots=True)
class Person:
    """Who is asking, as the rules need them: role, and how the campaign relates to them."""

    staff_id: int | None
    role: Role
    reach: Scope  # ASSIGNED, GROUP or ALL: the campaign's account seen from this person


def mover_refusal(move: Move, person: Person, owner: Person) -> str | None:
    """None when `person` may make `move` as far as who they are; else a message code.

    Approver moves are checked by approver_refusal (they need the budget and the author).
    """
    if move.who is Who.DIRECTOR:
        if not allowed(person.role, move.action, person.reach):
            return "campaign.only_director"
        return None
    if move.who is Who.OWNER:
        if (code := refusal(person.role, move.action, person.reach)) is not None:
            return code
        if person.staff_id == owner.staff_id:
            return None
        if person.role.rank > owner.role.rank:
            return None
        return "campaign.owner_or_above"
    return None


def required_role(budget: Decimal, supervisor_limit: Decimal, manager_limit: Decimal) -> Role:
    """The lowest role that may approve a budget internally (the agency's thresholds)."""
    if budget <= supervisor_limit:
        return Role.ACCOUNT_SUPERVISOR
    if budget <= manager_limit:
        return Role.ACCOUNT_MANAGER
    return Role.ACCOUNT_DIRECTOR


def approver_refusal(
    approver: Person,
    owner: Person,
    authors: int | Iterable[int | None] | None,
    level: Role,
    *,
    acting_for: Person | None = None,
) -> str | None:
    """None when `approver` may decide internally; else the message code that says why not.

    Nobody approves their own work: neither the campaign's owner nor an author of what is
    decided — `authors` is one person or several (a proposal version's are who saved it and
    who uploaded each of its files: a file kept from an earlier version is still its
    uploader's work, whoever owns the campaign now). The owner's approval goes up the line
    (a higher role); a director's goes to another director, whatever their group. With a
    delegation, `acting_for` is the person whose authority is used (their role and reach
    count; the approver still may not be the owner or an author).
    """
    own = {
        owner.staff_id,
        *((authors,) if authors is None or isinstance(authors, int) else authors),
    }
    own.discard(None)
    if approver.staff_id in own:
        return "approval.own_work"
    authority = acting_for or approver
    if authority.role is Role.ADMINISTRATOR or authority.role.rank < Role.ACCOUNT_SUPERVISOR.rank:
        return "approval.not_an_approver"
    if authority.staff_id in own:
        return "approval.own_work"
    if owner.role is Role.ACCOUNT_DIRECTOR:
        if authority.role is not Role.ACCOUNT_DIRECTOR:
            return "approval.director_needs_director"
        return None
    if not allowed(authority.role, Action.INTERNAL_APPROVAL, authority.reach):
        return "approval.outside_group"
    if authority.role.rank <= owner.role.rank:
        return "approval.up_the_line"
    if authority.role.rank < level.rank:
        return "approval.over_threshold"
    return None


def delegation_refusal(delegator: Role, delegate: Role, same_person: bool) -> str | None:
    """An approver hands their approvals to a peer: someone of the same role."""
    if same_person:
        return "delegation.self"
    if delegator.rank < Role.ACCOUNT_SUPERVISOR.rank or delegator is Role.ADMINISTRATOR:
        return "approval.not_an_approver"
    if delegate is not delegator:
        return "delegation.not_a_peer"
    return None

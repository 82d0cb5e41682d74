"""The milestones of a campaign's life, tied to its moves: a milestone is reached when
the campaign reaches a status that comes after it, so moving the campaign completes it
(and a campaign sent back for changes does not undo what it had passed)."""

from __future__ import annotations

from datetime import date, timedelta

from agencia.domain.coordination_enums import MilestoneKind, TaskStatus
from agencia.domain.enums import CampaignStatus

S = CampaignStatus
M = MilestoneKind
_AFTER_CLIENT = frozenset({S.APPROVED, S.IN_PRODUCTION, S.LIVE, S.COMPLETED})

REACHED_BY: dict[MilestoneKind, frozenset[CampaignStatus]] = {
    M.BRIEF_APPROVED: frozenset(
        {S.IN_DEVELOPMENT, S.INTERNAL_REVIEW, S.READY_FOR_CLIENT, S.PRESENTED}
        | {S.CHANGES_REQUESTED}
        | _AFTER_CLIENT
    ),
    M.INTERNAL_REVIEW: frozenset({S.READY_FOR_CLIENT, S.PRESENTED} | _AFTER_CLIENT),
    M.PRESENTATION: frozenset({S.PRESENTED} | _AFTER_CLIENT),
    M.CLIENT_APPROVAL: _AFTER_CLIENT,
    M.GO_LIVE: frozenset({S.LIVE, S.COMPLETED}),
    M.END: frozenset({S.COMPLETED}),
}

# Where each milestone falls by default between the campaign's start and its deadline.
_SHARE: dict[MilestoneKind, float] = {
    M.BRIEF_APPROVED: 0.05,
    M.INTERNAL_REVIEW: 0.3,
    M.PRESENTATION: 0.4,
    M.CLIENT_APPROVAL: 0.5,
    M.GO_LIVE: 0.7,
    M.END: 1.0,
}


def reached(milestone: MilestoneKind, campaign: CampaignStatus) -> bool:
    return campaign in REACHED_BY[milestone]


def effective_status(
    status: TaskStatus, milestone: MilestoneKind | None, campaign: CampaignStatus
) -> TaskStatus:
    """A task's status as the schedule counts it: a milestone the campaign has reached is
    done, whatever was stored; a cancelled campaign's open work is cancelled."""
    if milestone is not None and reached(milestone, campaign):
        return TaskStatus.DONE
    if campaign is S.CANCELLED and status not in (TaskStatus.DONE, TaskStatus.CANCELLED):
        return TaskStatus.CANCELLED
    return status


def default_dates(start: date, deadline: date) -> dict[MilestoneKind, date]:
    """Each milestone's day, spread over the campaign's span in its life's order."""
    span = max(0, (deadline - start).days)
    return {kind: start + timedelta(days=round(span * share)) for kind, share in _SHARE.items()}

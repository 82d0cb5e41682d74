"""What Pendientes lists: something waiting for the signed-in person, from any area."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from agencia.domain.areas import AreaId


@dataclass(frozen=True, slots=True)
class PendingItem:
    """Something waiting for the signed-in person."""

    area: AreaId  # where opening it goes, at `campaign_id` (that area's record: a campaign,
    # a service request, an account…)
    kind: str  # approve_brief, approve_proposal, present, client_decision, send_report,
    # acknowledgement, next_step, deadline, and the other areas' kinds
    campaign_id: int
    campaign: str
    account: str
    title: str
    due: date | None
    overdue: bool
    # What Pendientes needs to open the item on its document and to act on it in place
    # (through the owning area's services, which check the permission again):
    item_id: int | None = None  # the document the work is on (an acta; a brief's number)
    step_id: int | None = None  # a next step in that acta that can still be marked done
    version: int | None = None  # the version acted on (the campaign, the acta): a change
    # made meanwhile is reported as a conflict, never overwritten
    more: int = 0  # a «y N más» line: how many further items of its kind it stands for
    # (Pendientes counts them, lists them elsewhere)


# How urgent an item is, most urgent first: overdue, due today, due this week (to Sunday),
# the rest (later, or with no date). Pendientes groups by it; a bounded list keeps the
# first items of each group.
URGENCY: tuple[str, ...] = ("overdue", "today", "week", "later")


def urgency(item: PendingItem, today: date) -> str:
    """The item's group in `URGENCY`."""
    if item.overdue:
        return "overdue"
    if item.due is None:
        return "later"
    if item.due <= today:
        return "today"
    if item.due <= today + timedelta(days=6 - today.weekday()):  # up to this Sunday
        return "week"
    return "later"


def weight(item: PendingItem) -> int:
    """How many things waiting the item counts for: itself, or the N of «y N más»."""
    return item.more or 1

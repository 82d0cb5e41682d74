"""What Pendientes lists: something waiting for the signed-in person, from any area."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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

"""What Pendientes lists: something waiting for the signed-in person, from any area."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agencia.domain.areas import AreaId


@dataclass(frozen=True, slots=True)
class PendingItem:
    """Something waiting for the signed-in person."""

    area: AreaId  # where opening it goes, at `campaign_id`
    kind: str  # approve_brief, approve_proposal, present, client_decision, send_report,
    # acknowledgement, next_step, deadline
    campaign_id: int
    campaign: str
    account: str
    title: str
    due: date | None
    overdue: bool

"""The earliest day a client's decision may bear: the day of the presentation it answers,
read as the move reads it (`flow._client_decision`), so that the decision dialog's date
box offers exactly the days the move takes.

A read of its own: the campaign page's detail carries when each move was recorded, not
the day a presentation was dated (one recorded late may be dated earlier)."""

from __future__ import annotations

from datetime import date

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.services.campaigns import access, flow


def decision_floor(db: Database, actor: Actor, campaign_id: int) -> date:
    """The presentation's day, never after today (a clock set back must not refuse today:
    the move's own rule)."""
    with unit_of_work(db, actor, write=False) as uow:
        campaign, _account, _reach = access.load(uow, campaign_id)
        return min(flow.presented_on(uow, campaign), date.today())

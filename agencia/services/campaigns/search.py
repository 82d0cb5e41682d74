"""What global search finds in the campaigns area: the campaigns a person may see."""

from __future__ import annotations

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.domain.areas import AreaId
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign
from agencia.domain.models import Account
from agencia.domain.text import search_words
from agencia.services.campaigns import access as campaign_access
from agencia.services.search import SearchGroup, SearchHit, joined

CAMPAIGNS_RANK = 1  # between accounts and contacts


def find(uow: UnitOfWork, text: str, limit: int) -> list[SearchGroup]:
    """Visible campaigns whose name, code or client matches every word (open ones first)."""
    typed = search_words(text)
    if not typed:  # no word to look for: nothing found
        return []
    hits = [
        SearchHit(
            kind="campaign",
            id=r.id,
            title=r.name,
            subtitle=joined(r.code, r.trade_name),
            account_id=r.account_id,
            area=AreaId.CAMPAIGNS,
            target_id=r.id,
            active=r.status not in CLOSED,
        )
        for r in uow.session.execute(
            select(
                Campaign.id,
                Campaign.name,
                Campaign.code,
                Campaign.account_id,
                Campaign.status,
                Account.trade_name,
            )
            .join(Account, Account.id == Campaign.account_id)
            .where(
                *(Campaign.search_text.like(f"% {t}%") for t in typed),
                campaign_access.visible_campaigns(uow.actor),
            )
            .order_by(Campaign.status.in_(CLOSED), Campaign.name_key, Campaign.id)
            .limit(limit)
        )
    ]
    return [SearchGroup(CAMPAIGNS_RANK, hits)]

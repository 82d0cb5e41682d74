"""What global search finds in the coordination area: the agency's suppliers (everyone
who plans tasks works with them, so every signed-in person may find them)."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from agencia.db.uow import UnitOfWork
from agencia.domain.areas import AreaId
from agencia.domain.coordination_models import Vendor
from agencia.domain.labels import label
from agencia.domain.text import search_words
from agencia.services.search import SearchGroup, SearchHit, joined, starts_first

VENDORS_RANK = 3  # after accounts, campaigns and contacts


def find(uow: UnitOfWork, text: str, limit: int) -> list[SearchGroup]:
    """Suppliers whose name or contact matches every word typed (active ones first)."""
    typed = search_words(text)
    if not typed:  # no word to look for: nothing found
        return []
    contact = func.lower(Vendor.contact_name)
    rows = uow.session.execute(
        select(Vendor.id, Vendor.name, Vendor.category, Vendor.contact_name, Vendor.active)
        .where(*(or_(Vendor.name_key.like(f"%{w}%"), contact.like(f"%{w}%")) for w in typed))
        .order_by(Vendor.active.desc(), starts_first(Vendor.name_key, text), Vendor.name_key)
        .limit(limit)
    ).all()
    hits = [
        SearchHit(
            kind="vendor",
            id=i,
            title=name,
            subtitle=joined(label(category), person),
            account_id=0,
            area=AreaId.COORDINATION,
            target_id=i,
            active=active,
        )
        for i, name, category, person, active in rows
    ]
    return [SearchGroup(VENDORS_RANK, hits)]

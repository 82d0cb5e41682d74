"""The records an import writes, by the names it stores them under."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.domain.coordination_models import Vendor
from agencia.domain.models import Account, Brand, Contact, Product, Staff

MODELS: dict[str, type[Account | Brand | Contact | Product | Staff | Vendor]] = {
    "account": Account,
    "contact": Contact,
    "brand": Brand,
    "product": Product,
    "staff": Staff,
    "vendor": Vendor,
}


def current_versions(
    uow: UnitOfWork, records: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], int]:
    """Each record's version now (a handful of queries, whatever the count)."""
    wanted: dict[str, set[int]] = {}
    for entity, record_id in records:
        wanted.setdefault(entity, set()).add(record_id)
    found: dict[tuple[str, int], int] = {}
    for entity, ids in wanted.items():
        model = MODELS[entity]
        chunk = sorted(ids)
        for start in range(0, len(chunk), 500):
            stmt = select(model.id, model.version).where(model.id.in_(chunk[start : start + 500]))
            found.update(((entity, rid), version) for rid, version in uow.session.execute(stmt))
    return found

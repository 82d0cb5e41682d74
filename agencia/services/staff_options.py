"""The agency's active people as choices (a filter, an owner to pick): one read for every
area that offers them, outside any one area."""

from __future__ import annotations

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.models import Staff
from agencia.services.results import Option


def active_people(db: Database, actor: Actor) -> list[Option]:
    """The agency's active people, by name."""
    with unit_of_work(db, actor, write=False) as uow:
        rows = uow.session.execute(
            select(Staff.id, Staff.full_name)
            .where(Staff.active.is_(True))
            .order_by(Staff.name_key, Staff.id)
        )
        return [Option(i, n) for i, n in rows]

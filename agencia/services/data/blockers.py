"""What keeps imported records from being removed: the first record added since that
refers to one of them (a request filed by an imported contact, a campaign of an imported
account).

An undo names it in the house's words («la solicitud 12 depende de lo importado (el
contacto 5)») instead of the database's («FOREIGN KEY constraint failed»), so the person
knows what to remove or move first. The references are read from the schema itself
(every table's foreign keys, as merging accounts does), so a table added later is found
too; keys the database clears or cascades by itself block nothing, nor do the records
the same undo removes. One query per referring key and 500 records, before anything is
removed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Table, select

from agencia.db.metadata import metadata
from agencia.db.uow import UnitOfWork
from agencia.domain.errors import DomainError
from agencia.domain.models import Base
from agencia.services.data.records import MODELS

# The rows an undo removes itself before the record (undo._remove).
_CLEARED = frozenset({"contact_brands", "account_assignments"})
_CHUNK = 500


def _kind(table: Table) -> str:
    """The record kind a table holds (its model's ChangeKind), else «other»."""
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            kind = getattr(mapper.class_, "__change_kind__", None)
            if kind is not None:
                return str(kind)
    return "other"


def blocker(uow: UnitOfWork, records: Sequence[tuple[str, int]]) -> DomainError | None:
    """The refusal naming the first record that refers to one of `records` ((entity,
    id): what an undo is about to remove) and is not among them; None when none does."""
    ids: dict[str, list[int]] = defaultdict(list)
    for entity, record_id in records:
        ids[entity].append(record_id)
    removing = {(MODELS[e].__tablename__, i) for e, i in records}
    for entity, wanted in ids.items():
        target = MODELS[entity].__table__
        for other in metadata.sorted_tables:
            if other.name in _CLEARED or "id" not in other.c:
                continue
            for fk in other.foreign_keys:
                if fk.column.table is not target:
                    continue
                if (fk.ondelete or "").upper() in {"CASCADE", "SET NULL"}:
                    continue
                for start in range(0, len(wanted), _CHUNK):
                    found = uow.session.execute(
                        select(other.c.id, fk.parent)
                        .where(fk.parent.in_(wanted[start : start + _CHUNK]))
                        .order_by(other.c.id)
                    ).all()
                    for row_id, record_id in found:
                        if (other.name, row_id) not in removing:
                            return DomainError(
                                "data.undo_blocked_by",
                                by=_kind(other),
                                by_id=row_id,
                                entity=entity,
                                record=record_id,
                            )
    return None

"""The imports made so far, newest first: what the window lists and `imports list` prints,
and where an undo starts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.data_models import DataImport
from agencia.domain.models import Staff


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One import as listed: its file, counts, who and when, and whether it was undone."""

    id: int
    kind: str
    file_name: str
    sha256: str
    rows: int
    created: int
    updated: int
    rejected: int
    by: str
    at: datetime
    undone_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "file": self.file_name, "sha256": self.sha256,
            "rows": self.rows, "created": self.created, "updated": self.updated,
            "rejected": self.rejected, "by": self.by, "at": self.at.isoformat(),
            "undone_at": self.undone_at.isoformat() if self.undone_at else None,
        }  # fmt: skip


def list_imports(db: Database, actor: Actor, limit: int = 200) -> list[ImportRow]:
    """The latest imports (everyone's: an import is the agency's event, like the trail)."""
    with unit_of_work(db, actor, write=False) as uow:
        stmt = (
            select(DataImport, Staff.full_name)
            .outerjoin(Staff, Staff.id == DataImport.staff_id)
            .order_by(DataImport.id.desc())
            .limit(limit)
        )
        return [
            ImportRow(
                d.id,
                d.kind,
                d.file_name,
                d.sha256,
                d.rows,
                d.created,
                d.updated,
                d.rejected,
                name or "",
                d.at,
                d.undone_at,
            )
            for d, name in uow.session.execute(stmt)
        ]

"""The data area's mapped classes: each import, and what it wrote.

An import is kept so that it can be told apart in the trail (its file's SHA-256) and
undone as a whole: every record it created or updated is listed with the version the
import left it at (a later edit moves the version, and then undo refuses) and, for an
update, the values it replaced.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from agencia.domain.changes import ChangeKind
from agencia.domain.models import Base, UTCDateTime, Versioned, utcnow


class DataImport(Versioned, Base):
    """One file imported: what kind of records, from which file, by whom, and whether it
    has been undone."""

    __tablename__ = "data_imports"
    __change_kind__ = ChangeKind.DATA_IMPORT
    __mapper_args__ = {"version_id_col": Versioned.version}

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(260), default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class DataImportRecord(Base):
    """A record an import wrote: its kind and id, the version the import left it at, and
    for an update the values it had before (what undo puts back)."""

    __tablename__ = "data_import_records"
    __change_kind__ = ChangeKind.DATA_IMPORT
    __change_id__ = "import_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("data_imports.id"), index=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    row: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

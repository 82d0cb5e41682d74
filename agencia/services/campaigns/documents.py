"""Files kept in the database (so every workstation reaches them), each with its SHA-256."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import undefer

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Document
from agencia.domain.errors import DomainError, NotFound, ValidationError
from agencia.domain.models import Staff
from agencia.services.campaigns import access as campaign_access
from agencia.services.campaigns.views import DocumentView

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class DocumentInput:
    """A file to keep with a campaign; its bytes go into the database, so every
    workstation reaches it."""

    name: str
    data: bytes
    content_type: str = ""

    @classmethod
    def from_path(cls, path: Path) -> DocumentInput:
        """Read a file for upload; a file over the limit is refused before it is read.
        Its name is the file system's, which cannot be refused: kept as one line that
        reads as it is stored (`validation.one_line_name`)."""
        name = v.one_line_name(path.name)
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise too_large(name, size)
            data = path.read_bytes()
        except OSError as exc:
            raise DomainError("document.unreadable", name=name, detail=exc.strerror) from None
        return cls(name, data)

    @classmethod
    def picked(cls, name: str, data: bytes, content_type: str = "") -> DocumentInput:
        """A file the person picked and another part read (a key visual, read by the
        image picker): its name cleaned as `from_path` cleans one, never refused."""
        return cls(v.one_line_name(name), data, content_type)


def too_large(name: str, size: int) -> DomainError:
    return DomainError(
        "document.too_large", name=name, size=f"{size / 1048576:.1f}", max=MAX_BYTES // 1048576
    )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def add(uow: UnitOfWork, campaign_id: int, upload: DocumentInput) -> Document:
    """Store a file inside the caller's unit of work (its audit entry names it). A name
    given as text is refused as every other name is (a line break, a direction override:
    "\u202egpj.exe" would be listed as "exe.jpg"); `DocumentInput.from_path` cleans one."""
    problem = v.name_problem(upload.name)
    if problem is not None:
        raise ValidationError({"files": (problem, {})})
    if len(upload.data) > MAX_BYTES:
        raise too_large(upload.name, len(upload.data))
    if not upload.data:
        raise DomainError("document.empty", name=upload.name)
    name = Path(upload.name).name[:255] or "documento"
    kind = upload.content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    document = Document(
        campaign_id=campaign_id,
        name=name,
        content_type=kind,
        size=len(upload.data),
        sha256=sha256(upload.data),
        data=upload.data,
        uploaded_by_id=uow.actor.staff_id,
    )
    uow.session.add(document)
    uow.session.flush()
    return document


def view(document: Document, uploaded_by: str) -> DocumentView:
    return DocumentView(
        document.id,
        document.name,
        document.content_type,
        document.size,
        document.sha256,
        document.uploaded_at,
        uploaded_by,
    )


def read_document(db: Database, actor: Actor, document_id: int) -> tuple[DocumentView, bytes]:
    """A document's bytes, for whoever may see its campaign."""
    with unit_of_work(db, actor, write=False) as uow:
        row = uow.session.execute(
            select(Document, Staff.full_name)
            .outerjoin(Staff, Staff.id == Document.uploaded_by_id)
            .where(Document.id == document_id)
            .options(undefer(Document.data))
        ).first()
        if row is None or row[0].campaign_id is None:
            raise NotFound("document.not_found", id=document_id)
        document, uploader = row
        campaign_access.load(uow, document.campaign_id)
        return view(document, uploader or ""), document.data

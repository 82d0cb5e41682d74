"""Proposals: each save is a new version with its files, some kept from earlier versions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.campaign_models import Document, Proposal
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import ValidationError
from agencia.domain.permissions import Action
from agencia.services.campaigns import approvals, documents, review
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.editing import load_for_edit
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class ProposalInput:
    """What the proposal form sends; each save makes a new version with the files kept."""

    summary: str
    notes: str = ""
    uploads: tuple[DocumentInput, ...] = ()
    keep_document_ids: tuple[int, ...] = ()  # files of earlier versions that stay


def save_proposal(db: Database, actor: Actor, campaign_id: int, data: ProposalInput) -> SaveResult:
    """A new version of the proposal with its files (kept from earlier ones or uploaded)."""
    if not data.summary.strip():
        raise ValidationError({"summary": ("proposal.empty", {})})
    with unit_of_work(db, actor) as uow:
        campaign, account = load_for_edit(uow, campaign_id, Action.EDIT_BRIEFS)
        number = (
            uow.session.scalar(
                select(func.max(Proposal.number)).where(Proposal.campaign_id == campaign.id)
            )
            or 0
        ) + 1
        files: list[Document] = []
        for document_id in data.keep_document_ids:
            kept = uow.session.get(Document, document_id)
            if kept is None or kept.campaign_id != campaign.id:
                raise ValidationError({"files": ("document.not_found", {"id": document_id})})
            files.append(kept)
        for upload in data.uploads:
            files.append(documents.add(uow, campaign.id, upload))
        proposal = Proposal(
            campaign_id=campaign.id,
            number=number,
            summary=data.summary.strip(),
            notes=data.notes.strip(),
            author_id=actor.staff_id,
            documents=files,
        )
        uow.session.add(proposal)
        uow.session.flush()
        uow.audit(
            ChangeKind.PROPOSAL,
            proposal.id,
            AuditAction.CREATE,
            {
                "version": [None, number],
                "files": [None, [f"{f.name} ({f.sha256[:12]})" for f in files]],
            },
            account_id=account.id,
            summary=f"{campaign.name} · v{number}",
        )
        review.recheck(uow, campaign, account, approvals.required_role(uow, campaign))
        return SaveResult(proposal.id, number)

"""What the client is shown, and decides on, is the file internal review approved — its
SHA-256 as the approval recorded it — even when the proposal's list of files was changed
under the approval (on SQLite whoever holds the file may; on the server nobody may now:
tests/server/test_approved_freeze_on_server.py)."""

from __future__ import annotations

import hashlib

import pytest
from campaign_world import (
    Cast,
    add_proposal,
    build_cast,
    client_step,
    move,
    new_campaign,
    ready_for_development,
)
from sqlalchemy import delete, insert

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import (
    Campaign,
    Document,
    StatusChange,
    proposal_documents,
)
from agencia.domain.enums import CampaignStatus
from agencia.domain.errors import DomainError, ValidationError
from agencia.services.campaigns import flow
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.queries import get_campaign

S = CampaignStatus
_OTHER = b"%PDF-1.7 nadie la reviso\n"


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _approved(cast: Cast) -> tuple[int, int]:
    """A campaign ready for the client; (campaign, its proposal)."""
    cid = new_campaign(cast, owner="executive", budget="40000")
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    proposal = add_proposal(cast, cid)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    return cid, proposal


def _swap_files(cast: Cast, cid: int, proposal: int) -> int:
    """The approved file unlinked from its proposal and another linked in its place."""
    with unit_of_work(cast.db, SYSTEM) as uow:
        other = Document(
            campaign_id=cid,
            name="otra.pdf",
            content_type="application/pdf",
            size=len(_OTHER),
            sha256=hashlib.sha256(_OTHER).hexdigest(),
            data=_OTHER,
        )
        uow.session.add(other)
        uow.session.flush()
        uow.session.execute(
            delete(proposal_documents).where(proposal_documents.c.proposal_id == proposal)
        )
        uow.session.execute(
            insert(proposal_documents).values(proposal_id=proposal, document_id=other.id)
        )
        return other.id


def test_a_file_linked_after_the_approval_is_not_presented(cast: Cast) -> None:
    cid, proposal = _approved(cast)
    other = _swap_files(cast, cid, proposal)
    with pytest.raises(ValidationError) as refused:
        move(cast, "executive", cid, S.PRESENTED, flow.PresentationStep(document_id=other))
    assert refused.value.field_errors["document"][0] == "review.unreviewed_document"
    upload = DocumentInput("otra.pdf", _OTHER)
    with pytest.raises(ValidationError):
        move(cast, "executive", cid, S.PRESENTED, flow.PresentationStep(upload=upload))
    assert get_campaign(cast.db, SYSTEM, cid).row.status is S.READY_FOR_CLIENT


def test_the_client_decides_only_on_the_file_approved(cast: Cast) -> None:
    """A presentation of another file already on the trail (written before the check
    above, or by whoever holds the database): the client's decision is not recorded on it."""
    cid, proposal = _approved(cast)
    other = _swap_files(cast, cid, proposal)
    with unit_of_work(cast.db, SYSTEM) as uow:
        campaign = uow.session.get(Campaign, cid)
        assert campaign is not None
        campaign.status = S.PRESENTED
        uow.session.add(
            StatusChange(
                campaign_id=cid,
                from_status=S.READY_FOR_CLIENT,
                to_status=S.PRESENTED,
                document_id=other,
                document_sha256=hashlib.sha256(_OTHER).hexdigest(),
            )
        )
    with pytest.raises(DomainError) as refused:
        move(cast, "executive", cid, S.APPROVED, client_step(cast))
    assert refused.value.code == "review.unreviewed_presented"
    assert get_campaign(cast.db, SYSTEM, cid).row.status is S.PRESENTED

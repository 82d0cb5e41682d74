"""Nobody approves their own work, handed over or not: an internal approval covers the
files of the proposal version, so whoever uploaded one of them is its author as much as
whoever saved the version (a supervisor who wrote v1 and handed the campaign to their
executive may not approve the v2 that keeps their file). On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from campaign_world import BRIEF, Cast, build_cast, move, new_campaign, version

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.enums import CampaignKind, CampaignStatus, Decision
from agencia.domain.errors import PermissionDenied
from agencia.services.campaigns import flow
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.campaign_edit import CampaignInput, update_campaign
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.pending_approvals import waiting_approvals
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.campaigns.queries import get_campaign

S = CampaignStatus
PEDRO_PDF = b"%PDF-1.7 la propuesta de Pedro\n"


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _handed_over_with_the_supervisors_file(cast: Cast, *, keep: bool = True) -> int:
    """The supervisor owns a 5,000 campaign and writes proposal v1 with their file; the
    campaign goes to the executive, who saves v2 (keeping that file, or with their own)
    and sends it to internal review."""
    cid = new_campaign(cast, owner="supervisor", budget="5000")
    save_brief(cast.db, cast.actor("supervisor"), cid, BRIEF, None)
    flow.decide_brief(cast.db, cast.actor("manager"), cid, 1, Decision.APPROVED)
    move(cast, "supervisor", cid, S.IN_DEVELOPMENT)
    v1 = ProposalInput(summary="Primera idea.", uploads=(DocumentInput("pedro.pdf", PEDRO_PDF),))
    save_proposal(cast.db, cast.actor("supervisor"), cid, v1)
    update_campaign(
        cast.db,
        cast.actor("supervisor"),
        cid,
        CampaignInput(
            account_id=cast.account_id,
            name="Lanzamiento",
            brand_id=cast.brand_id,
            kind=CampaignKind.LAUNCH,
            owner_id=cast.staff["executive"],
            budget="5000",
            start_date=date(2026, 1, 10),
            deadline=date(2026, 12, 20),
        ),
        version(cast, cid),
    )
    detail = get_campaign(cast.db, cast.actor("executive"), cid)
    kept = tuple(d.id for p in detail.proposals for d in p.documents)
    assert len(kept) == 1
    v2 = (
        ProposalInput(summary="La idea, pulida.", keep_document_ids=kept)
        if keep
        else ProposalInput(
            summary="Otra idea.", uploads=(DocumentInput("elena.pdf", b"%PDF-1.7 otra\n"),)
        )
    )
    save_proposal(cast.db, cast.actor("executive"), cid, v2)
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    return cid


def _offered(cast: Cast, who: str, cid: int) -> tuple[bool, bool]:
    """(the move to «Lista para el cliente» offered, the approval waiting in Pendientes)."""
    with unit_of_work(cast.db, cast.actor(who)) as uow:
        waiting = any(w.campaign.id == cid for w in waiting_approvals(uow))
    options = get_campaign(cast.db, cast.actor(who), cid).moves
    ready = next(o for o in options if o.target is S.READY_FOR_CLIENT)
    return ready.allowed, waiting


def test_the_uploader_of_a_kept_file_does_not_approve_the_version(cast: Cast) -> None:
    cid = _handed_over_with_the_supervisors_file(cast)
    assert _offered(cast, "supervisor", cid) == (False, False)
    with pytest.raises(PermissionDenied) as info:
        move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())
    assert info.value.code == "approval.own_work"
    # someone up the line who wrote none of it approves it
    assert _offered(cast, "manager", cid) == (True, True)
    move(cast, "manager", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())


def test_a_version_without_their_files_is_theirs_to_approve(cast: Cast) -> None:
    cid = _handed_over_with_the_supervisors_file(cast, keep=False)
    assert _offered(cast, "supervisor", cid) == (True, True)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())

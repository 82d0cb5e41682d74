"""The approval trail proves what it claims: ordinary edits cannot defeat it.

Each scenario was found by trying the landed version as a careful user (or a dishonest
one) would: handing ownership away to approve one's own campaign, dodging the budget
level, presenting a file nobody reviewed, two decisions racing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from campaign_world import (
    PROPOSAL_PDF,
    Cast,
    add_proposal,
    build_cast,
    client_step,
    move,
    new_campaign,
    ready_for_development,
)
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM
from agencia.domain.campaign_models import Approval, StatusChange
from agencia.domain.enums import ApprovalStage, CampaignStatus, Decision
from agencia.domain.errors import Conflict, DomainError, PermissionDenied, ValidationError
from agencia.services.campaigns import approvals, flow
from agencia.services.campaigns.campaign_edit import update_campaign
from agencia.services.campaigns.campaign_input import input_from_detail
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.campaigns.queries import get_campaign

S = CampaignStatus


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _edit(cast: Cast, who: str, cid: int, **changes: object) -> None:
    d = get_campaign(cast.db, SYSTEM, cid)
    data = replace(input_from_detail(d), **changes)  # type: ignore[arg-type]
    update_campaign(cast.db, cast.actor(who), cid, data, d.version)


def _in_review(cast: Cast, owner: str = "executive", budget: str = "40000") -> int:
    cid = new_campaign(cast, owner=owner, budget=budget)
    ready_for_development(cast, cid, owner=owner)
    move(cast, owner, cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid, author=owner)
    move(cast, owner, cid, S.INTERNAL_REVIEW)
    return cid


def _history(cast: Cast, cid: int) -> list[tuple[S | None, S, str]]:
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        return [
            (c.from_status, c.to_status, c.comment)
            for c in uow.session.scalars(
                select(StatusChange)
                .where(StatusChange.campaign_id == cid)
                .order_by(StatusChange.id)
            )
        ]


def test_handing_ownership_away_and_back_does_not_make_an_approval_ones_own(
    cast: Cast,
) -> None:
    """A manager owns a campaign in review, may not approve it, hands it to an executive,
    approves, takes it back: the approval no longer holds, back to review it goes."""
    cid = _in_review(cast, owner="executive")
    _edit(cast, "manager", cid, owner_id=cast.staff["manager"])
    with pytest.raises(PermissionDenied):
        move(cast, "manager", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Yo mismo"))
    _edit(cast, "manager", cid, owner_id=cast.staff["executive"])
    move(cast, "manager", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    _edit(cast, "manager", cid, owner_id=cast.staff["manager"])  # and back
    detail = get_campaign(cast.db, SYSTEM, cid)
    assert detail.row.status is S.INTERNAL_REVIEW
    last = _history(cast, cid)[-1]
    assert last[:2] == (S.READY_FOR_CLIENT, S.INTERNAL_REVIEW)
    assert "nadie aprueba su propio trabajo" in last[2]
    with pytest.raises(PermissionDenied):  # and he still cannot approve it himself
        move(cast, "manager", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Otra vez"))
    move(cast, "director", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Visto"))


def test_the_budget_cannot_climb_above_the_level_that_approved_it(cast: Cast) -> None:
    """Lowered to pass a supervisor, approved, raised afterwards: back to review, where
    the level the new budget needs must approve it."""
    cid = _in_review(cast, budget="95000")
    _edit(cast, "executive", cid, budget="40000")
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    _edit(cast, "executive", cid, budget="95000000")
    assert get_campaign(cast.db, SYSTEM, cid).row.status is S.INTERNAL_REVIEW
    said = _history(cast, cid)[-1][2]
    assert "presupuesto" in said and said.endswith("Vuelve a revisión interna.")
    with pytest.raises(PermissionDenied):
        move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Otra"))
    move(cast, "director", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Visto"))
    _edit(cast, "executive", cid, budget="90000000")  # lower: the approval still covers it
    assert get_campaign(cast.db, SYSTEM, cid).row.status is S.READY_FOR_CLIENT


def test_after_the_clients_decision_the_budget_cannot_climb_at_all(cast: Cast) -> None:
    cid = _in_review(cast)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    move(cast, "executive", cid, S.PRESENTED, flow.PresentationStep(upload=_approved_file()))
    move(cast, "executive", cid, S.APPROVED, client_step(cast))
    with pytest.raises(DomainError) as refused:
        _edit(cast, "executive", cid, budget="95000000")
    assert refused.value.code == "review.locked_after_client"
    # why, without what would have happened before the client's decision (nothing moves)
    assert "presupuesto" in str(refused.value) and "revisión" not in str(refused.value)
    assert get_campaign(cast.db, SYSTEM, cid).row.budget == Decimal("40000")
    _edit(cast, "manager", cid, owner_id=cast.staff["supervisor2"])  # people may change


def _approved_file() -> DocumentInput:
    return DocumentInput("presentacion.pdf", PROPOSAL_PDF)


def test_a_new_proposal_version_after_approval_goes_back_to_review(cast: Cast) -> None:
    cid = _in_review(cast)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    save_proposal(
        cast.db,
        cast.actor("executive"),
        cid,
        ProposalInput("Retocada", uploads=(DocumentInput("v2.pdf", b"%PDF-1.7 v2\n"),)),
    )
    assert get_campaign(cast.db, SYSTEM, cid).row.status is S.INTERNAL_REVIEW
    assert "v2" in _history(cast, cid)[-1][2]


def test_only_a_file_internal_review_approved_is_presented(cast: Cast) -> None:
    cid = _in_review(cast)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    other = DocumentInput("otra.pdf", b"%PDF-1.7 nadie la reviso\n")
    with pytest.raises(ValidationError) as refused:
        move(cast, "executive", cid, S.PRESENTED, flow.PresentationStep(upload=other))
    assert refused.value.field_errors["document"][0] == "review.unreviewed_document"
    assert get_campaign(cast.db, SYSTEM, cid).row.status is S.READY_FOR_CLIENT
    move(cast, "executive", cid, S.PRESENTED, flow.PresentationStep(upload=_approved_file()))
    detail = get_campaign(cast.db, SYSTEM, cid)
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        internal = uow.session.scalars(
            select(Approval).where(Approval.stage == ApprovalStage.INTERNAL)
        ).one()
    assert detail.presented_sha256 == internal.document_sha256


def test_a_presentation_is_dated_when_it_happened_never_in_the_future(cast: Cast) -> None:
    cid = _in_review(cast)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        move(
            cast,
            "executive",
            cid,
            S.PRESENTED,
            flow.PresentationStep(upload=_approved_file(), presented_on=tomorrow),
        )
    assert list(refused.value.field_errors) == ["presented_on"]
    last_week = date.today() - timedelta(days=7)
    move(
        cast,
        "executive",
        cid,
        S.PRESENTED,
        flow.PresentationStep(upload=_approved_file(), presented_on=last_week),
    )
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        change = uow.session.scalars(
            select(StatusChange).where(StatusChange.to_status == S.PRESENTED)
        ).one()
    assert change.occurred_on == last_week and change.at.date() == date.today()


def test_two_decisions_racing_cannot_both_be_in_force(
    cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two approvers decide on the same brief at once: both read the same decision in
    force; the second to write must not fork the trail."""
    cid = new_campaign(cast)
    from campaign_world import BRIEF

    from agencia.services.campaigns.briefs import save_brief

    save_brief(cast.db, cast.actor("executive"), cid, BRIEF, None)
    flow.decide_brief(cast.db, cast.actor("supervisor"), cid, 1, Decision.CHANGES_REQUESTED, "No")
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        first = uow.session.scalars(select(Approval)).one()
    flow.decide_brief(cast.db, cast.actor("supervisor2"), cid, 1, Decision.APPROVED)
    stale = first  # what the slower approver read before the other's decision committed
    monkeypatch.setattr(approvals, "standing_approval", lambda uow, campaign_id, stage: stale)
    with pytest.raises(Conflict) as refused:
        flow.decide_brief(cast.db, cast.actor("manager"), cid, 1, Decision.REJECTED, "Tarde")
    assert refused.value.code == "approval.decided_meanwhile"
    monkeypatch.setattr(approvals, "standing_approval", lambda uow, campaign_id, stage: None)
    with pytest.raises(Conflict):  # nor can a second chain start beside the first
        flow.decide_brief(cast.db, cast.actor("manager"), cid, 1, Decision.REJECTED, "Otra")
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        assert len(uow.session.scalars(select(Approval)).all()) == 2

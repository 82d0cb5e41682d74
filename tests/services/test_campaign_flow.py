"""A campaign's life through the real services, on both databases: the happy path with its
trail, the refusals with their reasons, thresholds, self-approval and delegation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from campaign_world import (
    BRIEF,
    PROPOSAL_PDF,
    Cast,
    add_proposal,
    build_cast,
    client_step,
    move,
    new_campaign,
    ready_for_development,
    version,
)
from factories import audit_events
from sqlalchemy import text

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import ApprovalStage, CampaignStatus, Decision
from agencia.domain.errors import Conflict, DomainError, PermissionDenied, ValidationError
from agencia.services.campaigns import approval_settings, flow
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.documents import DocumentInput, read_document, sha256
from agencia.services.campaigns.queries import get_campaign
from agencia.services.campaigns.views import KpiResult

S = CampaignStatus


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def _to_review(cast: Cast, campaign_id: int, owner: str = "executive") -> None:
    ready_for_development(cast, campaign_id, owner=owner)
    move(cast, owner, campaign_id, S.IN_DEVELOPMENT)
    add_proposal(cast, campaign_id, author=owner)
    move(cast, owner, campaign_id, S.INTERNAL_REVIEW)


def test_a_campaign_from_brief_to_completed_leaves_a_complete_trail(cast: Cast) -> None:
    cid = new_campaign(cast)
    _to_review(cast, cid)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    deck = DocumentInput("presentacion-cliente.pdf", PROPOSAL_PDF)  # the approved file, again
    move(cast, "executive", cid, S.PRESENTED, flow.PresentationStep(upload=deck))
    proof = DocumentInput("firma.png", b"\x89PNG firma escaneada")
    step = client_step(cast)
    move(
        cast,
        "executive",
        cid,
        S.APPROVED,
        flow.ClientDecisionStep(step.contact_id, step.decided_on, step.channel, "OK", proof),
    )
    move(cast, "executive", cid, S.IN_PRODUCTION)
    move(cast, "executive", cid, S.LIVE)
    results = flow.ResultsStep("Superó la prueba prevista.", (KpiResult("Prueba", "12 %", "14 %"),))
    move(cast, "executive", cid, S.COMPLETED, results)

    detail = get_campaign(cast.db, cast.actor("executive"), cid)
    assert detail.status is S.COMPLETED
    assert [c.target for c in detail.changes] == [
        S.BRIEF,
        S.IN_DEVELOPMENT,
        S.INTERNAL_REVIEW,
        S.READY_FOR_CLIENT,
        S.PRESENTED,
        S.APPROVED,
        S.IN_PRODUCTION,
        S.LIVE,
        S.COMPLETED,
    ]
    stages = [(a.stage, a.decision, a.decided_by) for a in reversed(detail.approvals)]
    assert stages == [
        (ApprovalStage.BRIEF, Decision.APPROVED, "Sara Supervisora"),
        (ApprovalStage.INTERNAL, Decision.APPROVED, "Sara Supervisora"),
        (ApprovalStage.CLIENT, Decision.APPROVED, "Elena Ejecutiva"),
    ]
    client = detail.approvals[0]
    assert client.contact == "Carmen Cliente"
    assert client.document_sha256 == sha256(deck.data) == detail.presented_sha256
    assert client.proof is not None and client.proof.sha256 == sha256(proof.data)
    view, data = read_document(cast.db, cast.actor("executive"), client.proof.id)
    assert data == proof.data and view.size == len(proof.data)
    assert detail.results_kpis == (KpiResult("Prueba", "12 %", "14 %"),)
    moves = [e for e in audit_events(cast.db, "campaign", cid) if e.action.value == "move"]
    assert len(moves) == 8
    assert len(audit_events(cast.db, "approval")) == 3
    kinds = {e.kind for e in detail.timeline()}
    assert {"created", "brief", "brief_decision", "proposal", "decision", "move"} <= kinds


def test_a_move_outside_the_life_table_says_why(cast: Cast) -> None:
    cid = new_campaign(cast)
    with pytest.raises(DomainError) as info:
        move(cast, "executive", cid, S.LIVE)
    assert info.value.code == "campaign.move_not_in_life"
    assert "«Brief» a «En curso»" in str(info.value)


def test_development_needs_an_approved_brief_and_review_a_proposal(cast: Cast) -> None:
    cid = new_campaign(cast)
    with pytest.raises(DomainError) as info:
        move(cast, "executive", cid, S.IN_DEVELOPMENT)
    assert info.value.code == "campaign.needs_approved_brief"
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    with pytest.raises(DomainError) as info:
        move(cast, "executive", cid, S.INTERNAL_REVIEW)
    assert info.value.code == "campaign.needs_proposal"


def test_nobody_approves_their_own_work(cast: Cast) -> None:
    cid = new_campaign(cast, owner="supervisor")
    save_brief(cast.db, cast.actor("supervisor"), cid, BRIEF, None)
    with pytest.raises(PermissionDenied) as info:
        flow.decide_brief(cast.db, cast.actor("supervisor"), cid, 1, Decision.APPROVED)
    assert info.value.code == "approval.own_work"
    # the supervisor's peer is not above them: approval goes up the line
    with pytest.raises(PermissionDenied) as info:
        flow.decide_brief(cast.db, cast.actor("supervisor2"), cid, 1, Decision.APPROVED)
    assert info.value.code == "approval.up_the_line"
    flow.decide_brief(cast.db, cast.actor("manager"), cid, 1, Decision.APPROVED)


def test_the_author_of_the_proposal_does_not_approve_it(cast: Cast) -> None:
    cid = new_campaign(cast)
    ready_for_development(cast, cid)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    add_proposal(cast, cid, author="supervisor")
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    with pytest.raises(PermissionDenied) as info:
        move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())
    assert info.value.code == "approval.own_work"
    move(cast, "manager", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())


@pytest.mark.parametrize(
    ("budget", "refused", "allowed"),
    [
        ("50000", (), "supervisor"),
        ("50000.01", ("supervisor",), "manager"),
        ("150000.01", ("supervisor", "manager"), "director"),
    ],
)
def test_the_budget_decides_the_level_of_internal_approval(
    cast: Cast, budget: str, refused: tuple[str, ...], allowed: str
) -> None:
    cid = new_campaign(cast, budget=budget)
    _to_review(cast, cid)
    for who in refused:
        with pytest.raises(PermissionDenied) as info:
            move(cast, who, cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())
        assert info.value.code == "approval.over_threshold"
    move(cast, allowed, cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())


def test_an_administrator_moves_the_thresholds_and_the_trail_says_so(cast: Cast) -> None:
    t = approval_settings.get_thresholds(cast.db, cast.admin)
    assert (t.supervisor, t.manager) == (Decimal(50000), Decimal(150000))
    with pytest.raises(ValidationError):
        approval_settings.set_thresholds(
            cast.db, cast.admin, Decimal(90000), Decimal(80000), t.version
        )
    with pytest.raises(PermissionDenied):
        approval_settings.set_thresholds(
            cast.db, cast.actor("director"), Decimal(1), Decimal(2), t.version
        )
    approval_settings.set_thresholds(cast.db, cast.admin, Decimal(20000), Decimal(30000), t.version)
    cid = new_campaign(cast, budget="40000")
    _to_review(cast, cid)
    with pytest.raises(PermissionDenied):
        move(cast, "manager", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())
    move(cast, "director", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())
    change = audit_events(cast.db, "agency")[-1]
    assert change.changes["approval_threshold"] == ["50000.00", "20000"]


def test_a_directors_campaign_goes_to_another_director(cast: Cast) -> None:
    cid = new_campaign(cast, owner="director", budget="900000")
    _to_review(cast, cid, owner="director")
    with pytest.raises(PermissionDenied) as info:
        move(cast, "director", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())
    assert info.value.code == "approval.own_work"
    with pytest.raises(PermissionDenied) as info:
        move(cast, "manager", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())
    assert info.value.code == "approval.director_needs_director"
    move(cast, "director_b", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())


def test_an_approver_delegates_to_a_peer_for_a_period(cast: Cast) -> None:
    cid = new_campaign(cast, budget="100000")  # a manager's decision
    _to_review(cast, cid)
    with pytest.raises(PermissionDenied):
        approval_settings.delegate_approvals(
            cast.db, cast.actor("manager"), cast.staff["supervisor"], date.today(), date.today()
        )  # not a peer
    today = date.today()
    # a second director covers the manager? no: peers only. The director delegates to B's.
    approval_settings.delegate_approvals(
        cast.db, cast.actor("director"), cast.staff["director_b"], today, today + timedelta(7)
    )
    cid2 = new_campaign(cast, budget="900000", name="Institucional")
    _to_review(cast, cid2)
    move(cast, "director_b", cid2, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Por Dolores"))
    decision = get_campaign(cast.db, cast.actor("director_b"), cid2).approvals[0]
    assert decision.decided_by == "Bruno Director"
    assert decision.on_behalf_of == "Dolores Directora"
    held = approval_settings.delegations(cast.db, cast.actor("director_b"))
    approval_settings.revoke_delegation(
        cast.db, cast.actor("director"), held[0].id, held[0].version
    )
    with pytest.raises(PermissionDenied):
        move(cast, "director_b", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep())


def test_a_rejection_needs_a_comment(cast: Cast) -> None:
    cid = new_campaign(cast)
    _to_review(cast, cid)
    with pytest.raises(ValidationError):
        move(cast, "supervisor", cid, S.REJECTED, flow.InternalDecisionStep(""))
    move(cast, "supervisor", cid, S.CHANGES_REQUESTED, flow.InternalDecisionStep("Más datos"))
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    assert get_campaign(cast.db, SYSTEM, cid).status is S.IN_DEVELOPMENT


def test_a_decision_move_without_its_decision_is_refused(cast: Cast) -> None:
    cid = new_campaign(cast)
    _to_review(cast, cid)
    with pytest.raises(DomainError) as info:
        move(cast, "supervisor", cid, S.READY_FOR_CLIENT)
    assert info.value.code == "campaign.needs_decision"


def test_only_the_director_cancels_and_says_why(cast: Cast) -> None:
    cid = new_campaign(cast)
    with pytest.raises(PermissionDenied) as info:
        move(cast, "manager", cid, S.CANCELLED, flow.ReasonStep("Sin presupuesto"))
    assert info.value.code == "campaign.only_director"
    with pytest.raises(ValidationError):
        move(cast, "director", cid, S.CANCELLED, flow.ReasonStep("  "))
    move(cast, "director", cid, S.CANCELLED, flow.ReasonStep("El cliente congeló el presupuesto"))
    with pytest.raises(DomainError) as closed:
        move(cast, "director", cid, S.BRIEF)
    assert closed.value.code == "campaign.closed"


def test_a_stale_board_loses_nothing(cast: Cast) -> None:
    cid = new_campaign(cast)
    old = version(cast, cid)
    move(cast, "director", cid, S.CANCELLED, flow.ReasonStep("Congelada"))
    with pytest.raises(Conflict) as info:
        flow.move_campaign(cast.db, cast.actor("executive"), cid, S.IN_DEVELOPMENT, version=old)
    assert "Cancelado" in str(info.value)


def test_approvals_are_never_edited_or_deleted_even_in_sql(cast: Cast) -> None:
    cid = new_campaign(cast)
    ready_for_development(cast, cid)
    for statement in ("UPDATE approvals SET decision = 'rejected'", "DELETE FROM approvals"):
        with pytest.raises(Exception, match="never edited"), cast.db.writer.begin() as conn:
            conn.execute(text(statement))
    detail = get_campaign(cast.db, SYSTEM, cid)
    assert [a.decision for a in detail.approvals] == [Decision.APPROVED]


def test_a_new_decision_supersedes_the_last(cast: Cast) -> None:
    cid = new_campaign(cast)
    save_brief(cast.db, cast.actor("executive"), cid, BRIEF, None)
    flow.decide_brief(cast.db, cast.actor("supervisor"), cid, 1, Decision.CHANGES_REQUESTED, "KPI")
    revised = replace(BRIEF, kpis="Prueba 15 %")
    save_brief(cast.db, cast.actor("executive"), cid, revised, 1)
    with pytest.raises(Conflict):
        flow.decide_brief(cast.db, cast.actor("supervisor"), cid, 1, Decision.APPROVED)
    flow.decide_brief(cast.db, cast.actor("supervisor"), cid, 2, Decision.APPROVED)
    approvals = get_campaign(cast.db, SYSTEM, cid).approvals
    assert [(a.subject_number, a.superseded) for a in approvals] == [(2, False), (1, True)]
    assert get_campaign(cast.db, SYSTEM, cid).briefs[0].decision is Decision.APPROVED

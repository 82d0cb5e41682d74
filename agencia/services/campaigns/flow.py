"""Moving a campaign through its life, and the decisions that move it.

`move_campaign` is the one door: the board's drop, the page's buttons and the command line
all come through it, and it asks `agencia.domain.campaign_life` whether the move exists,
whether this person may make it, and whether what the move needs is there. A move that
needs a decision takes it as its `step` (a dialog in the GUI) and records it in the same
transaction, so a decision and the move it causes are never apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import campaign_life as life
from agencia.domain.actor import Actor
from agencia.domain.briefs import REQUIRED_FOR_APPROVAL, field_label
from agencia.domain.campaign_models import (
    Approval,
    Brief,
    Campaign,
    Document,
    Proposal,
    StatusChange,
)
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import ApprovalStage, AuditAction, CampaignStatus, Channel, Decision, Role
from agencia.domain.errors import Conflict, DomainError, NotFound, PermissionDenied, ValidationError
from agencia.domain.models import Account, Contact
from agencia.domain.permissions import REFUSAL_CODES, Scope
from agencia.services import images
from agencia.services.campaigns import access as campaign_access
from agencia.services.campaigns import approvals, documents
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.views import KpiResult, MoveOption
from agencia.services.results import SaveResult

S = CampaignStatus


@dataclass(frozen=True, slots=True)
class InternalDecisionStep:
    """The internal approver's decision on the latest proposal (target says which)."""

    comment: str = ""


@dataclass(frozen=True, slots=True)
class PresentationStep:
    """What was shown to the client, and when: a file of the proposal internal review
    approved (chosen, or given again: its SHA-256 must be one of them). `presented_on`
    defaults to today; it may be past, never future."""

    document_id: int | None = None
    upload: DocumentInput | None = None
    comment: str = ""
    presented_on: date | None = None


@dataclass(frozen=True, slots=True)
class ClientDecisionStep:
    """The client's decision: who decided, when, through which channel, with what proof."""

    contact_id: int
    decided_on: date
    channel: Channel
    comment: str = ""
    proof: DocumentInput | None = None


@dataclass(frozen=True, slots=True)
class ResultsStep:
    """What a completed campaign achieved; `key_visual` (PNG or JPEG) shows it in the
    agency's case studies."""

    story: str
    kpis: tuple[KpiResult, ...] = field(default_factory=tuple)
    key_visual: DocumentInput | None = None


@dataclass(frozen=True, slots=True)
class ReasonStep:
    """A move that needs only a reason (cancelling a campaign)."""

    reason: str


Step = InternalDecisionStep | PresentationStep | ClientDecisionStep | ResultsStep | ReasonStep

_DECISION_BY_TARGET = {
    S.READY_FOR_CLIENT: Decision.APPROVED,
    S.APPROVED: Decision.APPROVED,
    S.CHANGES_REQUESTED: Decision.CHANGES_REQUESTED,
    S.REJECTED: Decision.REJECTED,
}
_STEP_FOR_NEED: dict[life.Need, type | None] = {
    life.Need.NOTHING: None,
    life.Need.APPROVED_BRIEF: None,
    life.Need.PROPOSAL: None,
    life.Need.INTERNAL_DECISION: InternalDecisionStep,
    life.Need.PRESENTED_DOCUMENT: PresentationStep,
    life.Need.CLIENT_DECISION: ClientDecisionStep,
    life.Need.RESULTS: ResultsStep,
    life.Need.REASON: ReasonStep,
}


def _refusal(
    uow: UnitOfWork, campaign: Campaign, account: Account, reach: Scope, move: life.Move
) -> tuple[str, dict[str, Any]] | None:
    """Why this person may not make this move now (None: they may)."""
    if move.who is life.Who.APPROVER:
        proposal = approvals.latest(uow, Proposal, campaign.id)
        authors = approvals.version_authors(uow, proposal)
        return approvals.approver_check(
            uow, campaign, account, reach, authors, approvals.required_role(uow, campaign)
        )[0]
    owner = campaign_access.person(uow, campaign.owner_id, account)
    code = life.mover_refusal(move, campaign_access.me(uow, reach), owner)
    if code is not None:
        params: dict[str, Any] = {}
        if code in REFUSAL_CODES:
            params = {
                "role": uow.actor.role,
                "title_gender": uow.actor.title_gender,
                "action": move.action,
            }
        return code, params
    if move.need is life.Need.APPROVED_BRIEF and not approvals.brief_approved(uow, campaign.id):
        return "campaign.needs_approved_brief", {}
    if move.need is life.Need.PROPOSAL and approvals.latest(uow, Proposal, campaign.id) is None:
        return "campaign.needs_proposal", {}
    return None


def move_options(
    uow: UnitOfWork, campaign: Campaign, account: Account, reach: Scope
) -> tuple[MoveOption, ...]:
    options = []
    for target in life.targets(campaign.status):
        move = life.move_for(campaign.status, target)
        assert move is not None
        reason = _refusal(uow, campaign, account, reach, move)
        options.append(MoveOption(target, move.need, reason is None, reason))
    return tuple(options)


def _check_move(
    uow: UnitOfWork,
    campaign: Campaign,
    account: Account,
    reach: Scope,
    target: CampaignStatus,
    step: Step | None,
) -> None:
    """Refuse, with the reason, a move the campaign's life does not have, one this person
    may not make now, or one without the decision it needs."""
    source = campaign.status
    move = life.move_for(source, target)
    if move is None:
        if source in life.CLOSED:
            raise DomainError("campaign.closed", status=source.value)
        raise DomainError("campaign.move_not_in_life", source=source.value, target=target.value)
    refusal = _refusal(uow, campaign, account, reach, move)
    if refusal is not None:
        code, params = refusal
        if code.startswith(("permission.", "approval.", "campaign.owner", "campaign.only")):
            raise PermissionDenied(code, **params)
        raise DomainError(code, **params)
    expected = _STEP_FOR_NEED[move.need]
    if expected is not None and not isinstance(step, expected):
        raise DomainError("campaign.needs_decision", what=move.need.value)


def move_campaign(
    db: Database,
    actor: Actor,
    campaign_id: int,
    target: CampaignStatus,
    *,
    version: int,
    step: Step | None = None,
) -> SaveResult:
    """Make one move of the campaign's life, with the decision it needs, in one transaction."""
    with unit_of_work(db, actor) as uow:
        campaign, account, reach = campaign_access.load(uow, campaign_id, lock=True)
        if campaign.version != version:
            raise Conflict("campaign.moved_meanwhile", source=campaign.status.value)
        source = campaign.status
        _check_move(uow, campaign, account, reach, target, step)
        change = StatusChange(
            campaign_id=campaign.id, from_status=source, to_status=target, staff_id=actor.staff_id
        )
        details: dict[str, Any] = {}
        if isinstance(step, InternalDecisionStep):
            approval = _internal_decision(uow, campaign, account, reach, target, step)
            change.approval_id, change.comment = approval.id, approval.comment
            details = {"decision": approval.decision.value, "approval": approval.id}
        elif isinstance(step, PresentationStep):
            document = _presented_document(uow, campaign, step)
            change.document_id, change.document_sha256 = document.id, document.sha256
            change.comment = step.comment.strip()
            change.occurred_on = _past_or_today(
                step.presented_on,
                "presented_on",
                began_on(campaign.created_at, campaign.start_date),
                "campaign.presented_before_start",
            )
            details = {
                "document": document.name,
                "sha256": document.sha256,
                "presented_on": change.occurred_on.isoformat(),
            }
        elif isinstance(step, ClientDecisionStep):
            approval = _client_decision(uow, campaign, target, step)
            change.approval_id, change.comment = approval.id, approval.comment
            details = {"decision": approval.decision.value, "contact_id": approval.contact_id}
        elif isinstance(step, ResultsStep):
            _record_results(uow, campaign, step)
            details = {"results": len(step.kpis)}
            if step.key_visual is not None:
                details["key_visual"] = step.key_visual.name
        elif isinstance(step, ReasonStep):
            if not step.reason.strip():
                raise ValidationError({"reason": ("campaign.needs_reason", {})})
            change.comment = step.reason.strip()
            details = {"reason": change.comment}
        campaign.status = target
        uow.session.add(change)
        uow.session.flush()
        uow.audit(
            ChangeKind.CAMPAIGN,
            campaign.id,
            AuditAction.MOVE,
            {"status": [source.value, target.value], **{k: [None, v] for k, v in details.items()}},
            account_id=account.id,
            summary=campaign.name,
        )
        uow.session.flush()
        return SaveResult(campaign.id, campaign.version)


def _internal_decision(
    uow: UnitOfWork,
    campaign: Campaign,
    account: Account,
    reach: Scope,
    target: CampaignStatus,
    step: InternalDecisionStep,
) -> Approval:
    decision = _DECISION_BY_TARGET[target]
    comment = step.comment.strip()
    if decision is not Decision.APPROVED and not comment:
        raise ValidationError({"comment": ("campaign.needs_comment", {})})
    proposal = approvals.latest(uow, Proposal, campaign.id)
    assert proposal is not None  # the campaign reached internal review with one
    level = approvals.required_role(uow, campaign)
    refusal, on_behalf = approvals.approver_check(
        uow, campaign, account, reach, approvals.version_authors(uow, proposal), level
    )
    if refusal is not None:
        raise PermissionDenied(refusal[0], **refusal[1])
    sha = approvals.proposal_fingerprint(uow, proposal)
    return approvals.append(
        uow,
        Approval(
            campaign_id=campaign.id,
            stage=ApprovalStage.INTERNAL,
            proposal_id=proposal.id,
            subject_number=proposal.number,
            decision=decision,
            comment=comment,
            required_role=level.value,
            decided_by_id=uow.actor.staff_id,
            on_behalf_of_id=on_behalf,
            decided_on=date.today(),
            document_sha256=sha,
        ),
    )


def began_on(created_at: datetime, start_date: date | None) -> date:
    """The earliest day a campaign's presentation may bear: the day it was created (on
    this computer's calendar, as `date.today()`) or its start date, whichever is earlier —
    a campaign entered after it started may record what happened since its start. The
    presentation dialog's date box starts there too."""
    created = _local_day(created_at)
    return created if start_date is None else min(created, start_date)


def _local_day(moment: datetime) -> date:
    """A moment kept in UTC (UTCDateTime) as this computer's calendar day."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone().date()


def _past_or_today(day: date | None, field_name: str, earliest: date, code: str) -> date:
    """A day a person typed for a step: never future, never before `earliest` (what the
    step follows), so that a typo (2016 for 2026) cannot enter the append-only trail;
    refused with `code`, which names the earliest day allowed."""
    today = date.today()
    if day is not None and day > today:
        raise ValidationError({field_name: ("campaign.future_date", {})})
    earliest = min(earliest, today)  # a clock set back must not refuse today
    if day is not None and day < earliest:
        raise ValidationError({field_name: (code, {"date": earliest.isoformat()})})
    return day or today


def presented_on(uow: UnitOfWork, campaign: Campaign) -> date:
    """The day of the presentation the client decides on (the latest): the day it was
    presented, or recorded for one recorded without it."""
    row = uow.session.execute(
        select(StatusChange.occurred_on, StatusChange.at)
        .where(StatusChange.campaign_id == campaign.id, StatusChange.to_status == S.PRESENTED)
        .order_by(StatusChange.id.desc())
        .limit(1)
    ).first()
    if row is None:  # the life has no client decision without a presentation
        return began_on(campaign.created_at, campaign.start_date)
    occurred_on, at = row
    return occurred_on if occurred_on is not None else _local_day(at)


def _presented_document(uow: UnitOfWork, campaign: Campaign, step: PresentationStep) -> Document:
    """The document shown to the client: one that internal review approved, never another
    (a new file is a new proposal version, and goes through review) — the file whose
    SHA-256 the approval recorded, whatever the proposal's list of files says now (one
    changed under the approval; the server refuses that change: server_approved_freeze)."""
    from agencia.domain.campaign_models import proposal_documents
    from agencia.services.campaigns import review

    approval = review.approval_in_force(uow, campaign)
    if approval is None or approval.proposal_id is None:
        raise DomainError("review.no_approval")
    approved = list(
        uow.session.scalars(
            select(Document)
            .join(proposal_documents, proposal_documents.c.document_id == Document.id)
            .where(proposal_documents.c.proposal_id == approval.proposal_id)
            .order_by(Document.id)
        )
    )
    if approval.document_sha256:
        approved = [d for d in approved if d.sha256 == approval.document_sha256]
    unreviewed = ValidationError(
        {"document": ("review.unreviewed_document", {"number": approval.subject_number})}
    )
    if step.upload is not None:
        given = documents.sha256(step.upload.data)
        same = next((d for d in approved if d.sha256 == given), None)
        if same is None:
            raise unreviewed
        return same
    if step.document_id is None:
        raise ValidationError({"document": ("campaign.needs_document", {})})
    document = uow.session.get(Document, step.document_id)
    if document is None or document.campaign_id != campaign.id:
        raise ValidationError({"document": ("document.not_found", {"id": step.document_id})})
    if document.id not in {d.id for d in approved}:
        raise unreviewed
    return document


def _client_decision(
    uow: UnitOfWork, campaign: Campaign, target: CampaignStatus, step: ClientDecisionStep
) -> Approval:
    decision = _DECISION_BY_TARGET[target]
    errors: dict[str, tuple[str, dict[str, Any]]] = {}
    contact = uow.session.get(Contact, step.contact_id)
    if contact is None or contact.account_id != campaign.account_id:
        errors["contact_id"] = ("approval.contact_elsewhere", {})
    if step.decided_on > date.today():
        errors["decided_on"] = ("approval.future_date", {})
    else:
        shown_on = min(presented_on(uow, campaign), date.today())
        if step.decided_on < shown_on:
            errors["decided_on"] = (
                "approval.decided_before_presented",
                {"date": shown_on.isoformat()},
            )
    if decision is not Decision.APPROVED and not step.comment.strip():
        errors["comment"] = ("campaign.needs_comment", {})
    if errors:
        raise ValidationError(errors)
    proposal = approvals.latest(uow, Proposal, campaign.id)
    assert proposal is not None
    from agencia.services.campaigns import review

    # the client decides on the file internal review approved (its SHA-256), never on
    # another one presented (a list of files changed under the approval)
    presented = approvals.presented_sha256(uow, campaign.id)
    internal = review.approval_in_force(uow, campaign)
    if internal is None:
        raise DomainError("review.no_approval")
    if internal.document_sha256 and presented != internal.document_sha256:
        raise DomainError("review.unreviewed_presented", number=internal.subject_number)
    proof = documents.add(uow, campaign.id, step.proof) if step.proof is not None else None
    return approvals.append(
        uow,
        Approval(
            campaign_id=campaign.id,
            stage=ApprovalStage.CLIENT,
            proposal_id=proposal.id,
            subject_number=proposal.number,
            decision=decision,
            comment=step.comment.strip(),
            decided_by_id=uow.actor.staff_id,
            contact_id=step.contact_id,
            decided_on=step.decided_on,
            channel=step.channel,
            document_sha256=presented,
            proof_id=proof.id if proof is not None else None,
        ),
    )


def _record_results(uow: UnitOfWork, campaign: Campaign, step: ResultsStep) -> None:
    kpis = [k for k in step.kpis if k.name.strip()]
    if not step.story.strip() and not kpis:
        raise ValidationError({"results": ("campaign.needs_results", {})})
    visual = None
    if step.key_visual is not None:
        kind = images.check_image(
            step.key_visual.data,
            "key_visual",
            max_bytes=images.KEY_VISUAL_MAX_BYTES,
            max_pixels=images.KEY_VISUAL_MAX_PIXELS,
        )
        visual = documents.add(
            uow,
            campaign.id,
            DocumentInput(step.key_visual.name, step.key_visual.data, kind),
        )
    campaign.results_story = step.story.strip()
    campaign.results_kpis = [
        KpiResult(k.name.strip(), k.target.strip(), k.achieved.strip()).as_json() for k in kpis
    ]
    if visual is not None:
        campaign.key_visual_id = visual.id


def decide_brief(
    db: Database,
    actor: Actor,
    campaign_id: int,
    number: int,
    decision: Decision,
    comment: str = "",
) -> SaveResult:
    """The internal decision on the brief's latest version (before development starts)."""
    with unit_of_work(db, actor) as uow:
        campaign, account, reach = campaign_access.load(uow, campaign_id, lock=True)
        brief = _brief_for_decision(uow, campaign, number)
        refusal, on_behalf = brief_refusal(uow, campaign, account, reach, brief)
        if refusal is not None:
            raise PermissionDenied(refusal[0], **refusal[1])
        if decision is not Decision.APPROVED and not comment.strip():
            raise ValidationError({"comment": ("campaign.needs_comment", {})})
        if decision is Decision.APPROVED:
            missing = [f for f in REQUIRED_FOR_APPROVAL if not str(getattr(brief, f) or "").strip()]
            if missing:
                raise DomainError(
                    "brief.incomplete", fields=", ".join(field_label(f) for f in missing)
                )
        approval = approvals.append(
            uow,
            Approval(
                campaign_id=campaign.id,
                stage=ApprovalStage.BRIEF,
                brief_id=brief.id,
                subject_number=brief.number,
                decision=decision,
                comment=comment.strip(),
                required_role=Role.ACCOUNT_SUPERVISOR.value,
                decided_by_id=actor.staff_id,
                on_behalf_of_id=on_behalf,
                decided_on=date.today(),
            ),
        )
        return SaveResult(approval.id, campaign.version)


def _brief_for_decision(uow: UnitOfWork, campaign: Campaign, number: int) -> Brief:
    if campaign.status is not S.BRIEF:
        raise DomainError("brief.wrong_stage")
    brief: Brief | None = approvals.latest(uow, Brief, campaign.id)
    if brief is None:
        raise NotFound("brief.not_found", id=number)
    if brief.number != number:
        raise Conflict("brief.not_latest", number=brief.number)
    return brief


def brief_refusal(
    uow: UnitOfWork, campaign: Campaign, account: Account, reach: Scope, brief: Brief | None
) -> tuple[tuple[str, dict[str, Any]] | None, int | None]:
    """May the person decide on this brief version? Approvers above the owner, not its
    author; the brief's decision is not limited by the budget."""
    if campaign.status is not S.BRIEF or brief is None:
        return ("brief.wrong_stage", {}), None
    return approvals.approver_check(
        uow,
        campaign,
        account,
        reach,
        approvals.version_authors(uow, brief),
        Role.ACCOUNT_SUPERVISOR,
    )

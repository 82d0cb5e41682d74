"""Internal approvals: who may give them (thresholds, delegations, nobody their own work),
the decision in force for each stage, and appending a decision to the trail.

Approvals are only ever appended: each new decision supersedes the stage's last one, and
the database refuses two decisions superseding the same one (a race between two
approvers), so one decision is in force at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from agencia.db.uow import UnitOfWork
from agencia.domain import campaign_life as life
from agencia.domain.campaign_models import (
    Approval,
    Brief,
    Campaign,
    Document,
    Proposal,
    StatusChange,
)
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import ApprovalStage, AuditAction, CampaignStatus, Decision, Role
from agencia.domain.errors import Conflict
from agencia.domain.models import Account, Agency, ExchangeRate
from agencia.domain.permissions import Scope
from agencia.services.campaigns import access as campaign_access

S = CampaignStatus


def thresholds(uow: UnitOfWork) -> tuple[Any, Any]:
    agency = uow.session.scalar(select(Agency).limit(1))
    if agency is None:
        return 0, 0
    return agency.approval_threshold, agency.manager_approval_threshold


def rate_day(campaign: Campaign) -> date:
    """The day whose exchange rate converts the campaign's budget: its start, else today."""
    return campaign.start_date or date.today()


def rate_in_force(uow: UnitOfWork, currency: str, day: date) -> Decimal | None:
    """What one unit of `currency` is worth in the agency's currency on `day` (the newest
    rate from that day or before); None when the administrator has set none."""
    return uow.session.scalar(
        select(ExchangeRate.rate)
        .where(ExchangeRate.currency == currency, ExchangeRate.valid_from <= day)
        .order_by(ExchangeRate.valid_from.desc())
        .limit(1)
    )


def budget_in_agency_currency(uow: UnitOfWork, campaign: Campaign) -> Decimal | None:
    """The budget in the currency of the thresholds; None when its currency has no rate in
    force on the campaign's day (never compared as if it were the agency's)."""
    agency = uow.session.scalar(select(Agency).limit(1))
    home = agency.currency if agency is not None else ""
    currency = (campaign.currency or home).upper()
    if not home or currency == home.upper():
        return Decimal(campaign.budget or 0)
    rate = rate_in_force(uow, currency, rate_day(campaign))
    return None if rate is None else Decimal(campaign.budget or 0) * rate


def missing_rate(uow: UnitOfWork, campaign: Campaign) -> tuple[str, dict[str, Any]] | None:
    """Why the budget cannot be compared with the thresholds (no rate for its currency on
    its day), as a message code; None when it can."""
    if budget_in_agency_currency(uow, campaign) is not None:
        return None
    day = rate_day(campaign).isoformat()
    return "approval.no_rate", {"currency": campaign.currency, "date": day}


def required_role(uow: UnitOfWork, campaign: Campaign) -> Role:
    """The lowest role that approves the campaign internally: its budget, converted to the
    agency's currency with the rate in force on its day, against the thresholds. Without a
    rate only a director (who approves any amount) may; `missing_rate` says why."""
    amount = budget_in_agency_currency(uow, campaign)
    if amount is None:
        return Role.ACCOUNT_DIRECTOR
    supervisor, manager = thresholds(uow)
    return life.required_role(amount, supervisor, manager)


def holds_delegation(uow: UnitOfWork) -> bool:
    return bool(campaign_access.delegators(uow))


def approver_check(
    uow: UnitOfWork,
    campaign: Campaign,
    account: Account,
    reach: Scope,
    authors: Iterable[int | None],
    level: Role,
) -> tuple[tuple[str, dict[str, Any]] | None, int | None]:
    """(refusal, on_behalf_of): may the person decide internally, in their own right or
    through a delegation held today? `authors`: of the version decided on (`version_authors`)."""
    owner = campaign_access.person(uow, campaign.owner_id, account)
    me = campaign_access.me(uow, reach)
    authors = frozenset(authors)
    refusal = life.approver_refusal(me, owner, authors, level)
    if refusal is None:
        return None, None
    for delegator_id in campaign_access.delegators(uow):
        delegator = campaign_access.person(uow, delegator_id, account)
        if life.approver_refusal(me, owner, authors, level, acting_for=delegator) is None:
            return None, delegator_id
    params: dict[str, Any] = {"role": level.value} if refusal == "approval.over_threshold" else {}
    if refusal == "approval.over_threshold" and (unknown := missing_rate(uow, campaign)):
        return unknown, None  # the budget cannot be compared: say so, not "over your limit"
    return (refusal, params), None


def version_authors(uow: UnitOfWork, version: Brief | Proposal | None) -> frozenset[int]:
    """Whose work a brief or proposal version is: who saved it, and who uploaded each of a
    proposal's files — a file kept from an earlier version stays its uploader's work, so a
    campaign handed to someone else does not make its former owner's file approvable by
    them (nobody approves their own work)."""
    if version is None:
        return frozenset()
    ids = {version.author_id}
    if isinstance(version, Proposal):
        from agencia.domain.campaign_models import proposal_documents

        ids.update(
            uow.session.scalars(
                select(Document.uploaded_by_id)
                .join(proposal_documents, proposal_documents.c.document_id == Document.id)
                .where(proposal_documents.c.proposal_id == version.id)
            )
        )
    return frozenset(i for i in ids if i is not None)


def latest(uow: UnitOfWork, model: type[Brief] | type[Proposal], campaign_id: int) -> Any:
    return uow.session.scalar(
        select(model).where(model.campaign_id == campaign_id).order_by(model.number.desc()).limit(1)
    )


def standing_approval(uow: UnitOfWork, campaign_id: int, stage: ApprovalStage) -> Approval | None:
    """The decision in force for a stage: the newest (each supersedes the one before)."""
    return uow.session.scalar(
        select(Approval)
        .where(Approval.campaign_id == campaign_id, Approval.stage == stage)
        .order_by(Approval.id.desc())
        .limit(1)
    )


def brief_approved(uow: UnitOfWork, campaign_id: int) -> bool:
    brief = latest(uow, Brief, campaign_id)
    if brief is None:
        return False
    approval = standing_approval(uow, campaign_id, ApprovalStage.BRIEF)
    return (
        approval is not None
        and approval.brief_id == brief.id
        and approval.decision is Decision.APPROVED
    )


def presented_sha256(uow: UnitOfWork, campaign_id: int) -> str:
    return (
        uow.session.scalar(
            select(StatusChange.document_sha256)
            .where(StatusChange.campaign_id == campaign_id, StatusChange.to_status == S.PRESENTED)
            .order_by(StatusChange.id.desc())
            .limit(1)
        )
        or ""
    )


def proposal_fingerprint(uow: UnitOfWork, proposal: Proposal) -> str:
    """The first file of the proposal (its main document), or nothing if it has none."""
    from agencia.domain.campaign_models import proposal_documents

    return (
        uow.session.scalar(
            select(Document.sha256)
            .join(proposal_documents, proposal_documents.c.document_id == Document.id)
            .where(proposal_documents.c.proposal_id == proposal.id)
            .order_by(Document.id)
            .limit(1)
        )
        or ""
    )


def append(uow: UnitOfWork, approval: Approval) -> Approval:
    """Approvals are only ever appended; the new one supersedes the stage's last one."""
    previous = standing_approval(uow, approval.campaign_id, approval.stage)
    approval.supersedes_id = previous.id if previous is not None else None
    uow.session.add(approval)
    try:
        uow.session.flush()
    except IntegrityError:  # another decision superseded the same one first (a race)
        raise Conflict("approval.decided_meanwhile") from None
    uow.audit(
        ChangeKind.APPROVAL,
        approval.id,
        AuditAction.DECIDE,
        {
            "stage": [None, approval.stage.value],
            "decision": [None, approval.decision.value],
            "version": [None, approval.subject_number],
            "sha256": [None, approval.document_sha256],
        },
        summary=approval.comment,
    )
    return approval

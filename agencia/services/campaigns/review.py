"""What an internal approval covered stays true after it was given.

An approval covers the campaign's owner (nobody approves their own work, and approvals
go up the line), its budget (the level the approver had to hold) and the proposal version
it looked at. An ordinary edit that changes one of them under an approval in force sends
the campaign back to internal review, saying why in its history — or, once the client has
decided on what was approved, is refused with the reason.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.domain import messages
from agencia.domain.campaign_models import Approval, Campaign, Proposal, StatusChange
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import ApprovalStage, AuditAction, CampaignStatus, Decision, Role
from agencia.domain.errors import DomainError
from agencia.domain.models import Account, Staff
from agencia.services.campaigns import approvals

S = CampaignStatus
# Where the internal approval is what stands between the proposal and the client.
BEFORE_CLIENT = (S.READY_FOR_CLIENT, S.PRESENTED)
# Where the client has decided on what the internal approval covered.
AFTER_CLIENT = (S.APPROVED, S.IN_PRODUCTION, S.LIVE)


def approval_in_force(uow: UnitOfWork, campaign: Campaign) -> Approval | None:
    """The internal approval the campaign stands on now, if any."""
    if campaign.status not in (*BEFORE_CLIENT, *AFTER_CLIENT):
        return None
    approval = uow.session.scalar(
        select(Approval)
        .where(Approval.campaign_id == campaign.id, Approval.stage == ApprovalStage.INTERNAL)
        .order_by(Approval.id.desc())
        .limit(1)
    )
    if approval is None or approval.decision is not Decision.APPROVED:
        return None
    return approval


def broken(
    uow: UnitOfWork, campaign: Campaign, approval: Approval, level: Role
) -> tuple[str, dict[str, Any]] | None:
    """Why `approval` no longer covers the campaign as it is now (None: it still does).
    `level` is the role the campaign's budget needs today."""
    authority_id = approval.on_behalf_of_id or approval.decided_by_id
    approvers = {i for i in (approval.decided_by_id, approval.on_behalf_of_id) if i is not None}
    if campaign.owner_id in approvers:
        return "review.owner_is_approver", {}
    authority = uow.session.get(Staff, authority_id) if authority_id is not None else None
    owner = uow.session.get(Staff, campaign.owner_id) if campaign.owner_id is not None else None
    if authority is None:
        return "review.owner_is_approver", {}
    directed = owner is not None and owner.role is Role.ACCOUNT_DIRECTOR  # any director
    if owner is not None and not directed and authority.role.rank <= owner.role.rank:
        return "review.owner_above_approver", {}
    if authority.role.rank < level.rank:
        if approvals.missing_rate(uow, campaign) is not None:  # no rate: cannot be compared
            return "review.rate_missing", {"currency": campaign.currency}
        return "review.budget_above_level", {"role": level.value}
    latest = uow.session.execute(
        select(Proposal.id, Proposal.number)
        .where(Proposal.campaign_id == campaign.id)
        .order_by(Proposal.number.desc())
        .limit(1)
    ).first()
    if latest is not None and latest.id != approval.proposal_id:
        return "review.new_proposal", {"number": latest.number, "approved": approval.subject_number}
    return None


def recheck(uow: UnitOfWork, campaign: Campaign, account: Account, level: Role) -> None:
    """After an edit: keep the campaign on an approval that still covers it, or send it
    back to internal review (before the client's decision), or refuse the edit (after)."""
    approval = approval_in_force(uow, campaign)
    if approval is None:
        return
    why = broken(uow, campaign, approval, level)
    if why is None:
        return
    code, params = why
    if campaign.status in AFTER_CLIENT:
        if code in ("review.owner_is_approver", "review.owner_above_approver"):
            return  # the client's decision covers it now; the trail shows who approved
        raise DomainError("review.locked_after_client", why=messages.render(code, params))
    source = campaign.status
    campaign.status = S.INTERNAL_REVIEW
    uow.session.add(
        StatusChange(
            campaign_id=campaign.id,
            from_status=source,
            to_status=S.INTERNAL_REVIEW,
            staff_id=uow.actor.staff_id,
            comment=messages.render(
                "review.back_to_review", {"why": messages.render(code, params)}
            ),
        )
    )
    uow.session.flush()
    uow.audit(
        ChangeKind.CAMPAIGN,
        campaign.id,
        AuditAction.MOVE,
        {"status": [source.value, S.INTERNAL_REVIEW.value], "reason": [None, code]},
        account_id=account.id,
        summary=campaign.name,
    )

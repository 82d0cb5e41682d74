"""How a campaign relates to the person asking: its account decides (the role table)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, select

from agencia.db.uow import UnitOfWork
from agencia.domain.actor import Actor
from agencia.domain.campaign_life import Person
from agencia.domain.campaign_models import Campaign, Delegation
from agencia.domain.enums import Role
from agencia.domain.errors import NotFound, PermissionDenied
from agencia.domain.models import Account, Staff
from agencia.domain.permissions import Action, Scope, allowed
from agencia.services.accounts import access


def visible_campaigns(actor: Actor, action: Action = Action.SEE_ACCOUNTS) -> ColumnElement[bool]:
    """Campaigns of the accounts the person may see (or act on)."""
    return Campaign.account_id.in_(select(Account.id).where(access.visible_clause(actor, action)))


def load(
    uow: UnitOfWork, campaign_id: int, *, lock: bool = False
) -> tuple[Campaign, Account, Scope]:
    """The campaign, its account and the person's reach; refused when not theirs to see.

    `lock`: hold the campaign's row until the unit of work ends (PostgreSQL; SQLite has one
    writer anyway), so that two workstations writing to one campaign at once take turns —
    the second numbers its version after the first's, instead of colliding with it."""
    if lock:  # one statement locks and reads the row (as it is once the lock is held)
        campaign = uow.session.scalar(
            select(Campaign)
            .where(Campaign.id == campaign_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    else:
        campaign = uow.session.get(Campaign, campaign_id)
    if campaign is None:
        raise NotFound("campaign.not_found", id=campaign_id)
    account = uow.session.get(Account, campaign.account_id)
    assert account is not None
    reach = access.reach(uow, account)
    if not allowed(uow.actor.role, Action.SEE_ACCOUNTS, reach) and not _may_approve(
        uow, campaign, account
    ):
        raise PermissionDenied("campaign.not_visible", id=campaign_id)
    return campaign, account, reach


def _may_approve(uow: UnitOfWork, campaign: Campaign, account: Account) -> bool:
    """Outside their accounts, an approver still reads what they are asked to decide: a
    director another director's campaign, a delegate their delegator's."""
    actor = uow.actor
    if actor.staff_id is None:
        return False
    if actor.role is Role.ACCOUNT_DIRECTOR:
        owner_role = uow.session.scalar(select(Staff.role).where(Staff.id == campaign.owner_id))
        if owner_role is Role.ACCOUNT_DIRECTOR:
            return True
    return any(
        allowed(p.role, Action.SEE_ACCOUNTS, p.reach)
        for p in (person(uow, d, account) for d in delegators(uow))
    )


def delegators(uow: UnitOfWork) -> list[int]:
    """Whose approvals the person holds today by delegation."""
    if uow.actor.staff_id is None:
        return []
    today = date.today()
    return list(
        uow.session.scalars(
            select(Delegation.from_staff_id).where(
                Delegation.to_staff_id == uow.actor.staff_id,
                Delegation.revoked.is_(False),
                Delegation.starts_on <= today,
                Delegation.ends_on >= today,
            )
        )
    )


def require(uow: UnitOfWork, action: Action, reach: Scope) -> None:
    if not allowed(uow.actor.role, action, reach):
        raise PermissionDenied("permission.denied", role=uow.actor.role, action=action)


def me(uow: UnitOfWork, reach: Scope) -> Person:
    return Person(uow.actor.staff_id, uow.actor.role, reach)


def person(uow: UnitOfWork, staff_id: int | None, account: Account) -> Person:
    """Someone else (the owner, a delegator) as the rules see them on this account."""
    if staff_id is None:
        raise NotFound("staff.not_found", id=staff_id)
    staff = uow.session.get(Staff, staff_id)
    if staff is None:
        raise NotFound("staff.not_found", id=staff_id)
    return Person(staff.id, staff.role, access.relation(uow, staff.id, staff.group_id, account))

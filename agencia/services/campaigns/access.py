"""How a campaign relates to the person asking: its account decides (the role table)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, false, or_, select, union_all

from agencia.db.uow import UnitOfWork
from agencia.domain.actor import Actor
from agencia.domain.campaign_life import Person
from agencia.domain.campaign_models import Campaign, Delegation
from agencia.domain.enums import Role
from agencia.domain.errors import NotFound, PermissionDenied
from agencia.domain.models import Account, AccountAssignment, Staff
from agencia.domain.permissions import Action, Scope, allowed, refusal, scope_for
from agencia.services.accounts import access


def visible_campaigns(actor: Actor, action: Action = Action.SEE_ACCOUNTS) -> ColumnElement[bool]:
    """Campaigns of the accounts the person may see (or act on)."""
    return Campaign.account_id.in_(select(Account.id).where(access.visible_clause(actor, action)))


def _wide(actor: Actor) -> bool:
    """Whether the person sees a whole group's accounts (a director: 33,334 of 100,000)."""
    return scope_for(actor.role, Action.SEE_ACCOUNTS) is Scope.GROUP and actor.group_id is not None


def _accounts_of(actor: Actor, *, group: bool) -> ColumnElement[bool]:
    """The campaign's account among those of a person who sees a group: the group's
    (`group`), those they lead, those whose team they are on — each part read off its own
    covering index, the set built once. `+ 0`: the campaigns are read in the list's order
    off `ix_campaigns_list` and each row's account tested against the set, instead of
    SQLite looking up each of 33,334 accounts' campaigns and sorting them."""
    parts: list[Select[tuple[int]]] = []
    if group:
        parts.append(select(Account.id).where(Account.group_id == actor.group_id))
    if actor.staff_id is not None:
        parts.append(select(Account.id).where(Account.lead_executive_id == actor.staff_id))
        parts.append(
            select(AccountAssignment.account_id).where(AccountAssignment.staff_id == actor.staff_id)
        )
    if not parts:
        return false()
    return (Campaign.account_id + 0).in_(union_all(*parts))


def listed_clause(actor: Actor, *, per_row: bool = False) -> ColumnElement[bool]:
    """`visible_campaigns` for the list, in the form its read wants (the list's IDs, its
    first page and its pages all ask here, so they list the same campaigns).

    The whole list (its IDs), for someone who sees a group (a director): the campaigns
    read once, in display order, off the covering `ix_campaigns_list`, each row's account
    tested against the set of their accounts (built once from three indexes). Testing
    each joined account (its row, then its team) cost 2.5x as much on the large demo,
    looking up each account's campaigns more. Anyone else: from the short list of their
    accounts (a few index probes).

    `per_row` (a page of rows, the account joined: the first page read off the index and
    stopped by its LIMIT, or the rows of a page of IDs): each row's account probed on its
    own (`access.visible_clause`'s `few`), instead of building the set of all the
    person's accounts first (a director's 33,334) for a page of 200."""
    if per_row:
        return access.visible_clause(actor, few=True)
    if _wide(actor):
        return _accounts_of(actor, group=True)
    return visible_campaigns(actor)


def listed_without_account(actor: Actor) -> bool:
    """Whether `listed_clause` and `mine_clause`, for the whole list, test the campaign
    alone (no joined account)."""
    return _wide(actor)


def mine_clause(actor: Actor, *, per_row: bool = False) -> ColumnElement[bool]:
    """«Mis campañas»: those the person owns, or whose account they lead or are on the
    team of; in the form `listed_clause` takes with the same `per_row`."""
    if per_row:
        accounts = access.assigned_clause(actor, few=True)
    elif _wide(actor):
        accounts = _accounts_of(actor, group=False)
    else:
        accounts = Campaign.account_id.in_(select(Account.id).where(access.assigned_clause(actor)))
    return or_(Campaign.owner_id == actor.staff_id, accounts)


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
    """Refuse, saying why: the person's role, or the account out of its reach."""
    code = refusal(uow.actor.role, action, reach)
    if code is not None:
        raise PermissionDenied(
            code, role=uow.actor.role, title_gender=uow.actor.title_gender, action=action
        )


def why_not(uow: UnitOfWork, action: Action, reach: Scope) -> tuple[str, dict[str, Any]] | None:
    """`require`'s refusal as a message for a screen to show (None: allowed)."""
    code = refusal(uow.actor.role, action, reach)
    if code is None:
        return None
    return code, {"role": uow.actor.role, "title_gender": uow.actor.title_gender, "action": action}


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

"""Account teams: who is on each account's team, with what part, and who leads it.

A director manages the teams of their group's accounts (the role table's
MANAGE_ACCOUNT_TEAMS, as DESIGN.md; not the administrator, who answers for no client).
Anyone active may be a member (creatives and media people too); the lead is an executive
or above of the account's group, always on the team as its lead (`accounts.leads`);
choosing another lead is a reassignment, a director's (`agency.lead_change`, shared with
the hierarchy's drag). A change of the team is a change of the account: audited on it,
announced as ACCOUNT.
"""

from __future__ import annotations

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AssignmentRole, AuditAction
from agencia.domain.errors import Conflict, DomainError, NotFound, ValidationError
from agencia.domain.labels import label
from agencia.domain.models import Account, AccountAssignment, Staff
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.agency.lead_change import hand_account
from agencia.services.results import SaveResult


def _account(uow: UnitOfWork, account_id: int) -> Account:
    account = uow.session.get(Account, account_id)
    if account is None:
        raise NotFound("account.not_found", id=account_id)
    access.require(uow, Action.SEE_ACCOUNTS, account)
    access.require(uow, Action.MANAGE_ACCOUNT_TEAMS, account)
    return account


def _person(uow: UnitOfWork, staff_id: int) -> Staff:
    person = uow.session.get(Staff, staff_id)
    if person is None:
        raise ValidationError({"staff_id": ("staff.not_found", {"id": staff_id})})
    return person


def _membership(uow: UnitOfWork, account_id: int, staff_id: int) -> AccountAssignment | None:
    return uow.session.scalar(
        select(AccountAssignment).where(
            AccountAssignment.account_id == account_id, AccountAssignment.staff_id == staff_id
        )
    )


def add_member(
    db: Database,
    actor: Actor,
    account_id: int,
    staff_id: int,
    part: AssignmentRole = AssignmentRole.EXECUTIVE,
) -> SaveResult:
    """Put a person on an account's team with their part (not as its lead: `change_lead`)."""
    if part is AssignmentRole.LEAD_EXECUTIVE:
        raise ValidationError({"part": ("team.part_lead", {})})
    with unit_of_work(db, actor) as uow:
        account = _account(uow, account_id)
        person = _person(uow, staff_id)
        if not person.active:
            raise ValidationError({"staff_id": ("staff.inactive", {"name": person.full_name})})
        if _membership(uow, account.id, staff_id) is not None:
            raise DomainError("team.already_member", name=person.full_name)
        uow.session.add(AccountAssignment(account_id=account.id, staff_id=staff_id, role=part))
        uow.audit(
            ChangeKind.ACCOUNT,
            account.id,
            AuditAction.TEAM_JOIN,
            {"team": [None, f"{person.full_name} ({label(part)})"]},
            account_id=account.id,
            summary=account.trade_name,
        )
        uow.session.flush()
        return SaveResult(account.id, account.version)


def remove_member(
    db: Database,
    actor: Actor,
    account_id: int,
    staff_id: int,
    part: AssignmentRole | None = None,
) -> SaveResult:
    """Take a person off an account's team (its lead first needs a successor). `part`, when
    given, is the part they were seen with (an undo): in another one, someone else changed
    their place meanwhile, and it is refused as a conflict rather than overwritten."""
    with unit_of_work(db, actor) as uow:
        account = _account(uow, account_id)
        person = _person(uow, staff_id)
        if account.lead_executive_id == staff_id:
            raise DomainError("team.remove_lead", name=person.full_name)
        member = _membership(uow, account.id, staff_id)
        if member is None:
            raise DomainError("team.not_member", name=person.full_name)
        if part is not None and member.role != part:
            raise Conflict("record.stale")
        uow.session.delete(member)
        uow.audit(
            ChangeKind.ACCOUNT,
            account.id,
            AuditAction.TEAM_LEAVE,
            {"team": [f"{person.full_name} ({label(member.role)})", None]},
            account_id=account.id,
            summary=account.trade_name,
        )
        uow.session.flush()
        return SaveResult(account.id, account.version)


def change_lead(
    db: Database, actor: Actor, account_id: int, staff_id: int, *, version: int | None = None
) -> SaveResult:
    """Make `staff_id` the account's lead executive (the former lead stays on the team as
    an executive): a reassignment, with all its checks (`agency.lead_change`); `version`
    is the account's as the person saw it (the command line's None: as it is now)."""
    with unit_of_work(db, actor) as uow:
        done = hand_account(uow, account_id, staff_id, version)
        return SaveResult(done.id, done.version)

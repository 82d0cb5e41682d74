"""Handing an account to another lead, once: the hierarchy's drag (`hierarchy.
reassign_account`) and the team dialog or `team lead` (`people.teams.change_lead`) both
come here, so that neither asks less of who hands it over or of whom it goes to.

Who: someone who sees the account, may reassign it and manages its team (the role table,
as DESIGN.md: a director, in their group; the administrator, who sets up people, groups
and accounts, answers for no client, so neither is theirs). Whom: an active executive or
above of the account's group (`accounts.leads.check_lead`). What it leaves: the lead on
the team as its lead, the former lead on it as an executive, a REASSIGN entry in the
account's trail, and the account announced as changed (the unit of work does that with
the entry).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from agencia.db.uow import UnitOfWork
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, NotFound
from agencia.domain.models import Account, AccountAssignment, Staff
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.accounts.leads import check_lead, sync_lead_assignment


@dataclass(frozen=True, slots=True)
class Reassigned:
    """What a reassignment did, so that it can be undone: who led the account before, and
    whether the new lead joined the account's team with it (the undo takes them off)."""

    id: int
    version: int
    previous_lead_id: int | None
    joined_team: bool


def account_to_reassign(uow: UnitOfWork, account_id: int, version: int | None) -> Account:
    """The account, if the person may hand it to another lead and (given the `version`
    they saw) nobody changed it since: a stale drag must not undo a newer change. `None`
    is the command line's "as it is now"."""
    account = uow.session.get(Account, account_id)
    if account is None:
        raise NotFound("account.not_found", id=account_id)
    access.require(uow, Action.SEE_ACCOUNTS, account)
    access.require(uow, Action.REASSIGN_ACCOUNTS, account)  # the refusal that says why
    access.require(uow, Action.MANAGE_ACCOUNT_TEAMS, account)
    if version is not None and account.version != version:
        raise Conflict("record.stale")
    return account


def on_team(uow: UnitOfWork, account_id: int, staff_id: int) -> AccountAssignment | None:
    """The person's place on the account's team, if they have one."""
    return uow.session.scalar(
        select(AccountAssignment).where(
            AccountAssignment.account_id == account_id, AccountAssignment.staff_id == staff_id
        )
    )


def staff_name(uow: UnitOfWork, staff_id: int | None) -> str | None:
    """A name for the trail (nobody led it: None)."""
    if staff_id is None:
        return None
    return uow.session.scalar(select(Staff.full_name).where(Staff.id == staff_id))


def hand_account(
    uow: UnitOfWork, account_id: int, staff_id: int, version: int | None
) -> Reassigned:
    """Make `staff_id` the account's lead, with every check (see the module); handing it to
    whoever leads it already writes nothing."""
    account = account_to_reassign(uow, account_id, version)
    person = check_lead(uow, account.group_id, staff_id, "staff_id")
    old = account.lead_executive_id
    joined = False
    if old != staff_id:
        joined = on_team(uow, account.id, staff_id) is None
        old_name = staff_name(uow, old)
        account.lead_executive_id = staff_id
        sync_lead_assignment(uow, account)
        uow.audit(
            ChangeKind.ACCOUNT,
            account.id,
            AuditAction.REASSIGN,
            {"lead_executive": [old_name, person.full_name]},
            account_id=account.id,
            summary=account.trade_name,
        )
    uow.session.flush()
    return Reassigned(account.id, account.version, old, joined)

"""The agency's account team: the hierarchy with each person's accounts and workload
(accounts led, open campaigns owned), reassignment, and its undo."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AccountStatus, AuditAction, Role, TitleGender
from agencia.domain.errors import Conflict
from agencia.domain.labels import label
from agencia.domain.models import Account, AccountGroup, Staff
from agencia.services.accounts import access
from agencia.services.accounts.leads import check_lead, sync_lead_assignment
from agencia.services.agency.lead_change import (
    Reassigned,
    account_to_reassign,
    hand_account,
    on_team,
    staff_name,
)

__all__ = [
    "LedAccount",
    "Reassigned",
    "StaffNode",
    "hierarchy",
    "reassign_account",
    "undo_reassign",
]


class LedAccount(NamedTuple):
    """An account in the tree, with the version a reassignment starts from."""

    id: int
    name: str
    version: int


@dataclass(frozen=True, slots=True)
class StaffNode:
    """A person in the hierarchy tree, with the accounts they lead."""

    id: int
    name: str
    role: Role
    title: str
    department: str
    email: str
    reports_to_id: int | None
    group_id: int | None
    group: str
    accounts: tuple[LedAccount, ...]
    active: bool
    open_campaigns: int = 0  # campaigns they own that are not closed: their workload
    # the grammatical gender of their title, so the role reads as they are (Directora)
    title_gender: TitleGender = TitleGender.MASCULINE


def hierarchy(db: Database, actor: Actor) -> list[StaffNode]:
    """Everyone, in reporting order (parents before children), with the visible accounts."""
    with unit_of_work(db, actor, write=False) as uow:
        s = uow.session
        group_names = dict(s.execute(select(AccountGroup.id, AccountGroup.name)).tuples().all())
        led: dict[int, list[LedAccount]] = defaultdict(list)
        for acc_id, name, version, lead in s.execute(
            select(Account.id, Account.trade_name, Account.version, Account.lead_executive_id)
            .where(
                Account.lead_executive_id.is_not(None),
                Account.status != AccountStatus.INACTIVE,
                access.visible_clause(actor),
            )
            .order_by(Account.name_key)
        ):
            led[lead].append(LedAccount(acc_id, name, version))
        people = list(s.scalars(select(Staff).order_by(Staff.name_key)))
        campaigns = dict(
            s.execute(
                select(Campaign.owner_id, func.count(Campaign.id))
                .where(Campaign.status.not_in(CLOSED))
                .group_by(Campaign.owner_id)
            )
            .tuples()
            .all()
        )
    by_parent: dict[int | None, list[Staff]] = defaultdict(list)
    ids = {p.id for p in people}
    for p in people:
        parent = p.reports_to_id if p.reports_to_id in ids else None
        by_parent[parent].append(p)
    ordered: list[StaffNode] = []

    def walk(parent: int | None) -> None:
        for p in sorted(by_parent.get(parent, []), key=lambda x: (-x.role.rank, x.name_key)):
            ordered.append(
                StaffNode(
                    id=p.id,
                    name=p.full_name,
                    role=p.role,
                    title=p.title,
                    department=label(p.department),
                    email=p.email,
                    reports_to_id=p.reports_to_id if p.reports_to_id in ids else None,
                    group_id=p.group_id,
                    group=group_names.get(p.group_id or -1, ""),
                    accounts=tuple(led.get(p.id, [])),
                    active=p.active,
                    open_campaigns=int(campaigns.get(p.id, 0)),
                    title_gender=p.title_gender,
                )
            )
            walk(p.id)

    walk(None)
    return ordered


def reassign_account(
    db: Database, actor: Actor, account_id: int, staff_id: int, version: int
) -> Reassigned:
    """A director hands an account of their group to another executive; `version` is the
    account's as the director saw it (a stale drag must not undo a newer change)."""
    with unit_of_work(db, actor) as uow:
        return hand_account(uow, account_id, staff_id, version)


def undo_reassign(db: Database, actor: Actor, done: Reassigned) -> Reassigned:
    """Put back who led the account before `done` (if nobody changed it since), and take
    the one it went to off the team if they joined it with the reassignment."""
    if done.previous_lead_id is None:
        raise Conflict("reassign.no_undo")
    with unit_of_work(db, actor) as uow:
        account = account_to_reassign(uow, done.id, done.version)
        person = check_lead(uow, account.group_id, done.previous_lead_id, "staff_id")
        went_to = account.lead_executive_id
        went_name = staff_name(uow, went_to)
        account.lead_executive_id = person.id
        sync_lead_assignment(uow, account)
        if done.joined_team and went_to is not None:
            joined = on_team(uow, account.id, went_to)
            if joined is not None:
                uow.session.delete(joined)
        uow.audit(
            ChangeKind.ACCOUNT,
            account.id,
            AuditAction.REASSIGN,
            {"lead_executive": [went_name, person.full_name], "undo": [None, True]},
            account_id=account.id,
            summary=account.trade_name,
        )
        uow.session.flush()
        return Reassigned(account.id, account.version, went_to, False)

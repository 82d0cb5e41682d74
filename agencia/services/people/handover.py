"""Deactivating a person without orphaning anything.

Whoever leaves may lead accounts, own open campaigns, direct a group, have people
reporting to them, or hold open work: service requests on an SLA clock, tasks assigned
to them, improvement actions they own (`handover_work`). Each of those goes to the person
taking over, in the same transaction as the deactivation: either all of it moves, or
nothing does. Each move keeps the rule its own form holds: a group's director directs no
other group (`groups.check_director`), a campaign whose new owner approved it goes back
to internal review (`review.recheck`). Approval delegations given TO the leaving person
end (revoked, on the trail): whoever gave one chooses another delegate, nobody else
does. The window asks `what_they_hold` first to say what will move; the result says what
moved (`Deactivated.moved`) and how many delegations ended (`Deactivated.ended`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from agencia.db import server_roles
from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import messages
from agencia.domain.actor import Actor
from agencia.domain.campaign_life import CLOSED
from agencia.domain.campaign_models import Campaign, Delegation
from agencia.domain.changes import ChangeKind
from agencia.domain.coordination_models import Task
from agencia.domain.enums import LEAD_ROLES, AuditAction, Role
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.messages import render
from agencia.domain.models import Account, AccountGroup, Staff
from agencia.domain.permissions import Action
from agencia.domain.satisfaction_models import ImprovementAction
from agencia.domain.service_models import ServiceRequest
from agencia.services.accounts.access import require_global
from agencia.services.accounts.leads import check_lead, sync_lead_assignment
from agencia.services.campaigns import approvals, review
from agencia.services.people import handover_work as work
from agencia.services.people.groups import check_director
from agencia.services.people.last_admin import keep_an_administrator
from agencia.services.people.staff_edit import load_staff
from agencia.services.results import SaveResult

FIELD = "handover_id"


@dataclass(frozen=True, slots=True)
class Holdings:
    """What a person holds that someone must take over when they leave (ids)."""

    accounts: tuple[int, ...]
    campaigns: tuple[int, ...]
    delegations: tuple[int, ...]  # given TO them, in force: these end, they never move
    groups: tuple[int, ...]
    reports: tuple[int, ...]
    requests: tuple[int, ...] = ()  # open service requests assigned to them
    tasks: tuple[int, ...] = ()  # open tasks assigned to them
    improvements: tuple[int, ...] = ()  # open improvement actions they own

    def __bool__(self) -> bool:
        return any(self.counts().values())

    def counts(self) -> dict[str, int]:
        """How many of each that moves, by the names the messages use (staff.count.<name>):
        the delegations they received end instead (`delegations`)."""
        return {
            "accounts": len(self.accounts), "campaigns": len(self.campaigns),
            "requests": len(self.requests), "tasks": len(self.tasks),
            "improvements": len(self.improvements),
            "groups": len(self.groups), "reports": len(self.reports),
        }  # fmt: skip

    def work(self) -> bool:
        """Open work on a clock or a due date: requests, tasks, improvement actions."""
        return bool(self.requests or self.tasks or self.improvements)

    def phrases(self, lang: str | None = None) -> str:
        """What there is, said: «2 solicitudes de servicio abiertas, 1 tarea abierta»."""
        return ", ".join(
            render(f"staff.count.{name}" + ("_one" if n == 1 else ""), {"n": n}, lang)
            for name, n in self.counts().items()
            if n
        )


@dataclass(frozen=True, slots=True)
class Deactivated(SaveResult):
    """A deactivation's result: also what moved, and to whom (None: nothing to move)."""

    moved: Holdings | None = None
    to_name: str = ""
    ended: int = 0  # approval delegations given to them, revoked

    def said(self, name: str, lang: str | None = None) -> str:
        """What happened, in words: who left, what moved to whom, what delegations ended."""
        if self.moved:
            params = {"name": name, "to": self.to_name, "moved": self.moved.phrases(lang)}
            text = messages.render("staff.deactivated_handover", params, lang)
        else:
            text = messages.render("staff.deactivated", {"name": name}, lang)
        if self.ended:
            code = "staff.delegations_ended" + ("_one" if self.ended == 1 else "")
            text += " " + messages.render(code, {"n": self.ended}, lang)
        return text


def _holdings(uow: UnitOfWork, staff_id: int) -> Holdings:
    s = uow.session
    today = date.today()
    return Holdings(
        accounts=tuple(s.scalars(select(Account.id).where(Account.lead_executive_id == staff_id))),
        campaigns=tuple(
            s.scalars(
                select(Campaign.id).where(
                    Campaign.owner_id == staff_id, Campaign.status.not_in(CLOSED)
                )
            )
        ),
        delegations=tuple(
            s.scalars(
                select(Delegation.id).where(
                    Delegation.to_staff_id == staff_id,
                    Delegation.revoked.is_(False),
                    Delegation.ends_on >= today,
                )
            )
        ),
        groups=tuple(
            s.scalars(select(AccountGroup.id).where(AccountGroup.director_id == staff_id))
        ),
        reports=tuple(
            s.scalars(select(Staff.id).where(Staff.reports_to_id == staff_id, Staff.active))
        ),
        requests=work.open_held(s, ServiceRequest, staff_id),
        tasks=work.open_held(s, Task, staff_id),
        improvements=work.open_held(s, ImprovementAction, staff_id),
    )


def what_they_hold(db: Database, actor: Actor, staff_id: int) -> Holdings:
    """What deactivating `staff_id` would hand over (what the confirmation lists)."""
    require_global(actor, Action.MANAGE_PEOPLE)
    with unit_of_work(db, actor, write=False) as uow:
        load_staff(uow, staff_id)
        return _holdings(uow, staff_id)


def _check_successor(uow: UnitOfWork, leaving: Staff, holds: Holdings, to_id: int) -> Staff:
    if to_id == leaving.id:
        raise ValidationError({FIELD: ("staff.handover_self", {})})
    successor = uow.session.get(Staff, to_id)
    if successor is None:
        raise ValidationError({FIELD: ("staff.not_found", {"id": to_id})})
    if not successor.active:
        raise ValidationError({FIELD: ("staff.inactive", {"name": successor.full_name})})
    needs_lead = holds.accounts or holds.campaigns
    if needs_lead and successor.role not in LEAD_ROLES:
        raise ValidationError({FIELD: ("staff.handover_role", {"name": successor.full_name})})
    if holds.groups and successor.role is not Role.ACCOUNT_DIRECTOR:
        raise ValidationError({FIELD: ("staff.handover_group", {"name": successor.full_name})})
    for group_id in holds.groups:  # as `group add` and `group director` ask
        check_director(uow, successor.id, group_id, FIELD)
    return successor


def end_delegations(uow: UnitOfWork, ids: tuple[int, ...]) -> None:
    """Revoke the delegations given to someone who leaves, each on the trail: the one who
    gave it chooses another delegate (a successor they never chose would decide in their
    name)."""
    for delegation_id in ids:
        delegation = uow.session.get(Delegation, delegation_id)
        assert delegation is not None
        delegation.revoked = True
        uow.audit(
            ChangeKind.DELEGATION, delegation.id, AuditAction.UPDATE, {"revoked": [False, True]}
        )
    uow.session.flush()


def _recheck(uow: UnitOfWork, campaign: Campaign, successor: Staff) -> None:
    """The campaign form's rule for a new owner (`review.recheck`): one who approved it
    internally sends it back to internal review; after the client's decision a broken
    approval refuses the handover, naming the campaign."""
    account = uow.session.get(Account, campaign.account_id)
    assert account is not None
    try:
        review.recheck(uow, campaign, account, approvals.required_role(uow, campaign))
    except DomainError as refused:
        why = messages.render(refused.code, refused.params)
        raise ValidationError(
            {FIELD: ("staff.handover_campaign",
                     {"name": successor.full_name, "campaign": campaign.name, "why": why})}
        ) from None  # fmt: skip


def _hand_over(uow: UnitOfWork, holds: Holdings, leaving: Staff, successor: Staff) -> None:
    """Move everything in `holds` to `successor`, each move audited on its own record."""
    s = uow.session
    moved = {"from": leaving.full_name, "to": successor.full_name}
    for group_id in holds.groups:  # first: a new director may then lead the group's accounts
        group = s.get(AccountGroup, group_id)
        assert group is not None
        group.director_id = successor.id
        if successor.group_id != group.id:  # a director sees their own group's (set_director)
            before = s.get(AccountGroup, successor.group_id) if successor.group_id else None
            successor.group_id = group.id
            uow.audit(
                ChangeKind.STAFF,
                successor.id,
                AuditAction.UPDATE,
                {"group": [before.name if before else None, group.name]},
                summary=successor.full_name,
            )
        uow.audit(
            ChangeKind.GROUP,
            group.id,
            AuditAction.REASSIGN,
            {"director": [*moved.values()]},
            summary=group.name,
        )
    s.flush()
    for account_id in holds.accounts:
        account = s.get(Account, account_id)
        assert account is not None
        check_lead(uow, account.group_id, successor.id, FIELD)
        account.lead_executive_id = successor.id
        sync_lead_assignment(uow, account)
        uow.audit(
            ChangeKind.ACCOUNT,
            account.id,
            AuditAction.REASSIGN,
            {"lead_executive": [*moved.values()]},
            account_id=account.id,
            summary=account.trade_name,
        )
    s.flush()  # the accounts' new leads count for who may work on their requests
    works = work.may_work_check(uow, successor, FIELD)
    work.move_held(uow, ServiceRequest, holds.requests, successor, moved, works)
    work.move_held(uow, Task, holds.tasks, successor, moved)
    owns = work.may_own_check(uow, successor, FIELD)
    work.move_held(uow, ImprovementAction, holds.improvements, successor, moved, owns)
    for campaign_id in holds.campaigns:
        campaign = s.get(Campaign, campaign_id)
        assert campaign is not None
        campaign.owner_id = successor.id
        uow.audit(
            ChangeKind.CAMPAIGN,
            campaign.id,
            AuditAction.REASSIGN,
            {"owner": [*moved.values()]},
            account_id=campaign.account_id,
            summary=campaign.name,
        )
        _recheck(uow, campaign, successor)
    for report_id in holds.reports:
        report = s.get(Staff, report_id)
        assert report is not None
        report.reports_to_id = successor.id if report.id != successor.id else leaving.reports_to_id
        uow.audit(
            ChangeKind.STAFF,
            report.id,
            AuditAction.UPDATE,
            {"reports_to": [*moved.values()]},
            summary=report.full_name,
        )


def deactivate_staff(
    db: Database,
    actor: Actor,
    staff_id: int,
    handover_id: int | None = None,
    version: int | None = None,
) -> Deactivated:
    """Deactivate a person (kept, with their history; they sign in nowhere) and hand
    what they hold to `handover_id`, in one transaction. Refused without someone to take
    over when there is something to take over (naming their open work, if any)."""
    require_global(actor, Action.MANAGE_PEOPLE)
    with unit_of_work(db, actor) as uow:
        person = load_staff(uow, staff_id, version)
        if not person.active:
            return Deactivated(person.id, person.version)
        keep_an_administrator(uow, person.id)
        holds = _holdings(uow, person.id)
        moved: Holdings | None = None
        to_name = ""
        end_delegations(uow, holds.delegations)
        if holds:
            if handover_id is None and holds.work():
                raise DomainError(
                    "staff.handover_needed_work", name=person.full_name, held=holds.phrases()
                )
            if handover_id is None:
                raise DomainError("staff.handover_needed", name=person.full_name)
            successor = _check_successor(uow, person, holds, handover_id)
            _hand_over(uow, holds, person, successor)
            moved, to_name = holds, successor.full_name
        person.active = False
        server_roles.on_staff_active(uow.session, person.id, False)  # and their sessions end
        uow.audit(
            ChangeKind.STAFF,
            person.id,
            AuditAction.DEACTIVATE,
            {"active": [True, False]},
            summary=person.full_name,
        )
        uow.session.flush()
        return Deactivated(
            person.id, person.version, moved=moved, to_name=to_name, ended=len(holds.delegations)
        )


def reactivate_staff(db: Database, actor: Actor, staff_id: int) -> SaveResult:
    """Bring a deactivated person back (their sign-in works again if it is enabled)."""
    require_global(actor, Action.MANAGE_PEOPLE)
    with unit_of_work(db, actor) as uow:
        person = load_staff(uow, staff_id)
        if not person.active:
            person.active = True
            server_roles.on_staff_active(uow.session, person.id, True)
            uow.audit(
                ChangeKind.STAFF,
                person.id,
                AuditAction.REACTIVATE,
                {"active": [False, True]},
                summary=person.full_name,
            )
        uow.session.flush()
        return SaveResult(person.id, person.version)

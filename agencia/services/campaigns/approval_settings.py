"""Who approves what: the agency's budget thresholds and approvers' delegations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.campaign_life import delegation_refusal
from agencia.domain.campaign_models import Delegation
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from agencia.domain.models import AccountGroup, Agency, Staff
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.results import Option, SaveResult


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The budgets up to which a supervisor and a manager approve internally; above
    them, a director."""

    supervisor: Decimal
    manager: Decimal
    currency: str
    version: int


@dataclass(frozen=True, slots=True)
class DelegationView:
    """Someone deciding approvals for someone else, between two dates."""

    id: int
    from_staff_id: int
    from_name: str
    to_staff_id: int
    to_name: str
    starts_on: date
    ends_on: date
    reason: str
    revoked: bool
    version: int

    def active_on(self, day: date) -> bool:
        return not self.revoked and self.starts_on <= day <= self.ends_on


def get_thresholds(db: Database, actor: Actor) -> Thresholds:
    with unit_of_work(db, actor, write=False) as uow:
        agency = uow.session.scalar(select(Agency).limit(1))
        if agency is None:
            raise NotFound("agency.missing")
        return Thresholds(
            agency.approval_threshold,
            agency.manager_approval_threshold,
            agency.currency,
            agency.version,
        )


def set_thresholds(
    db: Database, actor: Actor, supervisor: Decimal, manager: Decimal, version: int
) -> SaveResult:
    """An administrator sets up to which budget supervisors and managers approve."""
    access.require_global(actor, Action.AGENCY_SETTINGS)
    errors: dict[str, tuple[str, dict[str, object]]] = {}
    if supervisor < 0:
        errors["supervisor"] = ("field.amount", {})
    if manager < supervisor:
        errors["manager"] = ("thresholds.order", {})
    if errors:
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        agency = uow.session.scalar(select(Agency).limit(1))
        if agency is None:
            raise NotFound("agency.missing")
        if agency.version != version:
            raise Conflict("record.stale")
        changes = {}
        if agency.approval_threshold != supervisor:
            changes["approval_threshold"] = [str(agency.approval_threshold), str(supervisor)]
            agency.approval_threshold = supervisor
        if agency.manager_approval_threshold != manager:
            changes["manager_approval_threshold"] = [
                str(agency.manager_approval_threshold),
                str(manager),
            ]
            agency.manager_approval_threshold = manager
        uow.session.flush()
        if changes:
            uow.audit(
                ChangeKind.AGENCY, agency.id, AuditAction.UPDATE, changes, summary=agency.name
            )
        return SaveResult(agency.id, agency.version)


def delegate_approvals(
    db: Database,
    actor: Actor,
    to_staff_id: int,
    starts_on: date,
    ends_on: date,
    reason: str = "",
) -> SaveResult:
    """The person hands their internal approvals to a peer for a period."""
    if ends_on < starts_on:
        raise ValidationError({"ends_on": ("delegation.dates", {})})
    with unit_of_work(db, actor) as uow:
        peer = uow.session.get(Staff, to_staff_id)
        if peer is None or not peer.active:
            raise ValidationError({"to_staff_id": ("staff.not_found", {"id": to_staff_id})})
        refusal = delegation_refusal(actor.role, peer.role, peer.id == actor.staff_id)
        if refusal is not None:
            raise PermissionDenied(refusal)
        assert actor.staff_id is not None
        delegation = Delegation(
            from_staff_id=actor.staff_id,
            to_staff_id=peer.id,
            starts_on=starts_on,
            ends_on=ends_on,
            reason=reason.strip()[:300],
        )
        uow.session.add(delegation)
        uow.session.flush()
        uow.audit(
            ChangeKind.DELEGATION,
            delegation.id,
            AuditAction.DELEGATE,
            {
                "to": [None, peer.full_name],
                "starts_on": [None, starts_on.isoformat()],
                "ends_on": [None, ends_on.isoformat()],
            },
            summary=reason,
        )
        return SaveResult(delegation.id, delegation.version)


def revoke_delegation(db: Database, actor: Actor, delegation_id: int, version: int) -> SaveResult:
    with unit_of_work(db, actor) as uow:
        delegation = uow.session.get(Delegation, delegation_id)
        if delegation is None:
            raise NotFound("delegation.not_found", id=delegation_id)
        if delegation.from_staff_id != actor.staff_id:
            raise PermissionDenied("delegation.not_yours")
        if delegation.version != version:
            raise Conflict("record.stale")
        delegation.revoked = True
        uow.session.flush()
        uow.audit(
            ChangeKind.DELEGATION, delegation.id, AuditAction.UPDATE, {"revoked": [False, True]}
        )
        return SaveResult(delegation.id, delegation.version)


def delegations(db: Database, actor: Actor) -> list[DelegationView]:
    """The delegations the person gave or holds, newest first."""
    with unit_of_work(db, actor, write=False) as uow:
        giver, holder = aliased(Staff), aliased(Staff)
        rows = uow.session.execute(
            select(Delegation, giver.full_name, holder.full_name)
            .join(giver, giver.id == Delegation.from_staff_id)
            .join(holder, holder.id == Delegation.to_staff_id)
            .where(
                or_(
                    Delegation.from_staff_id == actor.staff_id,
                    Delegation.to_staff_id == actor.staff_id,
                )
            )
            .order_by(Delegation.starts_on.desc(), Delegation.id.desc())
        )
        return [
            DelegationView(
                d.id,
                d.from_staff_id,
                from_name,
                d.to_staff_id,
                to_name,
                d.starts_on,
                d.ends_on,
                d.reason,
                d.revoked,
                d.version,
            )
            for d, from_name, to_name in rows
        ]


def peers(db: Database, actor: Actor) -> list[Option]:
    """Whom the person may hand their approvals to: the other active people of their own
    role, anywhere in the agency (a director covers for a director of another group), each
    with their group; nobody for someone who does not approve."""
    if actor.staff_id is None or delegation_refusal(actor.role, actor.role, False) is not None:
        return []
    with unit_of_work(db, actor, write=False) as uow:
        rows = uow.session.execute(
            select(Staff.id, Staff.full_name, AccountGroup.name)
            .outerjoin(AccountGroup, AccountGroup.id == Staff.group_id)
            .where(Staff.role == actor.role, Staff.active, Staff.id != actor.staff_id)
            .order_by(Staff.name_key, Staff.id)
        )
        return [
            Option(staff_id, f"{name} · {group}" if group else name)
            for staff_id, name, group in rows
        ]

"""Service requests: taken from any channel, routed, moved through their life, escalated.

Every write is one unit of work with its permission check (logging a contact with the
account: `Action.LOG_COMMUNICATION`; reassigning: `Action.REASSIGN_REQUESTS`) and its
audit entry; reassignments and escalations are in the trail. "Now" is an argument
wherever the clock matters (tests fix it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import service_life as life
from agencia.domain import sla
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AssignmentRole, AuditAction, Channel
from agencia.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from agencia.domain.models import (
    Account,
    AccountAssignment,
    AccountGroup,
    Brand,
    Contact,
    Staff,
)
from agencia.domain.permissions import Action
from agencia.domain.routed_by import rule_record
from agencia.domain.service_enums import Priority, RequestKind, RequestStatus, Rung
from agencia.domain.service_models import RoutingRule, ServiceRequest
from agencia.services.accounts.access import refusal_of, require, visible_clause
from agencia.services.results import SaveResult
from agencia.services.service import clock, routing

# why a new assignee may not take a request (domain.permissions.refusal) → what to say
_ASSIGNEE_REFUSALS = {
    "permission.denied": "request.assignee_role",
    "permission.not_on_team": "request.assignee_not_on_team",
    "permission.outside_group": "request.assignee_outside_group",
}

SUBJECT_MAX = 200


@dataclass(frozen=True, slots=True)
class NewRequest:
    """What a person (or the mailbox) says of a new request."""

    account_id: int
    channel: Channel
    kind: RequestKind
    priority: Priority
    subject: str
    description: str = ""
    contact_id: int | None = None
    received_at: datetime | None = None
    message_id: str = ""
    brand_id: int | None = None


def validate_request(data: NewRequest) -> dict[str, tuple[str, dict[str, object]]]:
    """What is wrong with a new request as typed, before the database is asked (the
    window's form shows it live; `open_in` refuses the same)."""
    errors: dict[str, tuple[str, dict[str, object]]] = {}
    v.required(errors, "subject", data.subject.strip(), SUBJECT_MAX)  # a title: one line
    v.free_text(errors, "description", data.description)  # its lines kept
    return errors


def validate_resolution(resolution: str) -> dict[str, tuple[str, dict[str, object]]]:
    """What is wrong with a resolution as typed (the move form shows it live; resolving
    refuses the same): a text people read later, its lines kept."""
    errors: dict[str, tuple[str, dict[str, object]]] = {}
    v.free_text(errors, "resolution", resolution)
    return errors


def _check(uow: UnitOfWork, data: NewRequest) -> Account:
    errors = validate_request(data)
    account = uow.session.get(Account, data.account_id)
    if account is None:
        raise NotFound("account.not_found", id=data.account_id)
    if data.contact_id is not None:
        contact = uow.session.get(Contact, data.contact_id)
        if contact is None or contact.account_id != account.id:
            errors["contact_id"] = ("request.contact_elsewhere", {})
    if errors:
        raise ValidationError(errors)
    return account


def open_in(uow: UnitOfWork, data: NewRequest) -> ServiceRequest:
    """A new request inside the caller's unit of work (the mailbox's intake uses it)."""
    account = _check(uow, data)
    require(uow, Action.LOG_COMMUNICATION, account)
    if data.brand_id is not None:
        brand = uow.session.get(Brand, data.brand_id)
        if brand is None or brand.account_id != account.id:
            raise ValidationError({"brand_id": ("request.brand_elsewhere", {})})
    routed = routing.route(
        uow, account, routing.Facts(data.kind, data.channel, data.priority, data.brand_id)
    )
    assignee = routed.staff_id
    request = ServiceRequest(
        account_id=account.id,
        contact_id=data.contact_id,
        channel=data.channel,
        kind=data.kind,
        priority=data.priority,
        subject=data.subject.strip(),
        description=data.description,
        status=RequestStatus.ASSIGNED,
        assignee_id=assignee,
        received_at=data.received_at or datetime.now(UTC),
        message_id=data.message_id[:300],
        brand_id=data.brand_id,
        pauses=[],
        escalation=int(Rung.EXECUTIVE),
        breached=False,
    )
    clock.set_due_times(uow, request, account)
    uow.session.add(request)
    uow.session.flush()
    uow.audit(
        ChangeKind.SERVICE_REQUEST,
        request.id,
        AuditAction.CREATE,
        {
            "subject": [None, request.subject],
            "assignee": [None, assignee],
            "routed_by": [None, _routed_by(uow, routed)],
        },
        account_id=account.id,
        summary=request.subject,
    )
    return request


def _routed_by(uow: UnitOfWork, routed: routing.Routed) -> object:
    """Why the request went to whom, for the trail: the fallback's code, or the rule as
    the «Reglas de reparto» dialog shows it now (its place, conditions and target: codes
    and names, put in words where it is read, `domain.routed_by`), so that it still
    reads once the rule is gone."""
    rule = uow.session.get(RoutingRule, routed.rule_id) if routed.rule_id is not None else None
    if rule is None:
        return routed.how
    brand = None
    if rule.brand_id is not None:
        found = uow.session.execute(
            select(Account.trade_name, Brand.name)
            .join(Brand, Brand.account_id == Account.id)
            .where(Brand.id == rule.brand_id)
        ).first()
        brand = f"{found[0]} · {found[1]}" if found else None
    person = uow.session.get(Staff, rule.staff_id) if rule.staff_id is not None else None
    return rule_record(
        rule.id,
        rule.position,
        kind=rule.kind.value if rule.kind else None,
        channel=rule.channel.value if rule.channel else None,
        priority=rule.priority.value if rule.priority else None,
        brand=brand,
        staff=person.full_name if person is not None else None,
        team=rule.team.value if rule.team else None,
    )


def open_request(db: Database, actor: Actor, data: NewRequest) -> SaveResult:
    """Take a request: routed at once, its due times set on the account's calendar."""
    with unit_of_work(db, actor) as uow:
        request = open_in(uow, data)
        uow.session.flush()
        return SaveResult(request.id, request.version)


def _load(uow: UnitOfWork, request_id: int) -> tuple[ServiceRequest, Account]:
    request = uow.session.get(ServiceRequest, request_id)
    if request is None:
        raise NotFound("request.not_found", id=request_id)
    account = uow.session.get(Account, request.account_id)
    assert account is not None
    return request, account


def apply_move(
    uow: UnitOfWork,
    request: ServiceRequest,
    account: Account,
    target: RequestStatus,
    now: datetime,
    resolution: str = "",
) -> None:
    """Move the request, keeping its clock: a pause opens on waiting on the client and
    closes when it leaves, the due times move with it; the first answer is stamped."""
    code = life.refusal(request.status, target, resolution)
    if code is not None:
        params = {"request_source": request.status.value, "request_target": target.value}
        raise ValidationError({"status": (code, params)})
    if target is RequestStatus.RESOLVED and (wrong := validate_resolution(resolution)):
        raise ValidationError(wrong)
    source = request.status
    reopening = target is RequestStatus.REOPENED
    # who holds it once reopened: read before anything is set (a read flushes, and the
    # server takes the new holder only in the move's own statement)
    holder = _holder_on_reopening(uow, request, account) if reopening else request.assignee_id
    pauses = clock.read_pauses(request)
    if reopening:  # a fresh resolution clock from now: its first life is one long pause
        pauses = clock.restarted(request, now)
    elif life.pauses_clock(target):
        pauses.append((now, None))
    elif life.pauses_clock(source) and pauses and pauses[-1][1] is None:
        pauses[-1] = (pauses[-1][0], now)
    request.pauses = clock.write_pauses(pauses)
    if target in life.ANSWERED and request.first_response_at is None:
        request.first_response_at = now
    if target is RequestStatus.RESOLVED:
        request.resolution = resolution.strip()
        request.resolved_at = now
    if target is RequestStatus.CLOSED:
        request.closed_at = now
    moved: dict[str, object] = {"status": [source.value, target.value]}
    if reopening:
        moved.update(_new_cycle(request))
    previous = request.assignee_id
    request.assignee_id = holder
    request.status = target
    clock.set_due_times(uow, request, account)
    if holder != previous:
        uow.audit(
            ChangeKind.SERVICE_REQUEST,
            request.id,
            AuditAction.REASSIGN,
            {"assignee": [previous, holder]},
            account_id=account.id,
            summary=request.subject,
        )
    uow.audit(
        ChangeKind.SERVICE_REQUEST,
        request.id,
        AuditAction.MOVE,
        moved,
        account_id=account.id,
        summary=request.subject,
    )


def _new_cycle(request: ServiceRequest) -> dict[str, object]:
    """A reopened request starts a new SLA cycle: no resolution time, no closing, back
    at the foot of the ladder, not breached (its clock is fresh). What the first cycle
    had stays on the trail: the move's entry says it."""
    was = {
        "resolved_at": request.resolved_at,
        "closed_at": request.closed_at,
        "escalation": request.escalation,
        "breached": request.breached,
    }
    request.resolved_at = None
    request.closed_at = None
    request.escalation = int(Rung.EXECUTIVE)
    request.escalated_to_id = None
    request.breached = False
    fresh = {
        "resolved_at": None,
        "closed_at": None,
        "escalation": int(Rung.EXECUTIVE),
        "breached": False,
    }
    return {
        key: [value.isoformat() if isinstance(value, datetime) else value, fresh[key]]
        for key, value in was.items()
        if value != fresh[key]
    }


def _holder_on_reopening(uow: UnitOfWork, request: ServiceRequest, account: Account) -> int:
    """Who takes a reopened request: its assignee while they still may work it; else
    whom the routing rules send it to now (the person who took over a leaver's accounts
    is their lead by then). Nobody active: refused, naming the account."""
    held = uow.session.get(Staff, request.assignee_id) if request.assignee_id else None
    if held is not None and routing.may_take(uow, held, account):
        return held.id
    facts = routing.Facts(request.kind, request.channel, request.priority, request.brand_id)
    routed = routing.route(uow, account, facts)
    person = uow.session.get(Staff, routed.staff_id)
    if person is None or not routing.may_take(uow, person, account):
        raise ValidationError({"status": ("request.nobody_to_route", {"name": account.trade_name})})
    return person.id


def move_request(
    db: Database,
    actor: Actor,
    request_id: int,
    target: RequestStatus,
    resolution: str = "",
    now: datetime | None = None,
    version: int | None = None,
) -> SaveResult:
    """`version`: the one the person saw (the window's); another workstation's move or
    reassignment since is refused as stale before the move is judged, so that the person
    is shown both versions rather than told the status they saw no longer allows it."""
    with unit_of_work(db, actor) as uow:
        request, account = _load(uow, request_id)
        require(uow, Action.LOG_COMMUNICATION, account)
        _fresh(request, version)
        apply_move(uow, request, account, target, now or datetime.now(UTC), resolution)
        uow.session.flush()
        return SaveResult(request.id, request.version)


def _fresh(request: ServiceRequest, version: int | None) -> None:
    if version is not None and request.version != version:
        raise Conflict("record.stale")


def reassign(
    db: Database, actor: Actor, request_id: int, staff_id: int, version: int | None = None
) -> SaveResult:
    """Give the request to someone else (logged in the trail, from whom to whom);
    `version`: the one the person saw (as `move_request`).

    The role table says who may reassign requests where (a trainee never); beyond it, only
    the request's assignee, their superiors up the ladder and the account team's leads
    may take it from the person handling it. The new assignee must be able to work on the
    account (see it and log communications on it), or the request would vanish from view.
    Given to the person who has it already (a choice kept over another workstation's same
    choice), nothing changes and nothing is written: a REASSIGN [x, x] told nobody anything.
    """
    with unit_of_work(db, actor) as uow:
        request, account = _load(uow, request_id)
        require(uow, Action.REASSIGN_REQUESTS, account)
        _fresh(request, version)
        if not _may_reassign(uow, request, account):
            raise PermissionDenied("request.reassign_not_yours", id=request.id)
        if staff_id == request.assignee_id:  # hers already (kept over a conflict): no change
            return SaveResult(request.id, request.version)
        person = uow.session.get(Staff, staff_id)
        if person is None:
            raise ValidationError({"assignee_id": ("staff.not_found", {"id": staff_id})})
        if not person.active:  # she exists: say why she cannot take it
            raise ValidationError({"assignee_id": ("staff.inactive", {"name": person.full_name})})
        why = refusal_of(uow, person, Action.LOG_COMMUNICATION, account)
        if why is not None:  # say which: their role, the team, the group
            raise ValidationError(
                {
                    "assignee_id": (
                        _ASSIGNEE_REFUSALS[why],
                        {
                            "name": person.full_name,
                            "account": account.trade_name,
                            "role": person.role,
                        },
                    )
                }
            )
        old = request.assignee_id
        request.assignee_id = staff_id
        uow.audit(
            ChangeKind.SERVICE_REQUEST,
            request.id,
            AuditAction.REASSIGN,
            {"assignee": [old, staff_id]},
            account_id=account.id,
            summary=request.subject,
        )
        uow.session.flush()
        return SaveResult(request.id, request.version)


_TEAM_LEADS = (AssignmentRole.DIRECTOR, AssignmentRole.SUPERVISOR, AssignmentRole.LEAD_EXECUTIVE)


def _may_reassign(uow: UnitOfWork, request: ServiceRequest, account: Account) -> bool:
    """The assignee, a superior of theirs, or a lead of the account (its lead executive,
    its group's director, a director, supervisor or lead executive on its team); anyone
    the table allows when nobody holds the request."""
    me = uow.actor.staff_id
    if request.assignee_id is None:
        return True
    if me is None:
        return False
    if me == request.assignee_id or me == account.lead_executive_id:
        return True
    if any(boss == me for boss, _ in _chain(uow, request.assignee_id)):
        return True
    if account.group_id is not None:
        group = uow.session.get(AccountGroup, account.group_id)
        if group is not None and group.director_id == me:
            return True
    lead = uow.session.scalar(
        select(AccountAssignment.id).where(
            AccountAssignment.account_id == account.id,
            AccountAssignment.staff_id == me,
            AccountAssignment.role.in_(_TEAM_LEADS),
        )
    )
    return lead is not None


def _chain(uow: UnitOfWork, staff_id: int | None) -> list[tuple[int, object]]:
    chain: list[tuple[int, object]] = []
    seen: set[int] = set()
    person = uow.session.get(Staff, staff_id) if staff_id is not None else None
    while person is not None and person.reports_to_id is not None:
        if person.reports_to_id in seen:
            break
        seen.add(person.reports_to_id)
        person = uow.session.get(Staff, person.reports_to_id)
        if person is not None:
            chain.append((person.id, person.role))
    return chain


def escalate_due(db: Database, actor: Actor, now: datetime | None = None) -> list[int]:
    """Climb the ladder for every open request whose clock says so: the supervisor at the
    warning, the manager at the breach, the director later; marks breaches. Returns the
    ids of the requests that climbed (each climb is in the trail, saying to whom). Only
    the requests the person sees: the trail names who climbed them, and someone off the
    account has no say in it (its team, its director and the administrators do)."""
    moment = now or datetime.now(UTC)
    climbed: list[int] = []
    with unit_of_work(db, actor) as uow:
        rows = uow.session.scalars(
            select(ServiceRequest)
            .join(Account, Account.id == ServiceRequest.account_id)
            .where(ServiceRequest.status.in_(life.OPEN), visible_clause(actor))
        ).all()
        for request in rows:
            account = uow.session.get(Account, request.account_id)
            assert account is not None
            used, target = clock.used_minutes(uow, request, account, moment)
            if used > target and not request.breached:
                request.breached = True
            wanted = sla.rung_due(used, target)
            if wanted <= request.escalation:
                continue
            found = life.escalation_target(_chain(uow, request.assignee_id), wanted)  # type: ignore[arg-type]
            request.escalation = int(wanted)
            request.escalated_to_id = found[0] if found else None
            uow.audit(
                ChangeKind.SERVICE_REQUEST,
                request.id,
                AuditAction.UPDATE,
                {
                    "escalation": [None, wanted.name.lower()],
                    "escalated_to": [None, request.escalated_to_id],
                },
                account_id=account.id,
                summary=request.subject,
            )
            climbed.append(request.id)
        uow.session.flush()
    return climbed

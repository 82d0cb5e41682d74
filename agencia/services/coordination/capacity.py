"""People's weekly capacity and absences: what the workload measures hours against.

The administrator sets anyone's weekly hours (people are theirs to manage); a person
records their own absences, and the administrator anyone's.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, func, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.coordination_models import Absence, StaffCapacity
from agencia.domain.enums import AuditAction
from agencia.domain.errors import NotFound, PermissionDenied, ValidationError
from agencia.domain.models import Staff
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.accounts.access import require_global
from agencia.services.results import SaveResult

HOURS_MAX = Decimal(80)


def _person(uow: UnitOfWork, staff_id: int) -> Staff:
    person = uow.session.get(Staff, staff_id)
    if person is None:
        raise NotFound("staff.not_found", id=staff_id)
    return person


def set_weekly_hours(db: Database, actor: Actor, staff_id: int, hours: Decimal | str) -> SaveResult:
    require_global(actor, Action.MANAGE_PEOPLE)
    try:
        value = Decimal(str(hours).strip().replace(",", "."))
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or value < 0 or value > HOURS_MAX:
        raise ValidationError({"weekly_hours": ("capacity.hours", {"max": int(HOURS_MAX)})})
    with unit_of_work(db, actor) as uow:
        person = _person(uow, staff_id)
        row = uow.session.get(StaffCapacity, staff_id)
        old = row.weekly_hours if row is not None else None
        if row is None:
            row = StaffCapacity(staff_id=staff_id, weekly_hours=value)
            uow.session.add(row)
        else:
            row.weekly_hours = value
        uow.session.flush()
        uow.audit(
            ChangeKind.CAPACITY,
            staff_id,
            AuditAction.UPDATE,
            {"weekly_hours": [None if old is None else str(old), str(value)]},
            summary=person.full_name,
        )
        return SaveResult(staff_id, row.version)


def _may_edit_absences(actor: Actor, staff_id: int) -> None:
    if actor.staff_id == staff_id:
        return
    if scope_for(actor.role, Action.MANAGE_PEOPLE) is Scope.NONE:
        raise PermissionDenied("capacity.own_absences")


def add_absence(
    db: Database, actor: Actor, staff_id: int, starts_on: date, ends_on: date, note: str = ""
) -> SaveResult:
    _may_edit_absences(actor, staff_id)
    errors: v.FieldErrors = {}
    if ends_on < starts_on:
        errors["ends_on"] = ("task.dates", {})
    v.too_long(errors, "note", note, 200)
    if errors:
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        person = _person(uow, staff_id)
        absence = Absence(staff_id=staff_id, starts_on=starts_on, ends_on=ends_on, note=note)
        uow.session.add(absence)
        uow.session.flush()
        uow.audit(
            ChangeKind.CAPACITY,
            staff_id,
            AuditAction.CREATE,
            {"absence": [None, f"{starts_on}/{ends_on}"]},
            summary=person.full_name,
        )
        return SaveResult(absence.id, 1)


def remove_absence(db: Database, actor: Actor, absence_id: int) -> None:
    with unit_of_work(db, actor) as uow:
        # not the whole row: its note is not everyone's to read (server_private_reads)
        found = uow.session.execute(
            select(Absence.staff_id, Absence.starts_on, Absence.ends_on).where(
                Absence.id == absence_id
            )
        ).one_or_none()
        if found is None:
            raise NotFound("absence.not_found", id=absence_id)
        staff_id, starts_on, ends_on = found
        _may_edit_absences(actor, staff_id)
        uow.audit(
            ChangeKind.CAPACITY,
            staff_id,
            AuditAction.DEACTIVATE,
            {"absence": [f"{starts_on}/{ends_on}", None]},
        )
        uow.session.execute(delete(Absence).where(Absence.id == absence_id))


def absences_of(db: Database, actor: Actor, staff_id: int) -> list[tuple[int, date, date, str]]:
    """A person's absences; the note only for themselves and whoever manages people (on
    a server, the server's own rule reads it: agencia.db.server_private_reads)."""
    own = (
        actor.staff_id == staff_id or scope_for(actor.role, Action.MANAGE_PEOPLE) is not Scope.NONE
    )
    with unit_of_work(db, actor, write=False) as uow:
        server = uow.session.get_bind().dialect.name == "postgresql"
        note = func.agencia_absence_note(Absence.id) if server else Absence.note
        rows = uow.session.execute(
            select(Absence.id, Absence.starts_on, Absence.ends_on, note)
            .where(Absence.staff_id == staff_id)
            .order_by(Absence.starts_on)
        ).all()
        return [(i, s, e, (n or "") if own else "") for i, s, e, n in rows]

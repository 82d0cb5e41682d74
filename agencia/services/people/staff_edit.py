"""Adding and editing the agency's people (an administrator's work).

Each function is one unit of work: permission, validation (the same validator the form
will call), the reporting line, the change and its audit entry. Deactivating someone is
`handover.deactivate_staff`: what they hold is handed over in the same transaction.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from sqlalchemy import select

from agencia.db import server_roles
from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Department, Role, TitleGender
from agencia.domain.errors import Conflict, NotFound, ValidationError
from agencia.domain.labels import role_title
from agencia.domain.models import AccountGroup, Agency, Staff
from agencia.domain.permissions import Action
from agencia.domain.text import sort_key
from agencia.services.accounts.access import require_global
from agencia.services.accounts.editing import apply_changes, jsonable
from agencia.services.people.last_admin import keep_an_administrator
from agencia.services.people.reporting import check_reports_to
from agencia.services.people.views import StaffDetail
from agencia.services.results import SaveResult

EXTENSION_MAX = 10
_EXTENSION = re.compile(r"^[0-9]{1,10}$")


@dataclass(frozen=True, slots=True)
class StaffInput:
    """What the person form sends: the same data adds a person or edits one. An empty
    `title` takes the role's default title in the person's grammatical gender."""

    full_name: str
    role: Role
    title: str = ""
    title_gender: TitleGender = TitleGender.MASCULINE
    department: Department = Department.ACCOUNTS
    email: str = ""
    phone: str = ""
    extension: str = ""
    time_zone: str = ""
    reports_to_id: int | None = None
    group_id: int | None = None


@cache
def _time_zones() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


def validate_staff(data: StaffInput) -> v.FieldErrors:
    """Field by field, without the database: what the form shows beside each field."""
    errors: v.FieldErrors = {}
    v.required(errors, "full_name", data.full_name, 160)
    v.too_long(errors, "title", data.title, 120)
    v.email(errors, "email", data.email.strip())
    v.phone(errors, "phone", data.phone.strip())
    extension = data.extension.strip()
    if extension and not _EXTENSION.match(extension):
        errors["extension"] = ("staff.extension", {"max": EXTENSION_MAX})
    zone = data.time_zone.strip()
    if zone and zone not in _time_zones():
        errors["time_zone"] = ("staff.time_zone", {"value": zone})
    return errors


def agency_language(uow: UnitOfWork) -> str:
    """The language of the agency's own words (a new person's default title)."""
    locale = uow.session.scalar(select(Agency.locale).limit(1)) or "es_ES"
    return "en" if locale.startswith("en") else "es"


def _values(uow: UnitOfWork, data: StaffInput) -> dict[str, Any]:
    values = asdict(data)
    for key, value in values.items():
        if isinstance(value, str) and not isinstance(value, Role | Department | TitleGender):
            values[key] = value.strip()
    if not values["title"]:
        values["title"] = role_title(data.role, data.title_gender, agency_language(uow))
    values["name_key"] = sort_key(values["full_name"])
    return values


def _check_group(uow: UnitOfWork, group_id: int | None) -> None:
    if group_id is not None and uow.session.get(AccountGroup, group_id) is None:
        raise ValidationError({"group_id": ("group.not_found", {"id": group_id})})


def add_staff(db: Database, actor: Actor, data: StaffInput) -> SaveResult:
    """A new person; returns their id."""
    require_global(actor, Action.MANAGE_PEOPLE)
    errors = validate_staff(data)
    if errors:
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        person = insert_staff(uow, data)
        return SaveResult(person.id, person.version)


def insert_staff(uow: UnitOfWork, data: StaffInput) -> Staff:
    """`add_staff`'s work inside a unit of work the caller holds (an import adds many in
    one transaction); the fields are already validated."""
    values = _values(uow, data)
    _check_group(uow, data.group_id)
    check_reports_to(uow, None, data.role, data.group_id, data.reports_to_id)
    person = Staff(**values)
    uow.session.add(person)
    uow.session.flush()
    uow.audit(
        ChangeKind.STAFF,
        person.id,
        AuditAction.CREATE,
        {k: [None, jsonable(x)] for k, x in values.items() if x not in ("", None)},
        summary=person.full_name,
    )
    return person


def load_staff(uow: UnitOfWork, staff_id: int, version: int | None = None) -> Staff:
    """The person, if they exist and (given a `version`) nobody saved them since."""
    person = uow.session.get(Staff, staff_id)
    if person is None:
        raise NotFound("staff.not_found", id=staff_id)
    if version is not None and person.version != version:
        raise Conflict("record.stale")
    return person


def edit_staff(
    db: Database, actor: Actor, staff_id: int, data: StaffInput, version: int | None = None
) -> SaveResult:
    """Save an edit; `version` is the one the form started from (None: the latest)."""
    require_global(actor, Action.MANAGE_PEOPLE)
    errors = validate_staff(data)
    if errors:
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        person = load_staff(uow, staff_id, version)
        values = _values(uow, data)
        language = agency_language(uow)
        if values["title"] == role_title(person.role, person.title_gender, language):
            # the default title follows a new role or gender; the agency's own stays
            values["title"] = role_title(data.role, data.title_gender, language)
        _check_group(uow, data.group_id)
        if (data.reports_to_id, data.role, data.group_id) != (
            person.reports_to_id,
            person.role,
            person.group_id,
        ):
            check_reports_to(uow, person.id, data.role, data.group_id, data.reports_to_id)
        was_admin = person.role is Role.ADMINISTRATOR
        if was_admin and data.role is not Role.ADMINISTRATOR:
            keep_an_administrator(uow, person.id)
        changes = apply_changes(person, values)
        changes.pop("name_key", None)
        if was_admin != (person.role is Role.ADMINISTRATOR):  # the server role follows
            server_roles.on_staff_role(uow.session, person.id, not was_admin)
        if changes:
            uow.audit(
                ChangeKind.STAFF,
                person.id,
                AuditAction.UPDATE,
                changes,
                summary=person.full_name,
            )
        uow.session.flush()
        return SaveResult(person.id, person.version)


def input_from_detail(detail: StaffDetail) -> StaffInput:
    """The form values of a loaded person (`views.StaffDetail`): what an edit starts from."""
    row = detail.row
    return StaffInput(
        full_name=row.name,
        role=row.role,
        title=row.title,
        title_gender=detail.title_gender,
        department=row.department,
        email=row.email,
        phone=detail.phone,
        extension=detail.extension,
        time_zone=detail.time_zone,
        reports_to_id=row.reports_to_id,
        group_id=row.group_id,
    )

"""The agency's profile, and the first-run set-up of an empty database."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Department, Role
from agencia.domain.errors import DomainError, ValidationError
from agencia.domain.models import Account, Agency, Staff, User
from agencia.domain.passwords import password_problem
from agencia.domain.text import sort_key
from agencia.domain.zones import locale_zone
from agencia.services.auth import hash_password


@dataclass(frozen=True, slots=True)
class AgencyView:
    """The agency as start-up and the shell need it: its name, locale and currency."""

    id: int
    name: str
    legal_name: str
    locale: str
    currency: str
    email: str
    phone: str
    website: str
    is_demo: bool
    approval_threshold: Decimal
    time_zone: str = ""  # an IANA name; "" is this machine's
    spanish: str = "spain"  # domain.enums.Spanish: the window's Spanish (Spain's or LatAm's)


@dataclass(frozen=True, slots=True)
class FirstRun:
    """What the first-run wizard collects: the agency and its first administrator."""

    agency_name: str
    locale: str
    currency: str
    admin_name: str
    admin_login: str
    admin_password: str
    admin_email: str = ""
    legal_name: str = ""
    time_zone: str = ""  # an IANA name; "" is its locale's country's (`zones.locale_zone`)


def get_agency(db: Database) -> AgencyView | None:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        a = uow.session.scalar(select(Agency).limit(1))
        if a is None:
            return None
        return AgencyView(
            id=a.id,
            name=a.name,
            legal_name=a.legal_name,
            locale=a.locale,
            currency=a.currency,
            email=a.email,
            phone=a.phone,
            website=a.website,
            is_demo=a.is_demo,
            approval_threshold=a.approval_threshold,
            time_zone=a.time_zone,
            spanish=a.spanish,
        )


def is_empty(db: Database) -> bool:
    """True for a database with no agency, no people and no accounts."""
    with unit_of_work(db, SYSTEM, write=False) as uow:
        s = uow.session
        # one row of each is enough to know (a count reads the whole table: 100,000 accounts)
        return not any(
            s.scalar(select(model.id).limit(1)) is not None for model in (Agency, Staff, Account)
        )


def validate_first_run(data: FirstRun) -> v.FieldErrors:
    errors: v.FieldErrors = {}
    v.required(errors, "agency_name", data.agency_name, 200)
    v.too_long(errors, "legal_name", data.legal_name, 200)
    v.required(errors, "admin_name", data.admin_name, 160)
    v.required(errors, "admin_login", data.admin_login, 80)
    v.email(errors, "admin_email", data.admin_email)
    v.currency(errors, "currency", data.currency)
    v.locale_name(errors, "locale", data.locale)
    v.time_zone(errors, "time_zone", data.time_zone.strip())
    problem = password_problem(data.admin_password, data.admin_login)
    if problem is not None:
        errors["admin_password"] = problem
    return errors


def set_up_agency(db: Database, data: FirstRun) -> Actor:
    """Create the agency profile and its first administrator in one transaction."""
    errors = validate_first_run(data)
    if errors:
        raise ValidationError(errors)
    password_hash = hash_password(data.admin_password)
    with unit_of_work(db, SYSTEM) as uow:
        s = uow.session
        if s.scalar(select(Agency.id).limit(1)) is not None:
            raise DomainError("agency.exists")
        agency = Agency(
            name=data.agency_name.strip(),
            legal_name=data.legal_name.strip(),
            locale=data.locale,
            currency=data.currency.upper(),
            # its SLA clocks' office hours: an agency without a zone ran them on UTC
            time_zone=data.time_zone.strip() or locale_zone(data.locale),
        )
        staff = Staff(
            full_name=data.admin_name.strip(),
            name_key=sort_key(data.admin_name),
            role=Role.ADMINISTRATOR,
            title="Administrador",
            department=Department.ADMINISTRATION,
            email=data.admin_email.strip(),
        )
        s.add_all([agency, staff])
        s.flush()
        user = User(login=data.admin_login.strip(), password_hash=password_hash, staff_id=staff.id)
        s.add(user)
        s.flush()
        uow.audit(
            ChangeKind.AGENCY,
            agency.id,
            AuditAction.CREATE,
            {"name": [None, agency.name]},
            summary=agency.name,
        )
        uow.audit(
            ChangeKind.USER,
            user.id,
            AuditAction.CREATE,
            {"login": [None, user.login]},
            summary=user.login,
        )
        return Actor(
            user_id=user.id,
            staff_id=staff.id,
            login=user.login,
            name=staff.full_name,
            role=Role.ADMINISTRATOR,
        )

"""What the people area shows: staff, their sign-in accounts and the account groups, as
frozen read models (lists and one person in full).

Anyone signed in may read them: the hierarchy and the account teams already show who
works here. Writing is the administrator's (`staff_edit`, `sign_ins`, `groups`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.enums import AuditAction, Department, Role, TitleGender
from agencia.domain.errors import NotFound
from agencia.domain.models import Account, AccountGroup, AuditEvent, Staff, User, utcnow
from agencia.services import auth


@dataclass(frozen=True, slots=True)
class StaffRow:
    """A person as a list shows them."""

    id: int
    name: str
    title: str
    role: Role
    department: Department
    group_id: int | None
    group: str
    reports_to_id: int | None
    reports_to: str
    email: str
    login: str  # "" without a sign-in account
    active: bool
    version: int
    # the sign-in's state, for the window's list (not in the command line's JSON):
    user_active: bool | None = None  # None without a sign-in account
    must_change_password: bool = False
    locked: bool = False  # failed sign-ins recently: further attempts are slowed down
    # the grammatical gender of their title, so the role reads as they are (Directora)
    title_gender: TitleGender = TitleGender.MASCULINE

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "title": self.title,
            "role": self.role.value,
            "department": self.department.value,
            "group_id": self.group_id,
            "group": self.group,
            "reports_to_id": self.reports_to_id,
            "reports_to": self.reports_to,
            "email": self.email,
            "login": self.login,
            "active": self.active,
        }


@dataclass(frozen=True, slots=True)
class StaffDetail:
    """One person in full: what the form edits, their sign-in and what they lead."""

    row: StaffRow
    title_gender: TitleGender
    phone: str
    extension: str
    time_zone: str
    user_active: bool | None  # None without a sign-in account
    must_change_password: bool
    leads_accounts: int
    directs_group: str

    def as_json(self) -> dict[str, Any]:
        return {
            **self.row.as_json(),
            "title_gender": self.title_gender.value,
            "phone": self.phone,
            "extension": self.extension,
            "time_zone": self.time_zone,
            "user_active": self.user_active,
            "must_change_password": self.must_change_password,
            "leads_accounts": self.leads_accounts,
            "directs_group": self.directs_group,
        }


@dataclass(frozen=True, slots=True)
class GroupRow:
    """An account group with its director and how many people and accounts it holds."""

    id: int
    name: str
    director_id: int | None
    director: str
    people: int
    accounts: int
    version: int

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "director_id": self.director_id,
            "director": self.director,
            "people": self.people,
            "accounts": self.accounts,
        }


def locked_logins(uow: UnitOfWork) -> set[str]:
    """The logins with enough recent failed sign-ins to be slowed down (as
    `auth.recent_failures` counts them: within the window, since the last unlock), in two
    queries whatever the staff's size."""
    since = utcnow() - auth.WINDOW
    failures = dict(
        uow.session.execute(
            select(AuditEvent.summary, func.count(AuditEvent.id))
            .where(AuditEvent.action == AuditAction.SIGN_IN_FAILED, AuditEvent.at > since)
            .group_by(AuditEvent.summary)
        )
        .tuples()
        .all()
    )
    if not failures:
        return set()
    unlocked_at = dict(
        uow.session.execute(
            select(AuditEvent.summary, func.max(AuditEvent.at))
            .where(AuditEvent.action == AuditAction.UNLOCK, AuditEvent.summary.in_(failures))
            .group_by(AuditEvent.summary)
        )
        .tuples()
        .all()
    )
    locked: set[str] = set()
    for login, count in failures.items():
        unlocked = unlocked_at.get(login)
        if unlocked is not None and unlocked > since:
            count = int(
                uow.session.scalar(
                    select(func.count(AuditEvent.id)).where(
                        AuditEvent.action == AuditAction.SIGN_IN_FAILED,
                        AuditEvent.summary == login,
                        AuditEvent.at > unlocked,
                    )
                )
                or 0
            )
        if count >= auth.FREE_FAILURES:
            locked.add(login)
    return locked


def _staff_rows(db: Database, actor: Actor, staff_id: int | None, active: bool | None) -> list[Any]:
    boss = aliased(Staff)
    with unit_of_work(db, actor, write=False) as uow:
        stmt = (
            select(Staff, AccountGroup.name, boss.full_name, User)
            .outerjoin(AccountGroup, AccountGroup.id == Staff.group_id)
            .outerjoin(boss, boss.id == Staff.reports_to_id)
            .outerjoin(User, User.staff_id == Staff.id)
            .order_by(Staff.name_key, Staff.id)
        )
        if staff_id is not None:
            stmt = stmt.where(Staff.id == staff_id)
        if active is not None:
            stmt = stmt.where(Staff.active.is_(active))
        locked = locked_logins(uow)
        return [
            (*found, found[3] is not None and found[3].login in locked)
            for found in uow.session.execute(stmt).tuples()
        ]


def _row(
    person: Staff, group: str | None, boss: str | None, user: User | None, locked: bool = False
) -> StaffRow:
    return StaffRow(
        id=person.id,
        name=person.full_name,
        title=person.title,
        role=person.role,
        department=person.department,
        group_id=person.group_id,
        group=group or "",
        reports_to_id=person.reports_to_id,
        reports_to=boss or "",
        email=person.email,
        login=user.login if user is not None else "",
        active=person.active,
        version=person.version,
        user_active=user.active if user is not None else None,
        must_change_password=bool(user and user.must_change_password),
        locked=locked,
        title_gender=person.title_gender,
    )


def list_staff(db: Database, actor: Actor, *, active: bool | None = None) -> list[StaffRow]:
    """Everyone (or only the active or the deactivated), by name."""
    return [_row(*found) for found in _staff_rows(db, actor, None, active)]


def get_staff(db: Database, actor: Actor, staff_id: int) -> StaffDetail:
    found = _staff_rows(db, actor, staff_id, None)
    if not found:
        raise NotFound("staff.not_found", id=staff_id)
    person, group, boss, user, locked = found[0]
    with unit_of_work(db, actor, write=False) as uow:
        leads = uow.session.scalar(
            select(func.count(Account.id)).where(Account.lead_executive_id == staff_id)
        )
        directs = uow.session.scalar(
            select(AccountGroup.name).where(AccountGroup.director_id == staff_id).limit(1)
        )
    return StaffDetail(
        row=_row(person, group, boss, user, locked),
        title_gender=person.title_gender,
        phone=person.phone,
        extension=person.extension,
        time_zone=person.time_zone,
        user_active=user.active if user is not None else None,
        must_change_password=bool(user and user.must_change_password),
        leads_accounts=int(leads or 0),
        directs_group=directs or "",
    )


def list_groups(db: Database, actor: Actor) -> list[GroupRow]:
    """The account groups by name, with their director and their size."""
    director = aliased(Staff)
    people = (
        select(func.count(Staff.id))
        .where(Staff.group_id == AccountGroup.id, Staff.active)
        .scalar_subquery()
    )
    accounts = (
        select(func.count(Account.id)).where(Account.group_id == AccountGroup.id).scalar_subquery()
    )
    with unit_of_work(db, actor, write=False) as uow:
        found = uow.session.execute(
            select(AccountGroup, director.full_name, people, accounts)
            .outerjoin(director, director.id == AccountGroup.director_id)
            .order_by(AccountGroup.name, AccountGroup.id)
        ).tuples()
        return [
            GroupRow(g.id, g.name, g.director_id, name or "", int(n or 0), int(a or 0), g.version)
            for g, name, n, a in found
        ]

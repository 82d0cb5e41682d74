"""Signing in: argon2 passwords, and who the command line acts as on a local file."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Role
from agencia.domain.errors import DomainError, NotFound
from agencia.domain.models import AccountGroup, Agency, Staff, User, utcnow

MIN_PASSWORD = 8
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _actor(user: User, staff: Staff, director_of: int | None) -> Actor:
    return Actor(
        user_id=user.id,
        staff_id=staff.id,
        login=user.login,
        name=staff.full_name,
        role=staff.role,
        group_id=staff.group_id if staff.group_id is not None else director_of,
    )


def _load(db: Database, login: str) -> tuple[User, Staff, int | None]:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        row = uow.session.execute(
            select(User, Staff).join(Staff, Staff.id == User.staff_id).where(User.login == login)
        ).first()
        if row is None:
            raise NotFound("user.not_found", login=login)
        user, staff = row
        directs = uow.session.scalar(
            select(AccountGroup.id).where(AccountGroup.director_id == staff.id).limit(1)
        )
        return user, staff, directs


def sign_in(db: Database, login: str, password: str) -> Actor:
    """Check the password and record the sign-in; a wrong user or password says the same."""
    try:
        user, staff, directs = _load(db, login.strip())
    except NotFound:
        raise DomainError("auth.failed") from None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise DomainError("auth.failed") from None
    if not user.active or not staff.active:
        raise DomainError("auth.inactive")
    actor = _actor(user, staff, directs)
    with unit_of_work(db, actor) as uow:
        found = uow.session.get(User, user.id)
        if found is not None:
            found.last_sign_in = utcnow()
        uow.audit(ChangeKind.USER, user.id, AuditAction.SIGN_IN, summary=user.login)
    return actor


def actor_for(db: Database, login: str) -> Actor:
    """The person behind `login`, without a password (local SQLite command line only)."""
    user, staff, directs = _load(db, login)
    if not user.active or not staff.active:
        raise DomainError("auth.inactive")
    return _actor(user, staff, directs)


def default_login(db: Database) -> str | None:
    """Who a local SQLite database acts as: the demo director, or its only administrator."""
    with unit_of_work(db, SYSTEM, write=False) as uow:
        s = uow.session
        is_demo = s.scalar(select(Agency.is_demo).limit(1))
        if is_demo:
            login = s.scalar(
                select(User.login)
                .join(Staff, Staff.id == User.staff_id)
                .where(Staff.role == Role.ACCOUNT_DIRECTOR, User.active, Staff.active)
                .order_by(Staff.id)
                .limit(1)
            )
            if login:
                return login
        admins = list(
            s.scalars(
                select(User.login)
                .join(Staff, Staff.id == User.staff_id)
                .where(Staff.role == Role.ADMINISTRATOR, User.active, Staff.active)
                .limit(2)
            )
        )
        return admins[0] if len(admins) == 1 else None


def has_users(db: Database) -> bool:
    with unit_of_work(db, SYSTEM, write=False) as uow:
        return uow.session.scalar(select(User.id).limit(1)) is not None

"""Signing in: argon2 passwords, and who the command line acts as on a local file.

A wrong login costs the same time as a wrong password (a password is always checked,
against a stand-in hash when the login does not exist), so logins cannot be told apart
by timing; every failed sign-in is audited, and repeated failures on one login are
answered more and more slowly.
"""

from __future__ import annotations

import time
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Role
from agencia.domain.errors import DomainError, NotFound
from agencia.domain.models import AccountGroup, Agency, AuditEvent, Staff, User, utcnow
from agencia.domain.passwords import MIN_PASSWORD

__all__ = ["MIN_PASSWORD"]  # the rule itself lives in agencia.domain.passwords
_hasher = PasswordHasher()
_stand_in: dict[int, str] = {}  # a hash per hasher, verified when the login is unknown
FREE_FAILURES = 3  # failures on one login answered at once, within WINDOW
WINDOW = timedelta(minutes=15)
MAX_DELAY_S = 8.0


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
        title=staff.title,
        title_gender=staff.title_gender,
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


def _verifies(password_hash: str | None, password: str) -> bool:
    """Check a password in the same time whether or not there is a hash to check."""
    if password_hash is None:
        key = id(_hasher)
        if key not in _stand_in:
            _stand_in[key] = _hasher.hash("no such login: a stand-in to spend the same time")
        password_hash = _stand_in[key]
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def recent_failures(db: Database, login: str) -> int:
    """Failed sign-ins on `login` within the last WINDOW, since an administrator last
    unlocked it (an unlock is audited with the login as its summary)."""
    with unit_of_work(db, SYSTEM, write=False) as uow:
        since = utcnow() - WINDOW
        unlocked = uow.session.scalar(
            select(func.max(AuditEvent.at)).where(
                AuditEvent.action == AuditAction.UNLOCK, AuditEvent.summary == login[:300]
            )
        )
        if unlocked is not None:
            since = max(since, unlocked)
        return int(
            uow.session.scalar(
                select(func.count(AuditEvent.id)).where(
                    AuditEvent.action == AuditAction.SIGN_IN_FAILED,
                    AuditEvent.summary == login[:300],
                    AuditEvent.at > since,
                )
            )
            or 0
        )


def failure_delay(failures: int) -> float:
    """Seconds to wait before answering after `failures` recent failures on one login."""
    if failures < FREE_FAILURES:
        return 0.0
    return float(min(MAX_DELAY_S, 0.5 * 2 ** (failures - FREE_FAILURES)))


def _failed(db: Database, login: str, user_id: int | None) -> DomainError:
    with unit_of_work(db, SYSTEM) as uow:
        uow.audit(
            ChangeKind.USER,
            user_id,
            AuditAction.SIGN_IN_FAILED,
            {"login": [None, login[:80]]},
            summary=login,
        )
    return DomainError("auth.failed")


def sign_in(db: Database, login: str, password: str) -> Actor:
    """Check the password and record the sign-in; a wrong user or password says the same,
    in the same time, and is audited; repeated failures are answered slower and slower."""
    login = login.strip()
    delay = failure_delay(recent_failures(db, login))
    if delay:
        time.sleep(delay)
    try:
        user, staff, directs = _load(db, login)
    except NotFound:
        _verifies(None, password)
        raise _failed(db, login, None) from None
    if not _verifies(user.password_hash, password):
        raise _failed(db, login, user.id)
    if not user.active or not staff.active:
        raise DomainError("auth.inactive")
    if user.must_change_password:  # the window asks for a new one (people.sign_ins)
        raise DomainError("auth.password_change_required", login=user.login)
    actor = _actor(user, staff, directs)
    with unit_of_work(db, actor) as uow:
        found = uow.session.get(User, user.id)
        if found is not None:
            found.last_sign_in = utcnow()
        uow.audit(ChangeKind.USER, user.id, AuditAction.SIGN_IN, summary=user.login)
    return actor


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether `password` matches `password_hash`, in the same time when there is none."""
    return _verifies(password_hash, password)


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

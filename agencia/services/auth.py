"""Signing in: argon2 passwords, and who the command line acts as on a local file.

A wrong login costs the same time as a wrong password (a password is always checked,
against a stand-in hash when the login does not exist), so logins cannot be told apart
by timing; every failed sign-in is audited, and repeated failures on one login are
answered more and more slowly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Role
from agencia.domain.errors import DomainError, NotFound
from agencia.domain.models import AccountGroup, Agency, AuditEvent, Staff, User, utcnow
from agencia.domain.passwords import MIN_PASSWORD

if TYPE_CHECKING:
    from argon2 import PasswordHasher

__all__ = ["MIN_PASSWORD"]  # the rule itself lives in agencia.domain.passwords
# argon2 and the server sign-in modules are imported when first used, not at start-up:
# a SQLite workstation reaches its first page before anyone types a password.
_hasher: PasswordHasher | None = None  # tests put a cheaper one here
_stand_in: dict[int, str] = {}  # a hash per hasher, verified when the login is unknown
FREE_FAILURES = 3  # failures on one login answered at once, within WINDOW
WINDOW = timedelta(minutes=15)
MAX_DELAY_S = 8.0


def _the_hasher() -> PasswordHasher:
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher

        _hasher = PasswordHasher()
    return _hasher


def hash_password(password: str) -> str:
    return _the_hasher().hash(password)


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
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = _the_hasher()
    if password_hash is None:
        key = id(hasher)
        if key not in _stand_in:
            _stand_in[key] = hasher.hash("no such login: a stand-in to spend the same time")
        password_hash = _stand_in[key]
    try:
        return hasher.verify(password_hash, password)
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
    in the same time, and is audited; repeated failures are answered slower and slower.
    On a server set up with server roles the server checks the password, and `db` goes
    on as the person (server_sign_in)."""
    login = login.strip()
    if on_secured_server(db):
        return server_sign_in(db, login, password)
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


def on_secured_server(db: Database) -> bool:
    """Whether people sign in to this database with their own server roles."""
    if db.is_sqlite:  # answered without importing the server modules
        return False
    from agencia.db import server_sign_in as _server

    return _server.secured(db)


# Failed sign-ins on a secured server, by server/database and login, in this process:
# a refused password opens no connection, so nothing can be written then (see below).
_server_failures: dict[tuple[str, str], list[datetime]] = {}
_unwritten: dict[str, list[tuple[str, datetime]]] = {}


def _where(db: Database) -> str:
    return f"{db.url.host}:{db.url.port}/{db.url.database}"


def recent_server_failures(db: Database, login: str) -> int:
    """Failed sign-ins on `login` from this workstation within the last WINDOW."""
    since = utcnow() - WINDOW
    return sum(1 for at in _server_failures.get((_where(db), login), ()) if at > since)


def _server_failed(db: Database, login: str) -> None:
    at = utcnow()
    _server_failures.setdefault((_where(db), login), []).append(at)
    _unwritten.setdefault(_where(db), []).append((login, at))


def server_sign_in(db: Database, login: str, password: str) -> Actor:
    """Connect as the person (the server checks the password: a wrong login or password
    says the same), check they are active, record the sign-in in their own name, and
    let `db` go on with their connection.

    A refused password leaves nothing connected to write with, so a failure is answered
    as on SQLite (slower and slower on one login, `failure_delay`) from what this
    workstation saw, and audited by the next sign-in that succeeds here, in that
    person's session (the server stamps who wrote it and when; the moment of the
    failure is in the row's changes). What the server itself enforces for every client,
    `psql` included, is its own: `auth_delay` and its log of refused passwords (README)."""
    from agencia.db import server_sign_in as _server

    delay = failure_delay(recent_server_failures(db, login))
    if delay:
        time.sleep(delay)
    try:
        person = _server.connect_as(db, login, password)
    except DomainError as exc:
        if exc.code == "auth.failed":
            _server_failed(db, login)
        raise
    try:
        user, staff, directs = _load(person, login)
    except NotFound:
        person.close()
        raise DomainError("auth.failed") from None
    except BaseException:
        person.close()
        raise
    if not user.active or not staff.active:
        person.close()
        raise DomainError("auth.inactive")
    if user.must_change_password:
        person.close()
        raise DomainError("auth.password_change_required", login=user.login)
    actor = _actor(user, staff, directs)
    failed = _unwritten.pop(_where(db), [])
    try:
        with unit_of_work(person, actor) as uow:
            found = uow.session.get(User, user.id)
            if found is not None:
                found.last_sign_in = utcnow()
            uow.audit(ChangeKind.USER, user.id, AuditAction.SIGN_IN, summary=user.login)
            for other, at in failed:
                uow.audit(
                    ChangeKind.USER,
                    None,
                    AuditAction.SIGN_IN_FAILED,
                    {"login": [None, other[:80]], "failed_at": [None, at.isoformat()]},
                    summary=other,
                )
    except BaseException:
        _unwritten.setdefault(_where(db), []).extend(failed)  # the next sign-in writes them
        person.close()
        raise
    db.adopt(person.url, person.writer, person.reader)
    return actor


def leave_server(db: Database) -> None:
    """Signing out of a server the workstation opened without a password: the person's
    own connections end, and the next person signs in with theirs."""
    from agencia.db import server_sign_in as _server

    _server.leave(db)


def change_server_password(
    db: Database, login: str, current: str, new: str, check_new: Callable[[], None]
) -> tuple[int, int]:
    """A person's own new password on a secured server, proving the current one by
    connecting with it, then checking the new one (`check_new` raises its refusal: a
    wrong current password is said first); returns the sign-in's (id, version)."""
    from agencia.db import server_sign_in as _server

    person = _server.connect_as(db, login.strip(), current)
    try:
        check_new()
        with unit_of_work(person, SYSTEM) as uow:
            user = uow.session.scalar(select(User).where(User.login == login.strip()))
            if user is None:
                raise DomainError("auth.failed")
            _server.set_own_password(uow.session, login.strip(), new)
            user.must_change_password = False
            uow.audit(ChangeKind.USER, user.id, AuditAction.PASSWORD_CHANGE, summary=user.login)
            uow.session.flush()
            return user.id, user.version
    finally:
        person.close()

"""Sign-in accounts: created, disabled and enabled, passwords reset and locks lifted by an
administrator; a person changes their own password (after a reset, before signing in).
A password the administrator gives — a new sign-in's or a reset's — is temporary: its
person must change it at their first sign-in, so that the administrator never goes on
knowing it (and acting as them, the trail recording that person).

Every new password passes `agencia.domain.passwords` (length, common passwords, the
login), the same rule as the first-run wizard, and each refusal says why.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select

from agencia.db import server_roles
from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import SYSTEM, Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Role
from agencia.domain.errors import DomainError, NotFound, ValidationError
from agencia.domain.models import User
from agencia.domain.passwords import password_problem
from agencia.domain.permissions import Action
from agencia.services import auth
from agencia.services.accounts.access import require_global
from agencia.services.people.last_admin import keep_an_administrator
from agencia.services.people.staff_edit import load_staff
from agencia.services.results import SaveResult

LOGIN_MAX = 80
_LOGIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]*$")


def check_password(password: str, login: str = "", field: str = "password") -> None:
    """Refuse a new password that is too short, too common or holds the login."""
    problem = password_problem(password, login)
    if problem is not None:
        raise ValidationError({field: problem})


def check_login(login: str) -> None:
    """A user name: letters, digits, dot, hyphen, underscore and @, no spaces."""
    if not login:
        raise ValidationError({"login": ("field.required", {})})
    if len(login) > LOGIN_MAX:
        raise ValidationError({"login": ("field.too_long", {"max": LOGIN_MAX})})
    if not _LOGIN.match(login):
        raise ValidationError({"login": ("user.login_shape", {})})


def _user(uow: UnitOfWork, login: str) -> User:
    user = uow.session.scalar(select(User).where(User.login == login.strip()))
    if user is None:
        raise NotFound("user.not_found", login=login)
    return user


def add_user(db: Database, actor: Actor, login: str, staff_id: int, password: str) -> SaveResult:
    """A sign-in for `staff_id` (one each); the login must be free. Its password is
    temporary, as a reset's: the person chooses their own at their first sign-in."""
    require_global(actor, Action.MANAGE_SIGN_INS)
    login = login.strip()
    check_login(login)
    check_password(password, login)
    password_hash = auth.hash_password(password)
    with unit_of_work(db, actor) as uow:
        s = uow.session
        person = load_staff(uow, staff_id)
        taken = s.scalar(select(User.id).where(func.lower(User.login) == login.lower()))
        if taken is not None:
            raise DomainError("user.login_taken", login=login)
        if s.scalar(select(User.id).where(User.staff_id == staff_id)) is not None:
            raise DomainError("user.staff_has_one", name=person.full_name)
        user = User(
            login=login, password_hash=password_hash, staff_id=staff_id, must_change_password=True
        )
        s.add(user)
        s.flush()
        server_roles.on_user_added(s, login, password, admin=person.role is Role.ADMINISTRATOR)
        uow.audit(
            ChangeKind.USER,
            user.id,
            AuditAction.CREATE,
            {"login": [None, login], "staff_id": [None, staff_id]},
            summary=login,
        )
        return SaveResult(user.id, user.version)


def set_user_active(db: Database, actor: Actor, login: str, active: bool) -> SaveResult:
    """Disable a sign-in (the person stays; they just cannot sign in) or enable it again.
    Nobody disables their own, nor the last administrator's."""
    require_global(actor, Action.MANAGE_SIGN_INS)
    with unit_of_work(db, actor) as uow:
        user = _user(uow, login)
        if user.active != active:
            if not active and user.id == actor.user_id:
                raise DomainError("user.own_account")
            if not active:
                keep_an_administrator(uow, user.staff_id)
            user.active = active
            server_roles.on_user_active(uow.session, user.login, active)
            uow.audit(
                ChangeKind.USER,
                user.id,
                AuditAction.REACTIVATE if active else AuditAction.DEACTIVATE,
                {"active": [not active, active]},
                summary=user.login,
            )
        uow.session.flush()
        return SaveResult(user.id, user.version)


def reset_password(db: Database, actor: Actor, login: str, password: str) -> SaveResult:
    """Give a sign-in a new password that its person must change at their next sign-in."""
    require_global(actor, Action.MANAGE_SIGN_INS)
    check_password(password, login.strip())
    password_hash = auth.hash_password(password)
    with unit_of_work(db, actor) as uow:
        user = _user(uow, login)
        user.password_hash = password_hash
        user.must_change_password = True
        server_roles.on_password_reset(uow.session, user.login, password)
        uow.audit(ChangeKind.USER, user.id, AuditAction.PASSWORD_RESET, summary=user.login)
        uow.session.flush()
        return SaveResult(user.id, user.version)


def unlock_user(db: Database, actor: Actor, login: str) -> SaveResult:
    """Lift the slowdown that repeated failed sign-ins put on a login (the failures stay
    in the trail; only those after the unlock count)."""
    require_global(actor, Action.MANAGE_SIGN_INS)
    with unit_of_work(db, actor) as uow:
        user = _user(uow, login)
        uow.audit(ChangeKind.USER, user.id, AuditAction.UNLOCK, summary=user.login)
        uow.session.flush()
        return SaveResult(user.id, user.version)


def change_password(db: Database, login: str, current: str, new: str) -> SaveResult:
    """A person changes their own password, proving the current one (also when a reset
    requires it before signing in: then the sign-in follows with the new one).

    The current password is proven first: a wrong one is said as such, before anything
    about the new one (its rules, or that it repeats what was typed as the current)."""
    login = login.strip()

    def check_new() -> None:
        if new == current:  # a temporary password kept as it was: its giver would know it
            raise ValidationError({"new_password": ("password.same_as_current", {})})
        check_password(new, login, "new_password")

    if auth.on_secured_server(db):  # the server checks the current password and keeps the new
        return SaveResult(*auth.change_server_password(db, login, current, new, check_new))
    with unit_of_work(db, SYSTEM, write=False) as uow:
        found = uow.session.scalar(select(User.password_hash).where(User.login == login))
    if not auth.verify_password(found, current):
        raise DomainError("auth.failed")
    check_new()
    password_hash = auth.hash_password(new)
    with unit_of_work(db, SYSTEM) as uow:
        user = _user(uow, login)
        user.password_hash = password_hash
        user.must_change_password = False
        uow.audit(ChangeKind.USER, user.id, AuditAction.PASSWORD_CHANGE, summary=user.login)
        uow.session.flush()
        return SaveResult(user.id, user.version)

"""The agency always keeps someone who can run it: an active administrator with an enabled
sign-in. Demoting, deactivating or disabling the last one would lock every administrator's
command away with nobody left to undo it, so the staff form, the hand-over and the sign-in
page all ask this one guard first.

On a shared server two administrators may demote each other at the same time: each
count, taken before the other's change is committed, would see the other still there
(write skew) and both would pass. The guard therefore takes one transaction-scoped
advisory lock first; the second waits for the first to commit or roll back, and its
count (a new statement, READ COMMITTED) then sees the first's change. SQLite has a
single writer, so nothing to do there."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select, text

from agencia.db.uow import UnitOfWork
from agencia.domain.enums import Role
from agencia.domain.errors import DomainError
from agencia.domain.models import Staff, User

# The advisory lock's key: "agencia last administrator" (any number no other lock uses).
LAST_ADMIN_LOCK = 0x61676C61


def _count(uow: UnitOfWork, *where: ColumnElement[bool]) -> int:
    """How many active administrators with an enabled sign-in match `where`."""
    query = (
        select(func.count(User.id))
        .join(Staff, Staff.id == User.staff_id)
        .where(Staff.role == Role.ADMINISTRATOR, Staff.active, User.active, *where)
    )
    return int(uow.session.scalar(query) or 0)


def keep_an_administrator(uow: UnitOfWork, staff_id: int) -> None:
    """Refuse to take `staff_id` out of the administrators who can sign in (a new role,
    deactivation, a disabled sign-in) when they are the last of them. Held until the
    caller's transaction ends, so the change it guards must be made in the same one."""
    if uow.session.get_bind().dialect.name == "postgresql":
        uow.session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LAST_ADMIN_LOCK})
    if not _count(uow, Staff.id == staff_id):
        return  # not an administrator who can sign in: losing them locks nobody out
    if not _count(uow, Staff.id != staff_id):
        name = uow.session.scalar(select(Staff.full_name).where(Staff.id == staff_id))
        raise DomainError("staff.last_admin", name=name or "")

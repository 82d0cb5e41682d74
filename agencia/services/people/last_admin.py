"""The agency always keeps someone who can run it: an active administrator with an enabled
sign-in. Demoting, deactivating or disabling the last one would lock every administrator's
command away with nobody left to undo it, so the staff form, the hand-over and the sign-in
page all ask this one guard first."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select

from agencia.db.uow import UnitOfWork
from agencia.domain.enums import Role
from agencia.domain.errors import DomainError
from agencia.domain.models import Staff, User


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
    deactivation, a disabled sign-in) when they are the last of them."""
    if not _count(uow, Staff.id == staff_id):
        return  # not an administrator who can sign in: losing them locks nobody out
    if not _count(uow, Staff.id != staff_id):
        name = uow.session.scalar(select(Staff.full_name).where(Staff.id == staff_id))
        raise DomainError("staff.last_admin", name=name or "")

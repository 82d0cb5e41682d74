"""Account groups: created with their director, and renamed (an administrator's work).

A group's director must be an active account director who directs no other group; they
join the group if they had none. Moving people and accounts between groups is an edit of
the person (`staff_edit`) or of the account.
"""

from __future__ import annotations

from sqlalchemy import func, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Role
from agencia.domain.errors import Conflict, NotFound, ValidationError
from agencia.domain.models import AccountGroup, Staff
from agencia.domain.permissions import Action
from agencia.services.accounts.access import require_global
from agencia.services.results import SaveResult

NAME_MAX = 120


def _check_name(uow: UnitOfWork, name: str, group_id: int | None = None) -> str:
    errors: v.FieldErrors = {}
    v.required(errors, "name", name, NAME_MAX)
    if errors:
        raise ValidationError(errors)
    name = name.strip()
    same = select(AccountGroup.id).where(func.lower(AccountGroup.name) == name.lower())
    if group_id is not None:
        same = same.where(AccountGroup.id != group_id)
    if uow.session.scalar(same) is not None:
        raise ValidationError({"name": ("group.name_taken", {"name": name})})
    return name


def load_group(uow: UnitOfWork, group_id: int, version: int | None = None) -> AccountGroup:
    """The group, if it exists and (given a `version`) nobody saved it since."""
    group = uow.session.get(AccountGroup, group_id)
    if group is None:
        raise NotFound("group.not_found", id=group_id)
    if version is not None and group.version != version:
        raise Conflict("record.stale")
    return group


def check_director(
    uow: UnitOfWork, director_id: int, group_id: int | None = None, field: str = "director_id"
) -> Staff:
    """An active account director who directs no group other than `group_id`: what a
    director sees is one group's, so a second group would be directed by someone who
    cannot see it. The one rule for `group add`, `group director` and a handover."""
    person = uow.session.get(Staff, director_id)
    if person is None:
        raise ValidationError({field: ("staff.not_found", {"id": director_id})})
    if person.role is not Role.ACCOUNT_DIRECTOR or not person.active:
        raise ValidationError({field: ("group.director_role", {"name": person.full_name})})
    others = select(AccountGroup.id).where(AccountGroup.director_id == director_id)
    if group_id is not None:
        others = others.where(AccountGroup.id != group_id)
    if uow.session.scalar(others.limit(1)) is not None:
        raise ValidationError({field: ("group.director_elsewhere", {"name": person.full_name})})
    return person


def add_group(db: Database, actor: Actor, name: str, director_id: int | None) -> SaveResult:
    """A new account group, with its director (who joins it if they had no group)."""
    require_global(actor, Action.MANAGE_GROUPS)
    with unit_of_work(db, actor) as uow:
        name = _check_name(uow, name)
        director = check_director(uow, director_id) if director_id is not None else None
        group = AccountGroup(name=name, director_id=director_id)
        uow.session.add(group)
        uow.session.flush()
        changes: dict[str, list[object]] = {"name": [None, name]}
        if director is not None:
            changes["director"] = [None, director.full_name]
            if director.group_id is None:
                director.group_id = group.id
        uow.audit(ChangeKind.GROUP, group.id, AuditAction.CREATE, changes, summary=name)
        uow.session.flush()
        return SaveResult(group.id, group.version)


def rename_group(
    db: Database, actor: Actor, group_id: int, name: str, version: int | None = None
) -> SaveResult:
    require_global(actor, Action.MANAGE_GROUPS)
    with unit_of_work(db, actor) as uow:
        group = load_group(uow, group_id, version)
        name = _check_name(uow, name, group.id)
        if name != group.name:
            old, group.name = group.name, name
            uow.audit(
                ChangeKind.GROUP, group.id, AuditAction.UPDATE, {"name": [old, name]}, summary=name
            )
        uow.session.flush()
        return SaveResult(group.id, group.version)

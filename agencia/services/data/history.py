"""The imports made so far, newest first: what the window lists and `imports list` prints,
and where an undo starts. A person sees their own imports; a director also those of the
people of her group (what was written into the accounts she answers for), an
administrator every one; each says who made it and whether the person may undo it (its
author, or an administrator). A person may import when their role writes some kind of
record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, false, or_, select, true

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.data_models import DataImport
from agencia.domain.enums import Role
from agencia.domain.models import Staff
from agencia.domain.permissions import Action, Scope, scope_for

# what an import writes goes through these areas' services (accounts, contacts, brands;
# staff; vendors): a role with none of them has nothing an import could write
_WRITES = (Action.EDIT_ACCOUNT, Action.MANAGE_PEOPLE, Action.MANAGE_VENDORS)


def may_import(role: Role) -> bool:
    """Whether the role may write any kind of record an import holds."""
    return any(scope_for(role, action) is not Scope.NONE for action in _WRITES)


def may_undo(actor: Actor, imported_by: int | None) -> bool:
    """The person who imported, or an administrator."""
    return actor.is_admin or (actor.staff_id is not None and actor.staff_id == imported_by)


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One import as listed: its file, counts, who and when, and whether it was undone."""

    id: int
    kind: str
    file_name: str
    sha256: str
    rows: int
    created: int
    updated: int
    rejected: int
    by: str
    at: datetime
    undone_at: datetime | None
    staff_id: int | None = None  # who imported
    undoable: bool = False  # still in place, and the person may undo it (`may_undo`)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "file": self.file_name, "sha256": self.sha256,
            "rows": self.rows, "created": self.created, "updated": self.updated,
            "rejected": self.rejected, "by": self.by, "at": self.at.isoformat(),
            "undone_at": self.undone_at.isoformat() if self.undone_at else None,
            "undoable": self.undoable,
        }  # fmt: skip


def _sees_group(actor: Actor) -> bool:
    """A director answers for her group's accounts: what its people imported into them."""
    return actor.role is Role.ACCOUNT_DIRECTOR and actor.group_id is not None


def nothing_listed(actor: Actor) -> str:
    """The message code for a list with no import in it: only the administrator, who
    sees them all, may be told nothing was imported; anyone else, that they (or their
    group) imported nothing."""
    if actor.is_admin:
        return "data.no_imports"
    return "data.no_imports_group" if _sees_group(actor) else "data.no_imports_own"


def _visible(actor: Actor) -> ColumnElement[bool]:
    if actor.is_admin:
        return true()
    if actor.staff_id is None:
        return false()
    own = DataImport.staff_id == actor.staff_id
    if not _sees_group(actor):
        return own
    group = select(Staff.id).where(Staff.group_id == actor.group_id)
    return or_(own, DataImport.staff_id.in_(group))


def list_imports(db: Database, actor: Actor, limit: int = 200) -> list[ImportRow]:
    """The latest imports the person sees: their own; a director's, her group's too;
    every one for an administrator."""
    mine = _visible(actor)
    with unit_of_work(db, actor, write=False) as uow:
        stmt = (
            select(DataImport, Staff.full_name)
            .outerjoin(Staff, Staff.id == DataImport.staff_id)
            .where(mine)
            .order_by(DataImport.id.desc())
            .limit(limit)
        )
        return [
            ImportRow(
                d.id,
                d.kind,
                d.file_name,
                d.sha256,
                d.rows,
                d.created,
                d.updated,
                d.rejected,
                name or "",
                d.at,
                d.undone_at,
                d.staff_id,
                d.undone_at is None and may_undo(actor, d.staff_id),
            )
            for d, name in uow.session.execute(stmt)
        ]

"""Undoing an import as a whole, while nothing it wrote has been edited since.

Each record the import wrote must still be at the version the import left it at: an
edit since then (another field, a deactivation) refuses the undo and names the record.
Created records are removed — after the permission their own area asks for — and
updated accounts get their previous values back through the accounts service; anything
added since under an imported record (a contact, a campaign) keeps it, and the undo is
refused. The trail keeps every entry: the undo is one more.

Only the person who imported, or an administrator, may undo an import. A record the
person cannot see (row-level security shows it as absent) is a refusal naming it, never
"already gone": otherwise the import would be marked undone with nothing removed. Only
the administrator, who sees every record, takes an absent one as already removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.data_models import DataImport, DataImportRecord
from agencia.domain.enums import AccountStatus, AuditAction
from agencia.domain.errors import Conflict, DomainError, PermissionDenied
from agencia.domain.messages import render
from agencia.domain.models import (
    AccountAssignment,
    Brand,
    Contact,
    Product,
    contact_brands,
)
from agencia.domain.permissions import Action
from agencia.services.accounts.access import require_global
from agencia.services.accounts.account_edit import AccountInput, update_account
from agencia.services.accounts.editing import load_for_edit
from agencia.services.data.blockers import blocker
from agencia.services.data.history import may_undo
from agencia.services.data.records import MODELS
from agencia.services.data.transaction import one_transaction

_KINDS = {
    "account": ChangeKind.ACCOUNT,
    "contact": ChangeKind.CONTACT,
    "brand": ChangeKind.BRAND,
    "product": ChangeKind.PRODUCT,
    "staff": ChangeKind.STAFF,
    "vendor": ChangeKind.VENDOR,
}
_ORDER = ("product", "brand", "contact", "account", "staff", "vendor")  # children before parents


NAMES_SHOWN = 5  # records an undo names; the rest are counted («y 2 más»)


@dataclass(frozen=True, slots=True)
class Undone:
    """What an undo really removed or put back, by name in the file's order: the person
    is told which records went, not only how many."""

    names: tuple[str, ...]

    @property
    def records(self) -> int:
        return len(self.names)

    def sentence(self, import_id: int, lang: str | None = None) -> str:
        """What the person is told, in the window's toast and on the command line alike:
        how many records, the first few by name, the rest counted («y 2 más»)."""
        if not self.names:
            return render("data.undone", {"id": import_id, "records": 0}, lang)
        more = self.records - NAMES_SHOWN
        said = {
            "id": import_id,
            "records": self.records,
            "names": ", ".join(self.names[:NAMES_SHOWN]),
            "more": render("words.and_more", {"n": more}, lang) if more > 0 else "",
        }
        return render("data.undone_named", said, lang)


def undo_import(db: Database, actor: Actor, import_id: int) -> Undone:
    """Undo import `import_id`: what was really removed or put back."""
    with one_transaction(db) as shared:
        with unit_of_work(shared.db, actor, write=False) as uow:
            found = uow.session.get(DataImport, import_id)
            if found is None:
                raise DomainError("data.import_not_found", id=import_id)
            if found.undone_at is not None:
                raise DomainError("data.already_undone", id=import_id)
            if not may_undo(actor, found.staff_id):
                raise PermissionDenied("data.undo_not_yours", id=import_id)
            records = list(
                uow.session.scalars(
                    select(DataImportRecord)
                    .where(DataImportRecord.import_id == import_id)
                    .order_by(DataImportRecord.id.desc())
                )
            )
        named: dict[int, str] = {}  # import record's id → what was removed or put back
        for record in (r for r in records if r.before is not None):
            before = dict(record.before or {})
            before["status"] = AccountStatus(before["status"])
            try:
                update_account(
                    shared.db, actor, record.entity_id, AccountInput(**before), record.version
                )
            except Conflict:
                raise _edited(record) from None
            named[record.id] = str(before["trade_name"])
        created = sorted(
            (r for r in records if r.before is None), key=lambda r: _ORDER.index(r.entity)
        )
        with unit_of_work(shared.db, actor) as uow:
            blocked = blocker(uow, [(r.entity, r.entity_id) for r in created])
            if blocked is not None:
                raise blocked
            try:
                for record in created:
                    name = _remove(uow, record)
                    if name is not None:
                        named[record.id] = name
                uow.session.flush()
            except IntegrityError:  # what `blocker` could not see (another's record)
                raise DomainError("data.undo_blocked") from None
            done = uow.session.get(DataImport, import_id)
            assert done is not None
            done.undone_at = datetime.now(UTC)
            uow.audit(
                ChangeKind.DATA_IMPORT,
                import_id,
                AuditAction.IMPORT_UNDO,
                {"records": [len(named), 0]},
                summary=done.file_name,
            )
        shared.commit()
    return Undone(tuple(named[key] for key in sorted(named)))


def _edited(record: DataImportRecord) -> DomainError:
    return DomainError("data.edited_since", entity=record.entity, record=record.entity_id)


def _remove(uow: UnitOfWork, record: DataImportRecord) -> str | None:
    """One created record, if the person may remove it and nobody edited it since: its
    name when it was removed, None when the administrator finds it already gone."""
    s, model = uow.session, MODELS[record.entity]
    row: Any = s.get(model, record.entity_id)
    if row is None:
        if uow.actor.is_admin:  # sees every record: removed since (in the window)
            return None
        # under row-level security a record out of the person's reach reads as absent
        raise PermissionDenied("data.undo_unseen", entity=record.entity, record=record.entity_id)
    if row.version != record.version:
        raise _edited(record)
    account_id: int | None = None
    if isinstance(row, Product):
        brand = s.get(Brand, row.brand_id)
        account_id = brand.account_id if brand else None
    elif isinstance(row, Brand | Contact):
        account_id = row.account_id
    elif record.entity == "account":
        account_id = row.id
    if account_id is not None:
        load_for_edit(uow, account_id, None)  # the same permission as editing it
    elif record.entity == "vendor":
        require_global(uow.actor, Action.MANAGE_VENDORS)
    else:
        require_global(uow.actor, Action.MANAGE_PEOPLE)
    if isinstance(row, Contact):
        s.execute(delete(contact_brands).where(contact_brands.c.contact_id == row.id))
    if isinstance(row, Brand):
        s.execute(delete(contact_brands).where(contact_brands.c.brand_id == row.id))
    if record.entity == "account":
        s.execute(delete(AccountAssignment).where(AccountAssignment.account_id == row.id))
    name = str(getattr(row, "trade_name", None) or getattr(row, "full_name", None)
               or getattr(row, "name", ""))  # fmt: skip
    s.execute(delete(model).where(model.id == row.id))
    s.expunge(row)
    uow.audit(
        _KINDS[record.entity],
        record.entity_id,
        AuditAction.IMPORT_UNDO,
        {},
        account_id=account_id if record.entity != "account" else row.id,
        summary=name,
    )
    return name

"""Adding and editing a client's contacts, and the brands each one looks after.

Each function is one unit of work: permission check, validation, change, audit entry.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import contact_hours
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction, Channel, ContactRole
from agencia.domain.errors import Conflict, NotFound, ValidationError
from agencia.domain.models import Brand, Contact
from agencia.domain.text import search_text
from agencia.services.accounts.editing import apply_changes, jsonable, load_for_edit
from agencia.services.accounts.views import ContactView
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class ContactInput:
    """What the contact form sends, for a new contact or an edit."""

    full_name: str
    position: str = ""
    contact_role: ContactRole = ContactRole.OTHER
    email: str = ""
    phone: str = ""
    mobile: str = ""
    preferred_channel: Channel = Channel.EMAIL
    decision_maker: bool = False
    notes: str = ""
    brand_ids: tuple[int, ...] = field(default_factory=tuple)
    # The channels' details (migration 0017). None keeps what the contact has: a caller
    # written before they existed (an import, an undo) never blanks them.
    fax: str | None = None
    postal_address: str | None = None
    preferred_hours: str | None = None


def contact_input_of(contact: ContactView) -> ContactInput:
    """What the form would send to save `contact` as it is (an undo's "before")."""
    return ContactInput(
        full_name=contact.full_name,
        position=contact.position,
        contact_role=contact.contact_role,
        email=contact.email,
        phone=contact.phone,
        mobile=contact.mobile,
        preferred_channel=contact.preferred_channel,
        decision_maker=contact.decision_maker,
        notes=contact.notes,
        brand_ids=contact.brand_ids,
        fax=contact.fax,
        postal_address=contact.postal_address,
        preferred_hours=contact.preferred_hours,
    )


def validate_contact(data: ContactInput) -> v.FieldErrors:
    errors: v.FieldErrors = {}
    v.required(errors, "full_name", data.full_name, 160)
    v.too_long(errors, "position", data.position, 160)
    v.email(errors, "email", data.email)
    v.phone(errors, "phone", data.phone)
    v.phone(errors, "mobile", data.mobile)
    v.phone(errors, "fax", data.fax or "")
    v.too_long(errors, "postal_address", data.postal_address or "", 400)
    contact_hours.check(errors, "preferred_hours", data.preferred_hours or "")
    return errors


def _contact_values(uow: UnitOfWork, account_id: int, data: ContactInput) -> dict[str, Any]:
    errors = validate_contact(data)
    if errors:
        raise ValidationError(errors)
    values = {
        k: (val.strip() if isinstance(val, str) else val)
        for k, val in asdict(data).items()
        if k != "brand_ids" and val is not None
    }
    if data.preferred_hours is not None:
        values["preferred_hours"] = contact_hours.normalise(data.preferred_hours)
    values["search_text"] = search_text(data.full_name, data.position, data.email)
    return values


def _set_contact_brands(
    uow: UnitOfWork, contact: Contact, account_id: int, brand_ids: tuple[int, ...]
) -> list[Any] | None:
    brands = (
        list(
            uow.session.scalars(
                select(Brand).where(Brand.id.in_(brand_ids), Brand.account_id == account_id)
            )
        )
        if brand_ids
        else []
    )
    if len(brands) != len(set(brand_ids)):
        raise ValidationError({"brand_ids": ("brand.not_found", {"id": brand_ids})})
    old = sorted(b.name for b in contact.brands)
    new = sorted(b.name for b in brands)
    contact.brands = brands
    return [old, new] if old != new else None


def save_contact(
    db: Database,
    actor: Actor,
    account_id: int,
    data: ContactInput,
    contact_id: int | None = None,
    version: int | None = None,
) -> SaveResult:
    """Create (no `contact_id`) or edit one of the client's contacts; an edit carries the
    version it started from (another workstation's save meanwhile is a conflict)."""
    if contact_id is not None and version is None:
        raise ValueError("an edit carries the version it started from")
    with unit_of_work(db, actor) as uow:
        account = load_for_edit(uow, account_id, None)
        values = _contact_values(uow, account_id, data)
        s = uow.session
        if contact_id is None:
            contact = Contact(account_id=account.id, **values)
            contact.brands = []
            s.add(contact)
            s.flush()
            _set_contact_brands(uow, contact, account.id, data.brand_ids)
            uow.audit(
                ChangeKind.CONTACT,
                contact.id,
                AuditAction.CREATE,
                {
                    k: [None, jsonable(val)]
                    for k, val in values.items()
                    if val not in ("", None, False) and k != "search_text"
                },
                account_id=account.id,
                summary=contact.full_name,
            )
        else:
            found = s.scalar(
                select(Contact)
                .where(Contact.id == contact_id, Contact.account_id == account.id)
                .options(selectinload(Contact.brands))
            )
            if found is None:
                raise NotFound("contact.not_found", id=contact_id)
            contact = found
            if contact.version != version:
                raise Conflict("record.stale")
            changes: dict[str, Any] = apply_changes(contact, values)
            changes.pop("search_text", None)
            brand_change = _set_contact_brands(uow, contact, account.id, data.brand_ids)
            if brand_change:
                changes["brands"] = brand_change
            if changes:
                uow.audit(
                    ChangeKind.CONTACT,
                    contact.id,
                    AuditAction.UPDATE,
                    changes,
                    account_id=account.id,
                    summary=contact.full_name,
                )
        s.flush()
        return SaveResult(contact.id, contact.version)


def set_contact_active(db: Database, actor: Actor, contact_id: int, active: bool) -> SaveResult:
    with unit_of_work(db, actor) as uow:
        contact = uow.session.get(Contact, contact_id)
        if contact is None:
            raise NotFound("contact.not_found", id=contact_id)
        load_for_edit(uow, contact.account_id, None)
        if contact.active != active:
            changes = apply_changes(contact, {"active": active})
            uow.audit(
                ChangeKind.CONTACT,
                contact.id,
                AuditAction.REACTIVATE if active else AuditAction.DEACTIVATE,
                changes,
                account_id=contact.account_id,
                summary=contact.full_name,
            )
        uow.session.flush()
        return SaveResult(contact.id, contact.version)


def get_contact(db: Database, actor: Actor, contact_id: int) -> ContactView:
    """One contact as its account's page shows it (refused like the account: not found,
    or not visible to the person)."""
    from agencia.services.accounts.queries import get_account

    with unit_of_work(db, actor, write=False) as uow:
        account_id = uow.session.scalar(select(Contact.account_id).where(Contact.id == contact_id))
    if account_id is None:
        raise NotFound("contact.not_found", id=contact_id)
    found = next(c for c in get_account(db, actor, account_id).contacts if c.id == contact_id)
    return found

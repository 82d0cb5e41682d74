"""Creating, editing and deactivating accounts, their contacts, brands and products.

Each function is one unit of work: permission check, validation, change, audit entry.
The audit entry lists every changed field as [old, new], which is what the account's
history shows and what "undo the last edit" puts back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import (
    LEAD_ROLES,
    AccountStatus,
    AssignmentRole,
    AuditAction,
    Channel,
    ContactRole,
)
from agencia.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from agencia.domain.models import (
    Account,
    AccountAssignment,
    AccountGroup,
    Brand,
    Contact,
    Product,
    Staff,
)
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.domain.text import search_text, sort_key
from agencia.services.accounts import access
from agencia.services.accounts.views import AccountDetail
from agencia.services.agency.profile import check_image
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class AccountInput:
    trade_name: str
    legal_name: str = ""
    tax_id: str = ""
    parent_id: int | None = None
    sector: str = ""
    status: AccountStatus = AccountStatus.ACTIVE
    group_id: int | None = None
    lead_executive_id: int | None = None
    locale: str = ""
    currency: str = ""
    may_be_shown: bool = False
    website: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    city: str = ""
    country: str = "ES"
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ContactInput:
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


def validate_account(data: AccountInput) -> v.FieldErrors:
    errors: v.FieldErrors = {}
    v.required(errors, "trade_name", data.trade_name, 200)
    v.too_long(errors, "legal_name", data.legal_name, 200)
    v.tax_id(errors, "tax_id", data.tax_id)
    v.email(errors, "email", data.email)
    v.phone(errors, "phone", data.phone)
    v.currency(errors, "currency", data.currency)
    v.locale_name(errors, "locale", data.locale)
    v.too_long(errors, "sector", data.sector, 80)
    v.too_long(errors, "city", data.city, 120)
    v.too_long(errors, "website", data.website, 200)
    v.too_long(errors, "address", data.address, 300)
    if data.country and len(data.country) != 2:
        errors["country"] = ("field.choice", {"value": data.country})
    return errors


def validate_contact(data: ContactInput) -> v.FieldErrors:
    errors: v.FieldErrors = {}
    v.required(errors, "full_name", data.full_name, 160)
    v.too_long(errors, "position", data.position, 160)
    v.email(errors, "email", data.email)
    v.phone(errors, "phone", data.phone)
    v.phone(errors, "mobile", data.mobile)
    return errors


def _clean(data: AccountInput) -> dict[str, Any]:
    values = asdict(data)
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    values["tax_id"] = v.normalise_tax_id(values["tax_id"])
    values["currency"] = values["currency"].upper()
    values["country"] = values["country"].upper()
    return values


def _jsonable(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def _apply(record: Any, values: dict[str, Any]) -> dict[str, list[Any]]:
    """Set the fields that differ and return them as {field: [old, new]}."""
    changes: dict[str, list[Any]] = {}
    for key, new in values.items():
        old = getattr(record, key)
        if old != new:
            changes[key] = [_jsonable(old), _jsonable(new)]
            setattr(record, key, new)
    return changes


def _same_tax_id(
    uow: UnitOfWork, tax_id: str, exclude: int | None, *, visible: bool = True
) -> list[tuple[int, str]]:
    """Other accounts with this tax ID; `visible` limits them to those the person may see
    (a name from another group is not theirs to read)."""
    if not tax_id:
        return []
    stmt = select(Account.id, Account.trade_name).where(Account.tax_id == tax_id)
    if exclude is not None:
        stmt = stmt.where(Account.id != exclude)
    if visible:
        stmt = stmt.where(access.visible_clause(uow.actor))
    return [(r[0], r[1]) for r in uow.session.execute(stmt.limit(5))]


def _tax_id_warnings(uow: UnitOfWork, account: Account) -> tuple[tuple[str, dict[str, Any]], ...]:
    """Named warnings for duplicates the person can see, one unnamed for the rest."""
    seen = _same_tax_id(uow, account.tax_id, account.id)
    warnings = [("account.tax_id_duplicate", {"name": n, "id": i}) for i, n in seen]
    everyone = _same_tax_id(uow, account.tax_id, account.id, visible=False)
    if len(everyone) > len(seen):
        warnings.append(("account.tax_id_duplicate_hidden", {}))
    return tuple(warnings)


def tax_id_duplicates(
    db: Database, actor: Actor, tax_id: str, exclude: int | None = None
) -> list[tuple[int, str]]:
    """Accounts already holding this tax ID: a warning beside the field, not a refusal."""
    with unit_of_work(db, actor, write=False) as uow:
        return _same_tax_id(uow, v.normalise_tax_id(tax_id), exclude)


def _search_text(uow: UnitOfWork, account: Account) -> str:
    brands: list[str] = []
    if account.id is not None:
        brands = list(uow.session.scalars(select(Brand.name).where(Brand.account_id == account.id)))
    return search_text(
        account.trade_name, account.legal_name, account.tax_id, account.city, *brands
    )


def _refresh_search(uow: UnitOfWork, account: Account) -> None:
    account.search_text = _search_text(uow, account)
    account.name_key = sort_key(account.trade_name)


def _refresh_brand_search(uow: UnitOfWork, account: Account) -> None:
    """A brand's name feeds the account's search text, but a brand is not an edit of the
    account: written in Core, so the account's version stays and an open form still saves."""
    uow.session.execute(
        update(Account)
        .where(Account.id == account.id)
        .values(search_text=_search_text(uow, account))
        .execution_options(synchronize_session=False)
    )


def _check_references(
    uow: UnitOfWork, values: dict[str, Any], account: Account | None = None
) -> None:
    """Parent, group and lead exist; a new parent is one the person may see, and not the
    account itself or one of its own subsidiaries (A → B → A)."""
    errors: v.FieldErrors = {}
    s = uow.session
    parent_id = values.get("parent_id")
    account_id = account.id if account is not None else None
    if parent_id is not None and (account is None or parent_id != account.parent_id):
        if parent_id == account_id:
            errors["parent_id"] = ("field.parent_self", {})
        elif not _visible_account(uow, parent_id):  # another group's company is not theirs
            errors["parent_id"] = ("account.not_found", {"id": parent_id})
        elif account_id is not None and _is_ancestor(uow, account_id, parent_id):
            errors["parent_id"] = ("field.parent_cycle", {})
    if values.get("group_id") is not None and s.get(AccountGroup, values["group_id"]) is None:
        errors["group_id"] = ("group.not_found", {"id": values["group_id"]})
    lead_id = values.get("lead_executive_id")
    if lead_id is not None and s.get(Staff, lead_id) is None:
        errors["lead_executive_id"] = ("staff.not_found", {"id": lead_id})
    if errors:
        raise ValidationError(errors)


def _visible_account(uow: UnitOfWork, account_id: int) -> bool:
    stmt = select(Account.id).where(
        Account.id == account_id, access.visible_clause(uow.actor, few=True)
    )
    return uow.session.scalar(stmt) is not None


def _is_ancestor(uow: UnitOfWork, account_id: int, start: int) -> bool:
    """Whether `account_id` is `start` or above it in its chain of parent companies."""
    seen: set[int] = set()
    current: int | None = start
    while current is not None and current not in seen:
        if current == account_id:
            return True
        seen.add(current)
        current = uow.session.scalar(select(Account.parent_id).where(Account.id == current))
    return False


def check_lead(uow: UnitOfWork, group_id: int | None, staff_id: int, field: str) -> Staff:
    """The person may lead an account of `group_id`: an active executive of that group."""
    person = uow.session.get(Staff, staff_id)
    if person is None:
        raise ValidationError({field: ("staff.not_found", {"id": staff_id})})
    if person.role not in LEAD_ROLES or not person.active:
        raise ValidationError({field: ("reassign.wrong_role", {"name": person.full_name})})
    if group_id is not None and person.group_id != group_id:
        director = uow.session.scalar(
            select(AccountGroup.director_id).where(AccountGroup.id == group_id)
        )
        if director != person.id:
            raise ValidationError({field: ("reassign.other_group", {"name": person.full_name})})
    return person


def _require_reassign(uow: UnitOfWork, account: Account | None) -> None:
    """Choosing someone else to lead an account is a reassignment: a director's decision."""
    if account is not None:
        access.require(uow, Action.REASSIGN_ACCOUNTS, account)
    elif scope_for(uow.actor.role, Action.REASSIGN_ACCOUNTS) is Scope.NONE:
        raise PermissionDenied(
            "permission.denied_global", role=uow.actor.role, action=Action.REASSIGN_ACCOUNTS
        )


def sync_lead_assignment(uow: UnitOfWork, account: Account) -> None:
    """The lead executive is always on the account's team as its lead."""
    if account.lead_executive_id is None:
        return
    s = uow.session
    for a in s.scalars(
        select(AccountAssignment).where(
            AccountAssignment.account_id == account.id,
            AccountAssignment.role == AssignmentRole.LEAD_EXECUTIVE,
            AccountAssignment.staff_id != account.lead_executive_id,
        )
    ):
        a.role = AssignmentRole.EXECUTIVE
    current = s.scalar(
        select(AccountAssignment).where(
            AccountAssignment.account_id == account.id,
            AccountAssignment.staff_id == account.lead_executive_id,
        )
    )
    if current is None:
        s.add(
            AccountAssignment(
                account_id=account.id,
                staff_id=account.lead_executive_id,
                role=AssignmentRole.LEAD_EXECUTIVE,
            )
        )
    else:
        current.role = AssignmentRole.LEAD_EXECUTIVE


def create_account(db: Database, actor: Actor, data: AccountInput) -> SaveResult:
    errors = validate_account(data)
    if errors:
        raise ValidationError(errors)
    if scope_for(actor.role, Action.EDIT_ACCOUNT) is Scope.NONE:
        raise PermissionDenied(
            "permission.denied_global", role=actor.role, action=Action.EDIT_ACCOUNT
        )
    values = _clean(data)
    if not actor.is_admin:  # a new account joins the creator's own group
        values["group_id"] = actor.group_id
        if values["lead_executive_id"] is None:
            values["lead_executive_id"] = actor.staff_id
    with unit_of_work(db, actor) as uow:
        _check_references(uow, values)
        lead_id = values["lead_executive_id"]
        if lead_id is not None:
            if not actor.is_admin and lead_id != actor.staff_id:
                _require_reassign(uow, None)
            check_lead(uow, values["group_id"], lead_id, "lead_executive_id")
        account = Account(**values)
        _refresh_search(uow, account)
        uow.session.add(account)
        uow.session.flush()
        sync_lead_assignment(uow, account)
        if (
            not actor.is_admin
            and actor.staff_id is not None
            and actor.staff_id != account.lead_executive_id
        ):
            uow.session.add(
                AccountAssignment(
                    account_id=account.id, staff_id=actor.staff_id, role=_part_for(actor)
                )
            )
        uow.audit(
            ChangeKind.ACCOUNT,
            account.id,
            AuditAction.CREATE,
            {k: [None, _jsonable(val)] for k, val in values.items() if val not in ("", None)},
            account_id=account.id,
            summary=account.trade_name,
        )
        uow.session.flush()
        return SaveResult(account.id, account.version, _tax_id_warnings(uow, account))


def _part_for(actor: Actor) -> AssignmentRole:
    from agencia.domain.enums import Role

    return {
        Role.ACCOUNT_DIRECTOR: AssignmentRole.DIRECTOR,
        Role.ACCOUNT_MANAGER: AssignmentRole.SUPERVISOR,
        Role.ACCOUNT_SUPERVISOR: AssignmentRole.SUPERVISOR,
        Role.TRAINEE: AssignmentRole.ASSISTANT,
        Role.ASSISTANT: AssignmentRole.ASSISTANT,
    }.get(actor.role, AssignmentRole.EXECUTIVE)


def _load_for_edit(uow: UnitOfWork, account_id: int, version: int | None) -> Account:
    account = uow.session.get(Account, account_id)
    if account is None:
        raise NotFound("account.not_found", id=account_id)
    access.require(uow, Action.SEE_ACCOUNTS, account)
    access.require(uow, Action.EDIT_ACCOUNT, account)
    if version is not None and account.version != version:
        raise Conflict("record.stale")
    return account


def update_account(
    db: Database, actor: Actor, account_id: int, data: AccountInput, version: int
) -> SaveResult:
    """Save an edit; `version` is the one the user started from (a newer save wins)."""
    errors = validate_account(data)
    if errors:
        raise ValidationError(errors)
    values = _clean(data)
    with unit_of_work(db, actor) as uow:
        account = _load_for_edit(uow, account_id, version)
        if not actor.is_admin:  # moving between groups is a director's reassignment
            values["group_id"] = account.group_id
        _check_references(uow, values, account)
        lead_id = values["lead_executive_id"]
        if lead_id != account.lead_executive_id:
            _require_reassign(uow, account)
        moved = values["group_id"] != account.group_id
        if lead_id is not None and (moved or lead_id != account.lead_executive_id):
            check_lead(uow, values["group_id"], lead_id, "lead_executive_id")
        changes = _apply(account, values)
        if changes:
            _refresh_search(uow, account)
            sync_lead_assignment(uow, account)
            uow.audit(
                ChangeKind.ACCOUNT,
                account.id,
                AuditAction.UPDATE,
                changes,
                account_id=account.id,
                summary=account.trade_name,
            )
        uow.session.flush()
        warnings: tuple[tuple[str, dict[str, Any]], ...] = ()
        if "tax_id" in changes:
            warnings = _tax_id_warnings(uow, account)
        return SaveResult(account.id, account.version, warnings)


def set_account_active(
    db: Database, actor: Actor, account_id: int, active: bool, version: int
) -> SaveResult:
    """Deactivate (kept, with its history, out of the active lists) or reactivate;
    `version` is the one the person saw (a newer change wins)."""
    with unit_of_work(db, actor) as uow:
        account = _load_for_edit(uow, account_id, version)
        new = AccountStatus.ACTIVE if active else AccountStatus.INACTIVE
        if account.status != new:
            changes = _apply(account, {"status": new})
            uow.audit(
                ChangeKind.ACCOUNT,
                account.id,
                AuditAction.REACTIVATE if active else AuditAction.DEACTIVATE,
                changes,
                account_id=account.id,
                summary=account.trade_name,
            )
        uow.session.flush()
        return SaveResult(account.id, account.version)


def _logo_note(logo: bytes | None) -> str | None:
    """What the audit trail keeps of a logo: its size, never its bytes."""
    return None if logo is None else f"{len(logo)} bytes"


def _check_logo(logo: bytes | None) -> None:
    """A logo to store is a PNG or JPEG a deck can print (the agency logo's limits)."""
    if logo is not None:
        check_image(logo, "logo")


def set_account_logo(
    db: Database, actor: Actor, account_id: int, logo: bytes | None, version: int
) -> SaveResult:
    """Set (bytes) or remove (None) the client's logo, which its decks print; `version` is
    the account's as the person saw it (a newer change wins)."""
    _check_logo(logo)
    with unit_of_work(db, actor) as uow:
        account = _load_for_edit(uow, account_id, version)
        if account.logo != logo:
            changes = {"logo": [_logo_note(account.logo), _logo_note(logo)]}
            account.logo = logo
            uow.audit(
                ChangeKind.ACCOUNT,
                account.id,
                AuditAction.UPDATE,
                changes,
                account_id=account.id,
                summary=account.trade_name,
            )
        uow.session.flush()
        return SaveResult(account.id, account.version)


def set_brand_logo(
    db: Database, actor: Actor, brand_id: int, logo: bytes | None, version: int
) -> SaveResult:
    """Set (bytes) or remove (None) a brand's logo; whoever may edit its account may, over
    the brand's `version` as the person saw it."""
    _check_logo(logo)
    with unit_of_work(db, actor) as uow:
        brand = uow.session.get(Brand, brand_id)
        if brand is None:
            raise NotFound("brand.not_found", id=brand_id)
        _load_for_edit(uow, brand.account_id, None)
        if brand.version != version:
            raise Conflict("record.stale")
        if brand.logo != logo:
            changes = {"logo": [_logo_note(brand.logo), _logo_note(logo)]}
            brand.logo = logo
            uow.audit(
                ChangeKind.BRAND,
                brand.id,
                AuditAction.UPDATE,
                changes,
                account_id=brand.account_id,
                summary=brand.name,
            )
        uow.session.flush()
        return SaveResult(brand.id, brand.version)


def _contact_values(uow: UnitOfWork, account_id: int, data: ContactInput) -> dict[str, Any]:
    errors = validate_contact(data)
    if errors:
        raise ValidationError(errors)
    values = {
        k: (val.strip() if isinstance(val, str) else val)
        for k, val in asdict(data).items()
        if k != "brand_ids"
    }
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
    """Create (no `contact_id`) or edit one of the client's contacts."""
    with unit_of_work(db, actor) as uow:
        account = _load_for_edit(uow, account_id, None)
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
                    k: [None, _jsonable(val)]
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
            if version is not None and contact.version != version:
                raise Conflict("record.stale")
            changes: dict[str, Any] = _apply(contact, values)
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
        _load_for_edit(uow, contact.account_id, None)
        if contact.active != active:
            changes = _apply(contact, {"active": active})
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


def save_brand(
    db: Database,
    actor: Actor,
    account_id: int,
    name: str,
    description: str = "",
    brand_id: int | None = None,
) -> SaveResult:
    _require_name(name)
    with unit_of_work(db, actor) as uow:
        account = _load_for_edit(uow, account_id, None)
        if brand_id is None:
            brand = Brand(account_id=account.id, name=name.strip(), description=description)
            uow.session.add(brand)
            uow.session.flush()
            uow.audit(
                ChangeKind.BRAND,
                brand.id,
                AuditAction.CREATE,
                {"name": [None, brand.name]},
                account_id=account.id,
                summary=brand.name,
            )
        else:
            found = uow.session.get(Brand, brand_id)
            if found is None or found.account_id != account.id:
                raise NotFound("brand.not_found", id=brand_id)
            brand = found
            changes = _apply(brand, {"name": name.strip(), "description": description})
            if changes:
                uow.audit(
                    ChangeKind.BRAND,
                    brand.id,
                    AuditAction.UPDATE,
                    changes,
                    account_id=account.id,
                    summary=brand.name,
                )
        uow.session.flush()
        _refresh_brand_search(uow, account)
        return SaveResult(brand.id, brand.version)


def _require_name(name: str) -> None:
    """A brand or product needs a name of at most 160 characters."""
    errors: v.FieldErrors = {}
    v.required(errors, "name", name, 160)
    if errors:
        raise ValidationError(errors)


def add_product(
    db: Database, actor: Actor, brand_id: int, name: str, description: str = ""
) -> SaveResult:
    _require_name(name)
    with unit_of_work(db, actor) as uow:
        brand = uow.session.get(Brand, brand_id)
        if brand is None:
            raise NotFound("brand.not_found", id=brand_id)
        _load_for_edit(uow, brand.account_id, None)
        product = Product(brand_id=brand.id, name=name.strip(), description=description)
        uow.session.add(product)
        uow.session.flush()
        uow.audit(
            ChangeKind.PRODUCT,
            product.id,
            AuditAction.CREATE,
            {"name": [None, product.name]},
            account_id=brand.account_id,
            summary=f"{brand.name} · {product.name}",
        )
        return SaveResult(product.id, product.version)


def update_product(
    db: Database, actor: Actor, product_id: int, name: str, description: str = ""
) -> SaveResult:
    """Rename a product or change its description."""
    _require_name(name)
    with unit_of_work(db, actor) as uow:
        product = uow.session.get(Product, product_id)
        if product is None:
            raise NotFound("product.not_found", id=product_id)
        brand = uow.session.get(Brand, product.brand_id)
        if brand is None:
            raise NotFound("brand.not_found", id=product.brand_id)
        _load_for_edit(uow, brand.account_id, None)
        changes = _apply(product, {"name": name.strip(), "description": description})
        if changes:
            uow.audit(
                ChangeKind.PRODUCT,
                product.id,
                AuditAction.UPDATE,
                changes,
                account_id=brand.account_id,
                summary=f"{brand.name} · {product.name}",
            )
        uow.session.flush()
        return SaveResult(product.id, product.version)


def input_from_detail(detail: AccountDetail) -> AccountInput:
    """The form values of a loaded account: what an edit starts from and what undo puts back."""
    return AccountInput(
        trade_name=detail.trade_name,
        legal_name=detail.legal_name,
        tax_id=detail.tax_id,
        parent_id=detail.parent_id,
        sector=detail.sector,
        status=detail.status,
        group_id=detail.group_id,
        lead_executive_id=detail.lead_executive_id,
        locale=detail.locale,
        currency=detail.currency,
        may_be_shown=detail.may_be_shown,
        website=detail.website,
        phone=detail.phone,
        email=detail.email,
        address=detail.address,
        city=detail.city,
        country=detail.country,
        notes=detail.notes,
    )

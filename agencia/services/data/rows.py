"""One row of each kind, written through its area's own service.

A row's cells become the service's input (`AccountInput`, `ContactInput`, `StaffInput`),
checked by the service's own validator; what the row names (a group, an executive, an
account) is looked up in the import's transaction. Every problem is reported by field
(the runner turns fields back into the file's columns); a duplicate of an existing record
is reported, skipped, or — for an account — updated, as the person chose.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from agencia.db.database import Database
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.enums import Department, Role, TitleGender
from agencia.domain.errors import DatabaseFailed, DomainError, PermissionDenied, ValidationError
from agencia.domain.models import Account
from agencia.domain.permissions import Action, allowed
from agencia.services.accounts.access import reach
from agencia.services.accounts.account_edit import (
    AccountInput,
    create_account,
    input_from_detail,
    update_account,
    validate_account,
)
from agencia.services.accounts.brands import add_product, save_brand
from agencia.services.accounts.contacts import ContactInput, save_contact, validate_contact
from agencia.services.accounts.leads import check_lead
from agencia.services.accounts.queries import get_account
from agencia.services.data import values
from agencia.services.data.fields import ImportKind
from agencia.services.data.lookups import Ambiguous, Index
from agencia.services.people.staff_edit import StaffInput, add_staff, validate_staff

if TYPE_CHECKING:
    from agencia.db.uow import UnitOfWork

# A service's field that a column feeds under another name.
SERVICE_FIELD = {
    "group_id": "group",
    "lead_executive_id": "lead",
    "reports_to_id": "reports_to",
    "brand_ids": "brand",
}


class Duplicates(StrEnum):
    """What to do with a row that repeats an existing record."""

    REPORT = "report"  # a problem of the row
    SKIP = "skip"
    UPDATE = "update"  # accounts: the row's filled cells update the account


class RowProblems(Exception):
    """The row cannot be written: field → (message code, parameters)."""

    def __init__(self, problems: v.FieldErrors) -> None:
        super().__init__(", ".join(sorted(problems)))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Written:
    """A record a row created or updated; `before` holds an update's previous input."""

    entity: str
    id: int
    before: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Deferred:
    """A new account proved good, left to the import's batch (`account_batch.py`)."""

    data: AccountInput


class Pending(Protocol):
    """The new accounts waiting for their batch."""

    def holds(self, data: AccountInput) -> bool: ...
    def flush(self) -> None: ...


@dataclass(slots=True)
class Context:
    """What every row is written with: the transaction's database, who, the choices, the
    names already known (`index`), a read session in the transaction, and — for an
    administrator's accounts — the batch new accounts wait in (the rows then write in
    their own `savepoint` only when they write at all)."""

    db: Database
    actor: Actor
    duplicates: Duplicates
    country: str  # the agency's, for an account without one
    index: Index
    reading: UnitOfWork
    batch: Pending | None = None
    savepoint: Callable[[], AbstractContextManager[None]] = nullcontext
    leads: dict[tuple[int | None, int], v.FieldErrors] = field(default_factory=dict)


Cells = Mapping[str, str]
Handler = Callable[[Context, Cells], "list[Written] | Deferred"]


def _reference(
    problems: v.FieldErrors, name: str, cells: Cells, find: Callable[[str], int | None]
) -> int | None:
    """The id a cell names, or a problem for it (unknown, or more than one answers)."""
    text = cells.get(name, "").strip()
    if not text:
        return None
    try:
        found = find(text)
    except Ambiguous:
        problems[name] = ("data.ambiguous", {"value": text})
        return None
    if found is None:
        problems[name] = (f"data.unknown_{name}", {"value": text})
    return found


def _choice(problems: v.FieldErrors, name: str, text: str, enum: type[StrEnum]) -> Any:
    found = values.member(enum, text)
    if found is None and text.strip():
        problems[name] = ("field.choice", {"value": text.strip()})
    return found


def service_problems(errors: v.FieldErrors) -> v.FieldErrors:
    return {SERVICE_FIELD.get(k, k): e for k, e in errors.items()}


def _check(problems: v.FieldErrors, service_errors: v.FieldErrors) -> None:
    merged = {**service_problems(service_errors), **problems}
    if merged:
        raise RowProblems(merged)


def _duplicate(ctx: Context, field: str, existing: int, entity: str) -> list[Written]:
    """A row repeating `existing`: reported as its problem, or skipped."""
    if ctx.duplicates is Duplicates.REPORT:
        raise RowProblems({field: (f"data.duplicate_{entity}", {"id": existing})})
    return []


def _sees_account(ctx: Context, account_id: int) -> bool:
    """Whether the importing person may see the account a row repeats: one they may not
    see (or the server hides) is said to exist in the agency, never named by its ID."""
    account = ctx.reading.session.get(Account, account_id)
    return account is not None and allowed(
        ctx.actor.role, Action.SEE_ACCOUNTS, reach(ctx.reading, account)
    )


def written_by(call: Callable[[], Any], entity: str) -> Written:
    """Run a service call; its refusal becomes the row's problems (permission, and a
    database that failed — a full disk —, are the whole import's: it stops)."""
    try:
        result = call()
    except (PermissionDenied, DatabaseFailed):
        raise
    except ValidationError as exc:
        raise RowProblems(service_problems(exc.field_errors)) from None
    except DomainError as exc:
        raise RowProblems({"": (exc.code, dict(exc.params))}) from None
    return Written(entity, result.id)


def account_row(ctx: Context, cells: Cells) -> list[Written] | Deferred:
    problems: v.FieldErrors = {}
    given: dict[str, Any] = {
        k: cells[k].strip()
        for k in ("trade_name", "legal_name", "tax_id", "sector", "phone", "email", "website",
                  "address", "city", "currency", "notes")
        if cells.get(k, "").strip()
    }  # fmt: skip
    if "currency" in given:
        given["currency"] = given["currency"].upper()
    if cells.get("country", "").strip():
        code = values.country(cells["country"])
        if code is None:
            problems["country"] = ("data.unknown_country", {"value": cells["country"].strip()})
        else:
            given["country"] = code
    if (group_id := _reference(problems, "group", cells, ctx.index.group)) is not None:
        given["group_id"] = group_id
    if (lead_id := _reference(problems, "lead", cells, ctx.index.staff)) is not None:
        given["lead_executive_id"] = lead_id
    data = AccountInput(**{"trade_name": "", "country": ctx.country, **given})
    _check(problems, validate_account(data))
    if ctx.batch is not None and ctx.batch.holds(data):
        ctx.batch.flush()  # the row may repeat an account the file has just created
    existing = ctx.index.duplicate_account(data.tax_id, data.trade_name)
    if existing is not None:
        field_name = "tax_id" if data.tax_id else "trade_name"
        if not _sees_account(ctx, existing):  # another group's client: no ID, no update
            raise RowProblems({field_name: ("data.duplicate_account_elsewhere", {})})
        if ctx.duplicates is not Duplicates.UPDATE:
            return _duplicate(ctx, field_name, existing, "account")
        detail = get_account(ctx.db, ctx.actor, existing)
        base = input_from_detail(detail)
        merged = replace(base, **given)
        if merged == base:
            return []
        with ctx.savepoint():
            done = written_by(
                lambda: update_account(ctx.db, ctx.actor, existing, merged, detail.version),
                "account",
            )
        ctx.index.note_account(done.id, merged.tax_id, merged.trade_name, merged.legal_name)
        return [Written("account", done.id, _jsonable(asdict(base)))]
    if ctx.batch is not None:
        _check(_lead_problems(ctx, data.group_id, data.lead_executive_id), {})
        return Deferred(data)
    with ctx.savepoint():
        done = written_by(lambda: create_account(ctx.db, ctx.actor, data), "account")
    ctx.index.note_account(done.id, data.tax_id, data.trade_name, data.legal_name)
    return [done]


def _lead_problems(ctx: Context, group_id: int | None, lead_id: int | None) -> v.FieldErrors:
    """`create_account`'s check of the lead (an active executive of the account's group),
    asked once for each group and person a file names."""
    if lead_id is None:
        return {}
    if (group_id, lead_id) not in ctx.leads:
        try:
            check_lead(ctx.reading, group_id, lead_id, "lead")
        except ValidationError as exc:
            ctx.leads[group_id, lead_id] = dict(exc.field_errors)
        else:
            ctx.leads[group_id, lead_id] = {}
    return ctx.leads[group_id, lead_id]


def _jsonable(record: dict[str, Any]) -> dict[str, Any]:
    return {k: (x.value if isinstance(x, StrEnum) else x) for k, x in record.items()}


def contact_row(ctx: Context, cells: Cells) -> list[Written]:
    problems: v.FieldErrors = {}
    account_id = _reference(problems, "account", cells, ctx.index.account)
    if account_id is None:
        problems.setdefault("account", ("field.required", {}))
    name = " ".join(p for p in (cells.get("full_name", ""), cells.get("last_name", "")) if p)
    decision = values.yes_no(cells.get("decision_maker", ""))
    if decision is None:
        problems["decision_maker"] = ("field.choice", {"value": cells["decision_maker"]})
    data = ContactInput(
        full_name=name.strip(),
        position=cells.get("position", ""),
        email=cells.get("email", ""),
        phone=cells.get("phone", ""),
        mobile=cells.get("mobile", ""),
        decision_maker=bool(decision),
        notes=cells.get("notes", ""),
        fax=cells.get("fax", ""),
        postal_address=cells.get("postal_address", ""),
        preferred_hours=cells.get("preferred_hours", ""),
    )
    _check(problems, validate_contact(data))
    assert account_id is not None  # a row without one has a problem already
    existing = ctx.index.duplicate_contact(account_id, data.full_name, data.email)
    if existing is not None:
        return _duplicate(ctx, "full_name", existing, "contact")
    done = written_by(lambda: save_contact(ctx.db, ctx.actor, account_id, data), "contact")
    ctx.index.note_contact(account_id, done.id, data.full_name, data.email)
    return [done]


def brand_row(ctx: Context, cells: Cells) -> list[Written]:
    problems: v.FieldErrors = {}
    account_id = _reference(problems, "account", cells, ctx.index.account)
    if account_id is None:
        problems.setdefault("account", ("field.required", {}))
    brand_name, product_name = cells.get("brand", "").strip(), cells.get("product", "").strip()
    v.required(problems, "brand", brand_name, 160)
    v.too_long(problems, "product", product_name, 160)
    _check(problems, {})
    assert account_id is not None
    written: list[Written] = []
    brand_id = ctx.index.brand(account_id, brand_name)
    if brand_id is None:
        description = "" if product_name else cells.get("description", "")
        done = written_by(
            lambda: save_brand(ctx.db, ctx.actor, account_id, brand_name, description), "brand"
        )
        brand_id = done.id
        written.append(done)
    elif not product_name:
        return _duplicate(ctx, "brand", brand_id, "brand")
    if product_name:
        found_brand = brand_id
        if ctx.index.product(found_brand, product_name):
            return written or _duplicate(ctx, "product", found_brand, "product")
        description = cells.get("description", "")
        made = written_by(
            lambda: add_product(ctx.db, ctx.actor, found_brand, product_name, description),
            "product",
        )
        written.append(made)
    for w in written:  # noted once the row is whole (a refused product undoes its brand)
        if w.entity == "brand":
            ctx.index.note_brand(account_id, w.id, brand_name)
        else:
            ctx.index.note_product(brand_id, w.id, product_name)
    return written


def staff_row(ctx: Context, cells: Cells) -> list[Written]:
    problems: v.FieldErrors = {}
    role = _choice(problems, "role", cells.get("role", ""), Role)
    if role is None and "role" not in problems:
        problems["role"] = ("field.required", {})
    department = _choice(problems, "department", cells.get("department", ""), Department)
    gender = values.gender(cells.get("title_gender", ""))
    if gender is None and cells.get("title_gender", "").strip():
        problems["title_gender"] = ("field.choice", {"value": cells["title_gender"].strip()})
    reports_to = _reference(problems, "reports_to", cells, ctx.index.staff)
    group_id = _reference(problems, "group", cells, ctx.index.group)
    data = StaffInput(
        full_name=cells.get("full_name", ""),
        role=role or Role.TRAINEE,
        title=cells.get("title", ""),
        title_gender=TitleGender(gender) if gender else TitleGender.MASCULINE,
        department=department or Department.ACCOUNTS,
        email=cells.get("email", ""),
        phone=cells.get("phone", ""),
        extension=cells.get("extension", ""),
        time_zone=cells.get("time_zone", ""),
        reports_to_id=reports_to,
        group_id=group_id,
    )
    _check(problems, validate_staff(data))
    existing = ctx.index.duplicate_staff(data.full_name, data.email)
    if existing is not None:
        return _duplicate(ctx, "full_name", existing, "staff")
    done = written_by(lambda: add_staff(ctx.db, ctx.actor, data), "staff")
    ctx.index.note_staff(done.id, data.full_name, data.email)
    return [done]


def vendor_row(ctx: Context, cells: Cells) -> list[Written]:
    """A supplier, through the coordination area's own service."""
    from agencia.domain.coordination_enums import VendorCategory
    from agencia.services.coordination.vendors import VendorInput, add_vendor, validate_vendor

    problems: v.FieldErrors = {}
    category = _choice(problems, "category", cells.get("category", ""), VendorCategory)
    data = VendorInput(
        name=cells.get("name", ""),
        category=category or VendorCategory.OTHER,
        tax_id=cells.get("tax_id", ""),
        contact_name=cells.get("contact_name", ""),
        email=cells.get("email", ""),
        phone=cells.get("phone", ""),
        rates=cells.get("rates", ""),
        notes=cells.get("notes", ""),
    )
    _check(problems, validate_vendor(data))
    existing = ctx.index.duplicate_vendor(data.tax_id, data.name)
    if existing is not None:
        return _duplicate(ctx, "tax_id" if data.tax_id.strip() else "name", existing, "vendor")
    done = written_by(lambda: add_vendor(ctx.db, ctx.actor, data), "vendor")
    ctx.index.note_vendor(done.id, data.tax_id, data.name)
    return [done]


HANDLERS: dict[ImportKind, Handler] = {
    ImportKind.ACCOUNTS: account_row,
    ImportKind.CONTACTS: contact_row,
    ImportKind.BRANDS: brand_row,
    ImportKind.STAFF: staff_row,
    ImportKind.VENDORS: vendor_row,
}

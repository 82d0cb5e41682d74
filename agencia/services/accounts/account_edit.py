"""Creating, editing and deactivating accounts.

Each function is one unit of work: permission check, validation, change, audit entry.
The audit entry lists every changed field as [old, new], which is what the account's
history shows and what "undo the last edit" puts back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AccountStatus, AssignmentRole, AuditAction, Spanish
from agencia.domain.errors import PermissionDenied, ValidationError
from agencia.domain.models import Account, AccountAssignment, AccountGroup, Staff
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.accounts import access
from agencia.services.accounts.editing import apply_changes, jsonable, load_for_edit, refresh_search
from agencia.services.accounts.leads import check_lead, require_reassign, sync_lead_assignment
from agencia.services.accounts.tax_ids import tax_id_warnings
from agencia.services.accounts.views import AccountDetail
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class AccountInput:
    """What the account form sends: the same data creates an account or updates one."""

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
    time_zone: str = ""  # an IANA name (America/Mexico_City); "" is the agency's
    spanish: str = ""  # the Spanish its decks speak: "spain", "latam"; "" its country's


SEARCHED_FIELDS = frozenset({"trade_name", "legal_name", "tax_id", "city"})
"""The account's own fields its search text and sort key are made of (editing.refresh_search)."""


def validate_account(data: AccountInput) -> v.FieldErrors:
    errors: v.FieldErrors = {}
    v.required(errors, "trade_name", data.trade_name, 200)
    v.too_long(errors, "legal_name", data.legal_name, 200)
    v.tax_id(errors, "tax_id", data.tax_id, data.country.strip().upper())
    v.email(errors, "email", data.email)
    v.phone(errors, "phone", data.phone)
    v.currency(errors, "currency", data.currency)
    v.locale_name(errors, "locale", data.locale)
    v.too_long(errors, "sector", data.sector, 80)
    v.too_long(errors, "city", data.city, 120)
    v.website(errors, "website", data.website.strip(), 200)
    v.too_long(errors, "address", data.address, 300)
    v.country(errors, "country", data.country)
    v.time_zone(errors, "time_zone", data.time_zone.strip())
    if data.spanish not in ("", *tuple(Spanish)):
        errors["spanish"] = ("field.spanish", {})
    return errors


def country_defaults(country: str) -> tuple[str, str]:
    """The locale and currency a client in `country` is written to in (its decks' money
    and dates): its currency today (Babel's territory data) and, where Spanish is its
    language (Spain, Latin America), that country's Spanish (es_MX); elsewhere no locale
    (the agency's: an account's locale also chooses its decks' language). ("", "") for
    an unknown code. The one rule: the command line fills empty fields with it."""
    from datetime import date

    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages
    from babel.numbers import get_territory_currencies

    code = country.strip().upper()
    if code not in v.iso_countries():
        return "", ""
    currencies = get_territory_currencies(code, date.today(), tender=True)
    locale = ""
    if get_official_languages(code, de_facto=True)[:1] == ("es",):
        try:
            locale = str(Locale.parse(f"es_{code}"))
        except (UnknownLocaleError, ValueError):
            locale = ""
    return locale, currencies[0] if currencies else ""


def with_country_defaults(data: AccountInput) -> AccountInput:
    """`data` with its empty locale and currency taken from its country (`country_defaults`)
    and its empty time zone too (`zones.country_zone`: its SLA clock runs in its office
    hours, not UTC)."""
    from dataclasses import replace

    from agencia.domain.zones import country_zone

    locale, currency = country_defaults(data.country)
    return replace(
        data,
        locale=data.locale.strip() or locale,
        currency=data.currency.strip() or currency,
        time_zone=data.time_zone.strip() or country_zone(data.country),
    )


def _clean(data: AccountInput) -> dict[str, Any]:
    values = asdict(data)
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    values["tax_id"] = v.normalise_tax_id(values["tax_id"])
    values["currency"] = values["currency"].upper()
    values["country"] = values["country"].upper()
    return values


def _check_references(
    uow: UnitOfWork, values: dict[str, Any], account: Account | None = None
) -> None:
    """Parent, group and lead exist; a new parent is one the person may see, and not the
    account itself or one of its own subsidiaries (A → B → A). On an edit only what changed
    is looked up: the account's own references were checked when they were set, and its
    version check guards the row."""
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
    group_id = values.get("group_id")
    unchanged_group = account is not None and group_id == account.group_id
    if group_id is not None and not unchanged_group and s.get(AccountGroup, group_id) is None:
        errors["group_id"] = ("group.not_found", {"id": group_id})
    lead_id = values.get("lead_executive_id")
    unchanged_lead = account is not None and lead_id == account.lead_executive_id
    if lead_id is not None and not unchanged_lead and s.get(Staff, lead_id) is None:
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


def create_account(
    db: Database, actor: Actor, data: AccountInput, *, duplicate_reason: str = ""
) -> SaveResult:
    """A new account. `duplicate_reason`: why it is saved although its tax ID is another
    account's (another branch, a subsidiary), as the person said before saving; the
    trail keeps it beside the accounts it repeats."""
    errors = validate_account(data)
    if errors:
        raise ValidationError(errors)
    if scope_for(actor.role, Action.EDIT_ACCOUNT) is Scope.NONE:
        raise PermissionDenied(
            "permission.denied_global",
            role=actor.role,
            title_gender=actor.title_gender,
            action=Action.EDIT_ACCOUNT,
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
                require_reassign(uow, None)
            check_lead(uow, values["group_id"], lead_id, "lead_executive_id")
        account = Account(**values)
        refresh_search(uow, account)
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
        created = {k: [None, jsonable(val)] for k, val in values.items() if val not in ("", None)}
        warnings = tax_id_warnings(uow, account)
        if duplicate_reason.strip() and warnings:
            created["tax_id_duplicate_reason"] = [None, duplicate_reason.strip()[:300]]
        uow.audit(
            ChangeKind.ACCOUNT,
            account.id,
            AuditAction.CREATE,
            created,
            account_id=account.id,
            summary=account.trade_name,
        )
        uow.session.flush()
        return SaveResult(account.id, account.version, warnings)


def _part_for(actor: Actor) -> AssignmentRole:
    from agencia.domain.enums import Role

    return {
        Role.ACCOUNT_DIRECTOR: AssignmentRole.DIRECTOR,
        Role.ACCOUNT_MANAGER: AssignmentRole.SUPERVISOR,
        Role.ACCOUNT_SUPERVISOR: AssignmentRole.SUPERVISOR,
        Role.TRAINEE: AssignmentRole.ASSISTANT,
        Role.ASSISTANT: AssignmentRole.ASSISTANT,
    }.get(actor.role, AssignmentRole.EXECUTIVE)


def update_account(
    db: Database, actor: Actor, account_id: int, data: AccountInput, version: int
) -> SaveResult:
    """Save an edit; `version` is the one the user started from (a newer save wins)."""
    errors = validate_account(data)
    tax_id_error = errors.pop("tax_id", None)
    country_error = errors.pop("country", None)
    if errors:
        raise ValidationError(
            {
                **errors,
                **({"tax_id": tax_id_error} if tax_id_error else {}),
                **({"country": country_error} if country_error else {}),
            }
        )
    values = _clean(data)
    with unit_of_work(db, actor) as uow:
        account = load_for_edit(uow, account_id, version)
        # an ID (or a country code) stored before its check was applied may stay as it
        # is; a changed one (or a changed country) is checked
        stored: v.FieldErrors = {}
        if country_error and values["country"] != account.country:
            stored["country"] = country_error
        if tax_id_error and (values["tax_id"], values["country"]) != (
            account.tax_id,
            account.country,
        ):
            stored["tax_id"] = tax_id_error
        if stored:
            raise ValidationError(stored)
        if not actor.is_admin:  # moving between groups is a director's reassignment
            values["group_id"] = account.group_id
        _check_references(uow, values, account)
        lead_id = values["lead_executive_id"]
        if lead_id != account.lead_executive_id:
            require_reassign(uow, account)
        moved = values["group_id"] != account.group_id
        if lead_id is not None and (moved or lead_id != account.lead_executive_id):
            check_lead(uow, values["group_id"], lead_id, "lead_executive_id")
        changes = apply_changes(account, values)
        if changes:
            if changes.keys() & SEARCHED_FIELDS:  # else its search text and sort key stand
                refresh_search(uow, account)
            if "lead_executive_id" in changes:  # the same lead is already on the team
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
            warnings = tax_id_warnings(uow, account)
        return SaveResult(account.id, account.version, warnings)


def set_account_active(
    db: Database, actor: Actor, account_id: int, active: bool, version: int
) -> SaveResult:
    """Deactivate (kept, with its history, out of the active lists) or reactivate;
    `version` is the one the person saw (a newer change wins)."""
    with unit_of_work(db, actor) as uow:
        account = load_for_edit(uow, account_id, version)
        new = AccountStatus.ACTIVE if active else AccountStatus.INACTIVE
        if account.status != new:
            changes = apply_changes(account, {"status": new})
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
        time_zone=detail.time_zone,
        spanish=detail.spanish,
    )

"""A client contact's data-protection requests: everything stored about them in one file,
and their erasure.

The export gathers the contact's record, every row of another table that names them
(meetings, requests, surveys, decisions, the communication log) and the audit trail's
entries about them. Erasure keeps the record — decisions and meetings still point at it —
but scrubs what identifies the person: the record becomes «persona suprimida #id» and
every value of theirs (name, e-mail, telephones, position, notes) is replaced wherever
the trail or a related row recorded it. The trail keeps its shape: who did what to which
record, and when. The rows the database itself keeps unchangeable (approvals, status
changes) are left as they are; they hold the contact's id, never their values.
Both are an administrator's, and both are audited.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.exc import DBAPIError

from agencia.db import metadata as _every_table  # noqa: F401  (every table a person is in)
from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import DomainError, NotFound, PermissionDenied
from agencia.domain.models import Account, AuditEvent, Base, Brand, Contact, Staff, contact_brands
from agencia.domain.text import search_text

ERASED = "persona suprimida #{id}"
REMOVED = "[suprimido]"
# The contact's own fields that identify them (the trail's values of these go too).
PERSONAL = ("full_name", "position", "email", "phone", "mobile", "notes")
# Tables the database keeps unchangeable: they hold the contact's id, not their values.
UNCHANGEABLE = frozenset({"approvals", "campaign_status_changes", "documents"})


def _require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise PermissionDenied("data.personal_admin_only")


def _contact(uow: UnitOfWork, contact_id: int) -> Contact:
    contact = uow.session.get(Contact, contact_id)
    if contact is None:
        raise NotFound("contact.not_found", id=contact_id)
    return contact


def _plain(value: Any) -> Any:
    """A stored value as JSON writes it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _row(mapping: Any) -> dict[str, Any]:
    return {k: _plain(x) for k, x in mapping.items()}


def _linking_tables() -> list[tuple[Table, str]]:
    """(table, column) for every column that names a contact by foreign key."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if table.name != "contacts" and any(
                fk.column.table.name == "contacts" for fk in column.foreign_keys
            ):
                found.append((table, column.name))
    return found


def _communications(uow: UnitOfWork, contact: Contact) -> list[dict[str, Any]]:
    """The log's entries with the contact among their people (a JSON list of ids)."""
    table = Base.metadata.tables.get("communications")
    if table is None:
        return []
    stmt = select(table).where(table.c.account_id == contact.account_id)
    rows = uow.session.execute(stmt).mappings()
    return [_row(r) for r in rows if contact.id in (r.get("contact_ids") or [])]


def _trail(uow: UnitOfWork, contact: Contact) -> list[AuditEvent]:
    """The trail's entries about the contact, or that recorded one of their values."""
    values = _values(contact)
    found = []
    stmt = select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=2000)
    for event in uow.session.scalars(stmt):
        own = event.entity == ChangeKind.CONTACT.value and event.entity_id == contact.id
        if own or _mentions(event.summary, values) or _mentions(event.changes, values):
            found.append(event)
    return found


def _values(contact: Contact) -> list[str]:
    """The contact's identifying values as stored, longest first (a name before its part)."""
    given = {contact.full_name, contact.email, contact.phone, contact.mobile}
    return sorted((v for v in given if v and len(v.strip()) >= 3), key=len, reverse=True)


def _mentions(value: Any, values: list[str]) -> bool:
    if isinstance(value, str):
        return any(v in value for v in values)
    if isinstance(value, dict):
        return any(_mentions(x, values) for x in value.values())
    if isinstance(value, list):
        return any(_mentions(x, values) for x in value)
    return False


def export_contact(db: Database, actor: Actor, contact_id: int) -> dict[str, Any]:
    """Everything stored about the contact, as JSON-safe data (audited as an export)."""
    _require_admin(actor)
    with unit_of_work(db, actor) as uow:
        contact = _contact(uow, contact_id)
        s = uow.session
        record = _row({c.key: getattr(contact, c.key) for c in Contact.__mapper__.column_attrs})
        record.pop("search_text", None)
        account = s.get(Account, contact.account_id)
        brands = list(
            s.scalars(
                select(Brand.name)
                .join(contact_brands, contact_brands.c.brand_id == Brand.id)
                .where(contact_brands.c.contact_id == contact.id)
                .order_by(Brand.name)
            )
        )
        related: dict[str, list[dict[str, Any]]] = {}
        for table, column in _linking_tables():
            if table.name == "contact_brands":
                continue
            rows = s.execute(select(table).where(table.c[column] == contact.id)).mappings()
            found = [_row(r) for r in rows]
            if found:
                related.setdefault(table.name, []).extend(found)
        communications = _communications(uow, contact)
        if communications:
            related["communications"] = communications
        names = {i: n for i, n in s.execute(select(Staff.id, Staff.full_name)).tuples()}
        trail = [
            {
                "at": _plain(e.at),
                "who": names.get(e.staff_id or 0, e.login),
                "action": e.action.value,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "summary": e.summary,
                "changes": e.changes,
            }
            for e in _trail(uow, contact)
        ]
        uow.audit(
            ChangeKind.CONTACT,
            contact.id,
            AuditAction.PERSONAL_DATA_EXPORT,
            {},
            account_id=contact.account_id,
            summary=f"#{contact.id}",
        )
        return {
            "contact": record,
            "account": {"id": contact.account_id, "name": account.trade_name if account else ""},
            "brands": list(brands),
            "related": related,
            "trail": trail,
        }


def erase_contact(db: Database, actor: Actor, contact_id: int) -> int:
    """Scrub the contact's personal data everywhere it is stored; returns how many of the
    trail's entries were scrubbed. The erasure itself is audited without their values."""
    _require_admin(actor)
    try:
        return _erase(db, actor, contact_id)
    except DBAPIError as exc:  # a secured server: the trail is INSERT-only for people
        if getattr(exc.orig, "sqlstate", None) == "42501":
            raise DomainError("data.erase_needs_owner", id=contact_id) from None
        raise


def _erase(db: Database, actor: Actor, contact_id: int) -> int:
    with unit_of_work(db, actor) as uow:
        contact = _contact(uow, contact_id)
        values = _values(contact)
        marker = ERASED.format(id=contact.id)
        swaps = [(v, marker if v == contact.full_name else REMOVED) for v in values]
        events = _trail(uow, contact)
        for event in events:
            own = event.entity == ChangeKind.CONTACT.value and event.entity_id == contact.id
            changes = _scrub(event.changes, swaps)
            if own:
                changes = {k: _erase_pair(k, x, marker) for k, x in changes.items()}
            uow.session.execute(
                update(AuditEvent)
                .where(AuditEvent.id == event.id)
                .values(summary=marker if own else _scrub(event.summary, swaps), changes=changes)
                .execution_options(synchronize_session=False)
            )
        _scrub_related(uow, contact, swaps)
        contact.full_name = marker
        for name in PERSONAL[1:]:
            setattr(contact, name, "")
        contact.active = False
        contact.decision_maker = False
        contact.search_text = search_text(marker)
        uow.audit(
            ChangeKind.CONTACT,
            contact.id,
            AuditAction.ERASE,
            {"erased": [False, True]},
            account_id=contact.account_id,
            summary=marker,
        )
        return len(events)


def _erase_pair(field: str, pair: Any, marker: str) -> Any:
    """A personal field's [old, new] in the contact's own entry, without its values."""
    if field not in PERSONAL or not isinstance(pair, list):
        return pair
    gone = marker if field == "full_name" else REMOVED
    return [gone if x not in (None, "") else x for x in pair]


def _scrub(value: Any, swaps: Iterable[tuple[str, str]]) -> Any:
    """`value` with each personal value replaced, inside text, lists and mappings."""
    if isinstance(value, str):
        for old, new in swaps:
            value = value.replace(old, new)
        return value
    if isinstance(value, dict):
        return {k: _scrub(x, swaps) for k, x in value.items()}
    if isinstance(value, list):
        return [_scrub(x, swaps) for x in value]
    return value


def _scrub_related(uow: UnitOfWork, contact: Contact, swaps: list[tuple[str, str]]) -> None:
    """The text and lists of the rows that name the contact (but the unchangeable ones)."""
    s = uow.session
    targets = [
        (t, t.c[c] == contact.id) for t, c in _linking_tables() if t.name not in UNCHANGEABLE
    ]
    table = Base.metadata.tables.get("communications")
    if table is not None:
        ids = [r["id"] for r in _communications(uow, contact)]
        if ids:
            targets.append((table, table.c.id.in_(ids)))
    for target, where in targets:
        keys = [c for c in target.primary_key.columns]
        for row in s.execute(select(target).where(where)).mappings():
            changed = {
                k: _scrub(x, swaps)
                for k, x in row.items()
                if isinstance(x, str | list | dict) and _scrub(x, swaps) != x
            }
            if changed:
                match = [k == row[k.name] for k in keys]
                s.execute(update(target).where(*match).values(**changed))


def readable(export: dict[str, Any], lang: str | None = None) -> str:
    """The export as a person reads it: the contact's fields, then each related table's
    rows and the trail's entries, one `field: value` a line."""
    from agencia.domain.messages import render

    lines = [render("data.personal.title", {"id": export["contact"]["id"]}, lang), ""]

    def block(title: str, rows: list[dict[str, Any]]) -> None:
        lines.append(f"== {title} ==")
        for row in rows:
            lines.extend(f"  {k}: {'' if x is None else x}" for k, x in row.items())
            lines.append("")

    block(render("data.personal.contact", {}, lang), [export["contact"]])
    lines.append(f"  {render('data.personal.account', {}, lang)}: {export['account']['name']}")
    lines.append(f"  {render('data.personal.brands', {}, lang)}: {', '.join(export['brands'])}")
    lines.append("")
    for table, rows in export["related"].items():
        block(table, rows)
    block(render("data.personal.trail", {}, lang), export["trail"])
    return "\n".join(lines).rstrip() + "\n"

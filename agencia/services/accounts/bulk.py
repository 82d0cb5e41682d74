"""Many new accounts at once, in the caller's transaction: what `create_account` writes
for an administrator, for a spreadsheet of them.

`create_account` is one unit of work per account (a dozen statements and an ORM flush):
right for a form, some 2 ms a row for a file of 100,000. `create_accounts` checks every
account as `create_account` does (its validator, its references, the lead's group, and
the database's own net on text — `db/uow.py`) and writes the good ones with three
many-row Core inserts — the accounts, their leads on the team, one audit entry each —
with the same values, search text and trail. The search index follows by itself: on
SQLite the FTS5 table's triggers, on PostgreSQL the trigram index, see every insert.
`tests/services/test_accounts_bulk.py` holds both paths to the same rows and trail.

Only an administrator's accounts are written here (`may_create_in_bulk`): anyone else's
new account joins their own group and team, which stays `create_account`'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any, cast

from sqlalchemy import String, Table, func, insert, select, text

from agencia.db.uow import UnitOfWork
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AssignmentRole, AuditAction
from agencia.domain.errors import PermissionDenied, ValidationError
from agencia.domain.models import (
    Account,
    AccountAssignment,
    AccountGroup,
    AuditEvent,
    Staff,
    utcnow,
)
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.domain.text import search_text, sort_key
from agencia.services.accounts import access
from agencia.services.accounts.account_edit import AccountInput, validate_account
from agencia.services.accounts.editing import jsonable
from agencia.services.accounts.leads import check_lead

_ACCOUNTS = cast(Table, Account.__table__)  # Core inserts: not the ORM's, which go row by row
_TEAM = cast(Table, AccountAssignment.__table__)
_TRAIL = cast(Table, AuditEvent.__table__)
_FIELDS = tuple(f.name for f in fields(AccountInput))
# The columns a value is checked against (their length; None for text without one).
_LENGTHS = {
    c.name: (c.type.length if isinstance(c.type, String) else None)
    for c in Account.__table__.columns
    if c.name in _FIELDS
}


@dataclass(frozen=True, slots=True)
class BulkResult:
    """`ids[i]` is the new id of `inputs[i]`, or None when it was refused (`refused[i]`
    says why, by field, as `ValidationError` would)."""

    ids: list[int | None]
    refused: dict[int, v.FieldErrors]


def may_create_in_bulk(actor: Actor) -> bool:
    """Whether `actor` may create accounts here: an administrator (whose new accounts
    keep the group and lead they are given, with no team of their own to join)."""
    return actor.is_admin and scope_for(actor.role, Action.EDIT_ACCOUNT) is not Scope.NONE


def clean(data: AccountInput) -> dict[str, Any]:
    """`create_account`'s values for `data` (trimmed, tax ID normalised, codes upper-case),
    without `dataclasses.asdict`'s deep copy: a tenth of the time, the same dict."""
    values = {name: getattr(data, name) for name in _FIELDS}
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    values["tax_id"] = v.normalise_tax_id(values["tax_id"])
    values["currency"] = values["currency"].upper()
    values["country"] = values["country"].upper()
    return values


def create_accounts(
    uow: UnitOfWork, inputs: Sequence[AccountInput], *, validated: bool = False
) -> BulkResult:
    """Check every account and insert the good ones in `uow`'s transaction; a refused one
    writes nothing and the others are written all the same (the caller, holding the
    transaction, decides whether to keep them). `validated`: every input has just passed
    `validate_account` (an import validates each row to report it): not asked again; the
    references and the text net are checked all the same."""
    if not may_create_in_bulk(uow.actor):
        raise PermissionDenied(
            "permission.denied_global",
            role=uow.actor.role,
            title_gender=uow.actor.title_gender,
            action=Action.EDIT_ACCOUNT,
        )
    refused: dict[int, v.FieldErrors] = {}
    good: list[tuple[int, dict[str, Any]]] = []
    references = _References(uow, inputs)
    for index, data in enumerate(inputs):
        errors = {} if validated else validate_account(data)
        values = clean(data)
        if not errors:
            errors = references.problems(values) or _text_problems(values)
        if errors:
            refused[index] = errors
        else:
            good.append((index, values))
    ids: list[int | None] = [None] * len(inputs)
    if good:
        new_ids = _insert(uow, [values for _, values in good])
        for (index, _), new_id in zip(good, new_ids, strict=True):
            ids[index] = new_id
    return BulkResult(ids, refused)


class _References:
    """`create_account`'s checks of parent, group and lead, asked once for the lot."""

    def __init__(self, uow: UnitOfWork, inputs: Iterable[AccountInput]) -> None:
        self._uow = uow
        wanted = list(inputs)
        s = uow.session
        groups = {d.group_id for d in wanted if d.group_id is not None}
        leads = {d.lead_executive_id for d in wanted if d.lead_executive_id is not None}
        parents = {d.parent_id for d in wanted if d.parent_id is not None}
        self.groups = set(s.scalars(select(AccountGroup.id).where(AccountGroup.id.in_(groups))))
        self.staff = set(s.scalars(select(Staff.id).where(Staff.id.in_(leads))))
        self.parents = set(
            s.scalars(
                select(Account.id).where(
                    Account.id.in_(parents), access.visible_clause(uow.actor, few=True)
                )
            )
        )
        self._leads: dict[tuple[int | None, int], v.FieldErrors] = {}

    def problems(self, values: dict[str, Any]) -> v.FieldErrors:
        errors: v.FieldErrors = {}
        parent_id, group_id = values["parent_id"], values["group_id"]
        lead_id = values["lead_executive_id"]
        if parent_id is not None and parent_id not in self.parents:
            errors["parent_id"] = ("account.not_found", {"id": parent_id})
        if group_id is not None and group_id not in self.groups:
            errors["group_id"] = ("group.not_found", {"id": group_id})
        if lead_id is not None and lead_id not in self.staff:
            errors["lead_executive_id"] = ("staff.not_found", {"id": lead_id})
        if errors or lead_id is None:
            return errors
        if (group_id, lead_id) not in self._leads:
            try:
                check_lead(self._uow, group_id, lead_id, "lead_executive_id")
            except ValidationError as exc:
                self._leads[group_id, lead_id] = dict(exc.field_errors)
            else:
                self._leads[group_id, lead_id] = {}
        return self._leads[group_id, lead_id]


def _text_problems(values: dict[str, Any]) -> v.FieldErrors:
    """The unit of work's net on text (`db/uow.py` `_check_text`), which Core inserts do
    not pass through: no value longer than its column, no NUL, no control character in a
    column with a length."""
    errors: v.FieldErrors = {}
    for key, value in values.items():
        if not isinstance(value, str) or not value:
            continue
        length = _LENGTHS.get(key)
        if length is not None and len(value) > length:
            errors[key] = ("field.too_long", {"max": length})
        elif "\x00" in value or (length is not None and v.control_characters(value)):
            errors[key] = ("field.control", {})
    return errors


def _insert(uow: UnitOfWork, rows: list[dict[str, Any]]) -> list[int]:
    """The accounts, their leads on the team and their audit entries, in that order."""
    now = utcnow()
    for values in rows:
        values["search_text"] = search_text(
            values["trade_name"], values["legal_name"], values["tax_id"], values["city"]
        )  # `account_search_text` of an account without brands yet
        values["name_key"] = sort_key(values["trade_name"])
        values["created_at"] = values["updated_at"] = now
        values["version"] = 1
    ids = _insert_accounts(uow, rows)
    leads = [
        {"account_id": account_id, "staff_id": values["lead_executive_id"],
         "role": AssignmentRole.LEAD_EXECUTIVE}
        for account_id, values in zip(ids, rows, strict=True)
        if values["lead_executive_id"] is not None
    ]  # fmt: skip
    connection = uow.session.connection()  # Core, not the ORM's bulk insert (a row each)
    if leads:
        connection.execute(insert(_TEAM), leads)
    actor = uow.actor
    trail = [
        {
            "at": now,
            "staff_id": actor.staff_id,
            "login": actor.login,
            "entity": ChangeKind.ACCOUNT.value,
            "entity_id": account_id,
            "account_id": account_id,
            "action": AuditAction.CREATE,
            "summary": values["trade_name"][:300],
            "changes": {
                k: [None, jsonable(x)] for k in _FIELDS if (x := values[k]) not in ("", None)
            },
        }
        for account_id, values in zip(ids, rows, strict=True)
    ]
    connection.execute(insert(_TRAIL), trail)
    for account_id in ids:
        uow.touched(ChangeKind.ACCOUNT, account_id)
    return ids


def _insert_accounts(uow: UnitOfWork, rows: list[dict[str, Any]]) -> list[int]:
    """Many accounts, their ids in their order: the ids are taken first and the rows go
    in with them (a many-row insert cannot say which id went to which row on SQLite, and
    asking PostgreSQL to say so costs a statement the driver parses anew each time).
    PostgreSQL: the sequence's next values. SQLite: the ids it would give (the next
    after the highest); the import holds the writer's lock, and a writer that slipped in
    between makes this insert fail (a busy snapshot), never share an id."""
    connection = uow.session.connection()
    table = _ACCOUNTS
    if connection.dialect.name == "postgresql":
        numbers = connection.execute(
            text("SELECT nextval(pg_get_serial_sequence('accounts', 'id')) "
                 "FROM generate_series(1, :n)"), {"n": len(rows)}
        ).scalars().all()  # fmt: skip
    else:
        highest = connection.scalar(select(func.max(table.c.id))) or 0
        numbers = list(range(highest + 1, highest + 1 + len(rows)))
    ids = [int(n) for n in numbers]
    for values, number in zip(rows, ids, strict=True):
        values["id"] = number
    connection.execute(insert(table), rows)
    return ids

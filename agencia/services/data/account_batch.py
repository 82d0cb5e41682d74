"""New accounts from an administrator's import, written a thousand at a time.

`create_account` is one unit of work per account (its own session, a dozen statements):
fine for a form, some 30 ms a row for a file. An administrator's new accounts — the rows
that would go through `create_account` with nothing but its own rules left to check,
because the row was already validated with the service's validator and its group and
lead looked up — are written here with the service's own pieces (`validate_account`'s
values cleaned as it cleans them, `refresh_search`, the lead on the team, the same audit
entry), in one flush per batch. `tests/services/test_data_account_batch.py` holds the
two paths to the same rows and trail. A batch the database refuses whole (a value no
validator foresaw) is written again row by row through `create_account`, so each refusal
lands on its row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AssignmentRole, AuditAction
from agencia.domain.errors import DomainError, PermissionDenied
from agencia.domain.models import Account, AccountAssignment, AuditEvent
from agencia.domain.permissions import Action, Scope, scope_for
from agencia.services.accounts import account_edit
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.accounts.editing import jsonable, refresh_search
from agencia.services.data.lookups import Index, sort_key
from agencia.services.data.reading import Row
from agencia.services.data.rows import RowProblems, Written, written_by
from agencia.services.data.transaction import Shared

BATCH = 1000


def batches_for(actor: Actor) -> bool:
    """Whether an import by `actor` may write new accounts in batches: an administrator's
    (whose new accounts keep the group and lead the row gives, with no team of their own
    to join — `create_account`'s other cases stay with it)."""
    return actor.is_admin and scope_for(actor.role, Action.EDIT_ACCOUNT) is not Scope.NONE


@dataclass(slots=True)
class AccountBatch:
    """The new accounts waiting to be written; `written` and `refused` what became of them."""

    shared: Shared
    actor: Actor
    index: Index
    pending: list[tuple[Row, AccountInput]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    written: list[tuple[int, Written]] = field(default_factory=list)
    refused: list[tuple[Row, RowProblems]] = field(default_factory=list)

    def add(self, row: Row, data: AccountInput) -> None:
        self.pending.append((row, data))
        self.keys.update(_keys(data))
        if len(self.pending) >= BATCH:
            self.flush()

    def holds(self, data: AccountInput) -> bool:
        """Whether a waiting account has this one's tax ID or name (then write them first:
        the row is a duplicate of one the file created)."""
        return not self.keys.isdisjoint(_keys(data))

    def flush(self) -> None:
        rows, self.pending, self.keys = self.pending, [], set()
        if not rows:
            return
        ids: list[int | None]
        try:
            with self.shared.savepoint():
                ids = list(self._write([data for _, data in rows]))
        except PermissionDenied:
            raise
        except DomainError:
            ids = [self._one(row, data) for row, data in rows]
        for (row, data), account_id in zip(rows, ids, strict=True):
            if account_id is not None:
                self.written.append((row.number, Written("account", account_id)))
                self.index.note_account(account_id, data.tax_id, data.trade_name, data.legal_name)

    def _write(self, inputs: list[AccountInput]) -> list[int]:
        """What `create_account` writes for an administrator, for many accounts at once."""
        with unit_of_work(self.shared.db, self.actor) as uow:
            made = []
            for data in inputs:
                values = account_edit._clean(data)  # the service's own cleaning
                account = Account(**values)
                refresh_search(uow, account)
                made.append((values, account))
            accounts = [account for _, account in made]
            _number(uow, Account, accounts)
            uow.session.add_all(accounts)
            uow.session.flush()
            leads = [
                AccountAssignment(  # what sync_lead_assignment adds to a new account
                    account_id=account.id,
                    staff_id=account.lead_executive_id,
                    role=AssignmentRole.LEAD_EXECUTIVE,
                )
                for account in accounts
                if account.lead_executive_id is not None
            ]
            _number(uow, AccountAssignment, leads)
            uow.session.add_all(leads)
            for values, account in made:
                uow.audit(
                    ChangeKind.ACCOUNT,
                    account.id,
                    AuditAction.CREATE,
                    {k: [None, jsonable(x)] for k, x in values.items() if x not in ("", None)},
                    account_id=account.id,
                    summary=account.trade_name,
                )
            trail = [o for o in uow.session.new if isinstance(o, AuditEvent) and o.id is None]
            _number(uow, AuditEvent, sorted(trail, key=lambda e: e.entity_id or 0))
            uow.session.flush()
            return [account.id for account in accounts]

    def _one(self, row: Row, data: AccountInput) -> int | None:
        """A row of a refused batch through the service, alone: its refusal is its own."""
        try:
            with self.shared.savepoint():
                done = written_by(
                    lambda: create_account(self.shared.db, self.actor, data), "account"
                )
        except RowProblems as problems:
            self.refused.append((row, problems))
            return None
        return done.id


def _keys(data: AccountInput) -> set[str]:
    tax_id = v.normalise_tax_id(data.tax_id)
    return {"name:" + sort_key(data.trade_name)} | ({"tax:" + tax_id} if tax_id else set())


def _number(
    uow: UnitOfWork, model: type[Account | AccountAssignment | AuditEvent], rows: Sequence[Any]
) -> None:
    """SQLite: the ids SQLite would give (the next after the highest), given beforehand,
    so that the rows go in as one statement instead of one each (SQLite cannot say which
    id went to which row of a many-row insert). The import holds the writer's lock; on
    PostgreSQL the server numbers them, many at a time, itself."""
    if not rows or uow.session.get_bind().dialect.name != "sqlite":
        return
    with uow.session.no_autoflush:  # the rows to number are not to be flushed unnumbered
        highest = uow.session.scalar(select(func.max(model.id))) or 0
    for number, row in enumerate(rows, start=highest + 1):
        row.id = number

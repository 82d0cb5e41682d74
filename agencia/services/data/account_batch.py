"""New accounts from an administrator's import, written a thousand at a time.

`create_account` is one unit of work per account: fine for a form, too slow a row for a
file of 100,000. The rows that would go through it with nothing but its own rules left
to check — validated with the service's validator, their group and lead looked up — wait
here and are handed, a thousand at a time, to the accounts area's own bulk create
(`services/accounts/bulk.py`), which checks them as `create_account` does and writes them
with the same values, team and trail. A row it refuses is refused by field, as the
service would; a batch the database refuses whole (a value no check foresaw) is written
again row by row through `create_account`, so each refusal lands on its row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.exc import IntegrityError

from agencia.db.uow import unit_of_work
from agencia.domain import validation as v
from agencia.domain.actor import Actor
from agencia.domain.errors import DatabaseFailed, DomainError, PermissionDenied
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.accounts.bulk import create_accounts, may_create_in_bulk
from agencia.services.data.lookups import Index, sort_key
from agencia.services.data.reading import Row
from agencia.services.data.rows import RowProblems, Written, service_problems, written_by
from agencia.services.data.transaction import Shared

BATCH = 1000


def batches_for(actor: Actor) -> bool:
    """Whether an import by `actor` may write new accounts in batches (the accounts
    area's bulk create is an administrator's; anyone else's go one by one)."""
    return may_create_in_bulk(actor)


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
            with self.shared.savepoint(), unit_of_work(self.shared.db, self.actor) as uow:
                # each row passed `validate_account` in `rows.account_row`
                result = create_accounts(uow, [data for _, data in rows], validated=True)
            ids = result.ids
            for index, errors in sorted(result.refused.items()):
                self.refused.append((rows[index][0], RowProblems(service_problems(errors))))
        except (PermissionDenied, DatabaseFailed):
            raise  # the whole import's: a refused role, a full disk
        except (DomainError, IntegrityError):
            ids = [self._one(row, data) for row, data in rows]
        for (row, data), account_id in zip(rows, ids, strict=True):
            if account_id is not None:
                self.written.append((row.number, Written("account", account_id)))
                self.index.note_account(account_id, data.tax_id, data.trade_name, data.legal_name)

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

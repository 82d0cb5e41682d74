"""The accounts list's first page, read on its own ahead of the list's IDs.

At start-up the window shows the accounts list first. Its IDs (the count, the scroll
bar's range, where each row is) are every account the person sees, in name order: 33,334
for a director of the large demo, read in parts off their indexes and merged (some
60 ms, then the first page's rows). The first page needs none of that: the accounts
walked in the list's own order off `ix_accounts_name_key` (which ends with the ID, the
order's tie-break: no sort), each probed against the list's one rule
(`access.visible_clause` and «Mis cuentas», in their per-row form, as for words typed),
stopped after a page (LIMIT). The window shows it while the IDs are still on their way
(`AheadListModel`), and the IDs take it in as their first page.

Only for the list in name order (the default, and the index's) narrowed by nothing but
«Mis cuentas»: a filter or words typed could make SQLite walk most of the index before a
page is found, and the IDs' own read is then as quick.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.models import Account
from agencia.services.accounts.account_query import AccountQuery
from agencia.services.accounts.queries import _filtered, _to_row
from agencia.services.accounts.rows import AccountRow

# How far down the name index a first page is looked for: ten pages' worth. Enough for a
# director (a third of the accounts), an executive (one in eight); a trainee on five
# accounts would have the walk go through all 100,000 (half a second on the loaded
# machine, against 3 ms for her five IDs): past it, no page ahead (~20 ms spent).
REACH = 2_000


def reads_ahead(query: AccountQuery) -> bool:
    """Whether `query`'s first page is quicker read alone than with its IDs: the list in
    name order (the index's), nothing narrowing it but «Mis cuentas»."""
    return query.sort == "name" and not query.filtered() and not query.text.strip()


def first_page_select(
    uow: UnitOfWork, query: AccountQuery, limit: int, bound: str | None = None
) -> Select[Any]:
    """The statement of `first_account_rows`: the list's rows in its order, walked off the
    name index no further than the name `bound` (None: to the end), `limit` of them."""
    dialect = uow.session.get_bind().dialect.name
    stmt = _filtered(uow, query, dialect, rows=True, per_row=True)
    assert isinstance(stmt, Select)  # whole rows: one select, never the merged parts
    if bound is not None:
        stmt = stmt.where(
            Account.name_key >= bound if query.descending else Account.name_key <= bound
        )
    return stmt.limit(limit)


def reach_bound(uow: UnitOfWork, query: AccountQuery, reach: int = REACH) -> str | None:
    """The name `reach` accounts down the list's order (all of them, visible or not: read
    off the index alone), or None when there are fewer."""
    key = Account.name_key.desc() if query.descending else Account.name_key
    stmt = select(Account.name_key).order_by(key).limit(1).offset(reach)
    found: str | None = uow.session.connection().execute(stmt).scalar()
    return found


def first_account_rows(
    db: Database, actor: Actor, query: AccountQuery, limit: int, reach: int = REACH
) -> list[AccountRow] | None:
    """The first `limit` rows of the list `query` describes, in its order: the rows its
    IDs would start with (the same filters and order as `search_account_ids`) — or None
    when they are not within the first `reach` accounts by name (few visible: the IDs are
    quick, and bring the page)."""
    with unit_of_work(db, actor, write=False) as uow:
        bound = reach_bound(uow, query, reach)
        stmt = first_page_select(uow, query, limit, bound)
        # Core, not ORM, execution: the rows as the driver gives them (as `account_rows`)
        rows = [_to_row(r) for r in uow.session.connection().execute(stmt)]
    # up to the bound, every row is the list's: a page, or the whole list, is its start
    return rows if len(rows) == limit or bound is None else None

"""Finding and reading accounts: IDs from SQL for big lists, rows by the page, one detail."""

from __future__ import annotations

import csv
import functools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    and_,
    bindparam,
    false,
    func,
    select,
    union_all,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import aliased

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.enums import LEAD_ROLES, Role
from agencia.domain.errors import DomainError
from agencia.domain.models import (
    Account,
    AccountAssignment,
    AccountGroup,
    Staff,
)
from agencia.domain.text import search_words
from agencia.services.accounts import access
from agencia.services.accounts.account_query import AccountQuery as AccountQuery
from agencia.services.accounts.account_query import filter_conditions
from agencia.services.accounts.rows import AccountRow
from agencia.services.files import spreadsheet_cell
from agencia.services.results import Option

if TYPE_CHECKING:
    from agencia.services.accounts.views import AccountDetail

SORTS = ("name", "legal_name", "tax_id", "status", "sector", "group", "lead_executive", "city")


def get_account(db: Database, actor: Actor, account_id: int) -> AccountDetail:
    """The account page (`account_page.get_account`): its statements and read models are
    imported when a page is first read, not with the list shown at start-up."""
    from agencia.services.accounts.account_page import get_account as read_page

    return read_page(db, actor, account_id)


def search_clause(dialect: str, typed: str, model: Any = Account) -> ColumnElement[bool] | None:
    """Every word typed, quoted and prefix-matched; accents and case ignored.

    Never raw text into FTS5 MATCH: the words come out of `search_words()` (the one rule
    every search site asks) as letters and digits only, so `Coca-Cola`, `L'Oréal` and
    `AT&T` are safe on both databases. Nothing typed: None (no condition); typed but
    nothing searchable (`%`): a condition nothing meets.
    """
    tokens = search_words(typed)
    if tokens is None:
        return false()
    if not tokens:
        return None
    if dialect == "sqlite":
        table = f"{model.__tablename__}_fts"
        match = " ".join(f'"{t}"*' for t in tokens)
        ids = (
            sql_text(f"SELECT rowid FROM {table} WHERE {table} MATCH :match")
            .bindparams(match=match)
            .columns(rowid=Integer)
        )
        return model.id.in_(ids)  # type: ignore[no-any-return]
    return and_(*(model.search_text.like(f"% {t}%") for t in tokens))


def _filtered(
    uow: UnitOfWork,
    query: AccountQuery,
    dialect: str,
    *,
    rows: bool = False,
    per_row: bool = False,
) -> Select[Any] | CompoundSelect[Any]:
    """The matching accounts in display order: their IDs, or (`rows`) whole list rows.

    Which accounts the person sees is asked the way the query is driven: with words typed,
    the search index names a few rows and each is probed (`few`: a correlated EXISTS, not
    the list of a director's 33,000 assignments: 20x faster for `garcia`); without, the
    visible set is read in parts from their indexes (`access.visible_parts`) and merged.
    `per_row` (whole rows, a LIMIT to come: `first_page.py`) probes each row as words
    typed do: the rows are walked in the list's order and only a page of them is read.
    """
    actor = uow.actor
    lead = aliased(Staff)
    found = search_clause(dialect, query.text)
    few = found is not None or (rows and per_row)
    conditions: list[ColumnElement[bool]] = []
    if found is not None:
        conditions.append(found)
    conditions.extend(filter_conditions(query))
    if query.mine:
        conditions.append(_mine(actor, dialect, few=few))
    order = {
        "name": Account.name_key,
        "legal_name": func.lower(Account.legal_name),
        "tax_id": Account.tax_id,
        "status": Account.status,
        "sector": Account.sector,
        "group": AccountGroup.name,
        "lead_executive": lead.name_key,
        "city": Account.city,
    }.get(query.sort, Account.name_key)

    def select_ids(*columns: Any) -> Select[Any]:
        stmt = select(Account.id.label("account_id") if columns else Account.id, *columns)
        if query.sort == "group":  # joins only when the sort needs them
            stmt = stmt.outerjoin(AccountGroup, AccountGroup.id == Account.group_id)
        elif query.sort == "lead_executive":
            stmt = stmt.outerjoin(lead, lead.id == Account.lead_executive_id)
        return stmt

    parts = access.visible_parts(actor) if not rows and found is None else ()
    if len(parts) > 1:  # one select per part, merged in display order
        merged = union_all(
            *(select_ids(order.label("sort_key")).where(part, *conditions) for part in parts)
        )
        if query.descending:
            return merged.order_by(sql_text("sort_key DESC, account_id DESC"))
        return merged.order_by(sql_text("sort_key, account_id"))
    stmt = _row_select(lead) if rows else select_ids()
    stmt = stmt.where(access.visible_clause(actor, few=few), *conditions)
    if query.descending:
        return stmt.order_by(order.desc(), Account.id.desc())
    return stmt.order_by(order, Account.id)


def _mine(actor: Actor, dialect: str, *, few: bool) -> ColumnElement[bool]:
    """«Mis cuentas»: those the person leads or is on the team of (`access.assigned_clause`).

    For a whole list on SQLite, one test on the ID alone: among the IDs of their team and
    of what they lead. `lead = me OR id IN (team)` made SQLite read every row of the
    group's accounts for the lead (33,334 for the demo director, «Mis cuentas» being on by
    default): 2x the CPU of the list without it. On the ID, the group's part is read off
    its covering index like the list without «Mis cuentas»."""
    if few or dialect != "sqlite" or actor.staff_id is None:
        return access.assigned_clause(actor, few=few)
    led = aliased(Account)  # not the outer query's accounts (no correlation)
    return Account.id.in_(
        union_all(
            select(AccountAssignment.account_id).where(
                AccountAssignment.staff_id == actor.staff_id
            ),
            select(led.id).where(led.lead_executive_id == actor.staff_id),
        )
    )


def search_account_ids(db: Database, actor: Actor, query: AccountQuery) -> list[int]:
    """All matching IDs in display order: the list model holds these and pages in rows."""
    with unit_of_work(db, actor, write=False) as uow:
        dialect = uow.session.get_bind().dialect.name
        stmt = _filtered(uow, query, dialect)
        connection = uow.session.connection()
        if dialect == "sqlite":
            return _ids_in_one_row(connection, stmt)
        # Core, not ORM, execution: a plain list of ints, ~3x faster on 100,000 rows
        return list(connection.execute(stmt).scalars())


def _ids_in_one_row(connection: Any, stmt: Select[Any] | CompoundSelect[Any]) -> list[int]:
    """SQLite: the IDs joined into one text by SQLite itself, in the statement's order.

    Row by row, the driver takes the interpreter's lock back for every ID (33,334 for a
    director), and waits for it whenever the window's thread holds it (as it does while
    it lays out the first page), and SQLAlchemy makes a row of each. As one row, the
    whole query runs with the lock released and no Python per ID: a quarter less CPU
    alone. SQLite keeps a FROM-clause subquery's ORDER BY for group_concat() (the tests
    compare it with the row-by-row order for every sort)."""
    listed = stmt.subquery()
    joined = connection.execute(select(func.group_concat(listed.c[0], ","))).scalar()
    return list(map(int, joined.split(","))) if joined else []


def _row_select(lead: type[Staff] | None = None) -> Select[Any]:
    """The list's columns; `lead` is the alias of the lead executive a caller sorts by."""
    lead = lead if lead is not None else aliased(Staff)
    return (
        select(
            Account.id,
            Account.trade_name,
            Account.legal_name,
            Account.tax_id,
            Account.status,
            Account.sector,
            AccountGroup.name,
            Account.group_id,
            lead.full_name,
            Account.lead_executive_id,
            Account.city,
            Account.country,
        )
        .outerjoin(AccountGroup, AccountGroup.id == Account.group_id)
        .outerjoin(lead, lead.id == Account.lead_executive_id)
    )


def _to_row(r: Any) -> AccountRow:
    return AccountRow(
        id=r[0],
        name=r[1],
        legal_name=r[2],
        tax_id=r[3],
        status=r[4],
        sector=r[5],
        group=r[6] or "",
        group_id=r[7],
        lead_executive=r[8] or "",
        lead_executive_id=r[9],
        city=r[10],
        country=r[11],
    )


@functools.lru_cache(maxsize=64)
def _page_select(role: Role, staff_id: int | None, group_id: int | None) -> Select[Any]:
    """A page's statement for whoever sees what this role, person and group see: built
    once, not at every keystroke (building and keying a fresh one cost as much as running
    it), the page's IDs bound at execution."""
    who = Actor(user_id=None, staff_id=staff_id, login="", name="", role=role, group_id=group_id)
    visible = access.visible_clause(who, few=True)
    return _row_select().where(Account.id.in_(bindparam("ids", expanding=True)), visible)


def account_rows(db: Database, actor: Actor, ids: Sequence[int]) -> list[AccountRow]:
    """The rows for `ids` (one page of the list), in the order asked, visible ones only."""
    if not ids:
        return []
    stmt = _page_select(actor.role, actor.staff_id, actor.group_id)
    with unit_of_work(db, actor, write=False) as uow:
        # Core, not ORM, execution: the rows as the driver gives them
        found = uow.session.connection().execute(stmt, {"ids": list(ids)})
        by_id = {r[0]: _to_row(r) for r in found}
    return [by_id[i] for i in ids if i in by_id]


def list_accounts(db: Database, actor: Actor, query: AccountQuery) -> list[AccountRow]:
    """The whole list at once (command line, CSV export)."""
    with unit_of_work(db, actor, write=False) as uow:
        dialect = uow.session.get_bind().dialect.name
        stmt = _filtered(uow, query, dialect, rows=True)
        return [_to_row(r) for r in uow.session.execute(stmt)]


def sectors(db: Database, actor: Actor) -> list[str]:
    """The agency's sectors, for the filter and the form: a vocabulary, not client data,
    so read straight off the sector index (10x cheaper than over visible accounts)."""
    with unit_of_work(db, actor, write=False) as uow:
        stmt = (
            select(Account.sector).where(Account.sector != "").distinct().order_by(Account.sector)
        )
        return list(uow.session.scalars(stmt))


def groups(db: Database, actor: Actor) -> list[Option]:
    with unit_of_work(db, actor, write=False) as uow:
        stmt = select(AccountGroup.id, AccountGroup.name).order_by(AccountGroup.name)
        return [Option(r[0], r[1]) for r in uow.session.execute(stmt)]


def executives(db: Database, actor: Actor) -> list[Option]:
    """People who can lead an account (junior executive and above, not administrators)."""
    with unit_of_work(db, actor, write=False) as uow:
        stmt = (
            select(Staff.id, Staff.full_name)
            .where(Staff.role.in_(sorted(LEAD_ROLES)), Staff.active)
            .order_by(Staff.name_key)
        )
        return [Option(r[0], r[1]) for r in uow.session.execute(stmt)]


def count_accounts(db: Database, actor: Actor) -> int:
    with unit_of_work(db, actor, write=False) as uow:
        # the parts are disjoint: their counts add up, each read off its own index
        return sum(
            int(uow.session.scalar(select(func.count(Account.id)).where(part)) or 0)
            for part in access.visible_parts(actor)
        )


def account_options(
    db: Database, actor: Actor, typed: str, limit: int = 20, exclude: int | None = None
) -> list[Option]:
    """A few visible accounts matching `typed`, by name (pickers such as the parent company)."""
    with unit_of_work(db, actor, write=False) as uow:
        dialect = uow.session.get_bind().dialect.name
        stmt = select(Account.id, Account.trade_name).where(access.visible_clause(actor))
        found = search_clause(dialect, typed)
        if found is not None:
            stmt = stmt.where(found)
        if exclude is not None:
            stmt = stmt.where(Account.id != exclude)
        stmt = stmt.order_by(Account.name_key, Account.id).limit(limit)
        return [Option(r[0], r[1]) for r in uow.session.execute(stmt)]


# the columns of `accounts list --format csv|xlsx` and of the window's workbook export
CSV_COLUMNS = (
    "id", "name", "legal_name", "tax_id", "status", "sector", "group", "group_id",
    "lead_executive", "lead_executive_id", "city", "country",
)  # fmt: skip

EXPORT_COLUMNS = (
    "name",
    "legal_name",
    "tax_id",
    "status",
    "sector",
    "group",
    "lead_executive",
    "city",
    "country",
)


def export_accounts_csv(
    db: Database,
    actor: Actor,
    query: AccountQuery,
    path: str | Path,
    *,
    delimiter: str = ";",
    headers: Sequence[str] | None = None,
    status_labels: Mapping[str, str] | None = None,
) -> int:
    """Write the list as `query` shows it to a CSV file Excel opens as it is.

    UTF-8 with a byte-order mark, the separator of the person's locale (";" where the
    decimal mark is a comma), headers and status labels in their language (the caller's).
    The file is written beside the target and renamed, so a failure leaves no half file.
    Returns the number of accounts written.
    """
    rows = list_accounts(db, actor, query)
    labels = dict(status_labels or {})
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
            writer.writerow(list(headers or EXPORT_COLUMNS))
            for r in rows:
                writer.writerow(
                    [
                        spreadsheet_cell(value)
                        for value in (
                            r.name,
                            r.legal_name,
                            r.tax_id,
                            labels.get(r.status.value, r.status.value),
                            r.sector,
                            r.group,
                            r.lead_executive,
                            r.city,
                            r.country,
                        )
                    ]
                )
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DomainError("db.write_failed", path=str(target), detail=exc.strerror or exc) from None
    return len(rows)

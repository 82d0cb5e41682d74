"""Merging a duplicate account into the one kept: an administrator's audited action.

Everything that belongs to the duplicate — every row of every table with a foreign key to
`accounts`, found from the mapped tables so that a table added later is not forgotten
(`MOVES` names how each is handled; `tests/services/test_account_merge.py` fails on one it
does not name) — moves to the kept account in one transaction, and the duplicate is then
deleted.

Why delete rather than keep the duplicate marked `merged_into`: the trail is append-only
and keeps the duplicate's id on every entry it ever had, and the merge's own entry (on the
kept account) holds both ids and names and every field the duplicate had, so nothing the
history said becomes untrue or unexplained; a kept-but-hidden row would instead be a second
kind of account that every list, search, picker, export and row-level security policy must
learn to hide, and the one each of them forgets is a duplicate that comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Table, delete, select, update

from agencia.db import metadata as _every_table  # noqa: F401  (every key to an account)
from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, NotFound, ValidationError
from agencia.domain.models import Account, AccountAssignment, Base, utcnow
from agencia.domain.permissions import Action
from agencia.services.accounts import access
from agencia.services.accounts.editing import jsonable, refresh_brand_search
from agencia.services.accounts.leads import sync_lead_assignment


@dataclass(frozen=True, slots=True)
class Move:
    """What moves from one table: `count` rows to the kept account; `left` rows that cannot
    (the kept account already has their like: a team member, an SLA policy) go with the
    duplicate."""

    table: str
    count: int
    left: int = 0


@dataclass(frozen=True, slots=True)
class MergePlan:
    """What a merge would do, for the dialog and `--dry-run`: both accounts as the person
    read them (their versions: a save in between refuses the merge) and what moves."""

    keep_id: int
    keep_name: str
    keep_version: int
    duplicate_id: int
    duplicate_name: str
    duplicate_version: int
    moves: tuple[Move, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "keep": {"id": self.keep_id, "name": self.keep_name},
            "duplicate": {"id": self.duplicate_id, "name": self.duplicate_name},
            "moves": {m.table: m.count for m in self.moves},
            "left": {m.table: m.left for m in self.moves if m.left},
        }


# How one foreign key to accounts is followed: (uow, column, keep, duplicate, dry) -> Move.
Mover = Callable[[UnitOfWork, Column[Any], Account, Account, bool], Move]


def account_references() -> list[tuple[str, str]]:
    """Every (table, column) of the mapped tables that points at an account."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == Account.__tablename__:
                found.append((table.name, fk.parent.name))
    return sorted(found)


def _kind_of(table: Table) -> tuple[ChangeKind | None, str]:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            cls = mapper.class_
            return getattr(cls, "__change_kind__", None), getattr(cls, "__change_id__", "id")
    return None, "id"


def _repoint(uow: UnitOfWork, column: Column[Any], ids: list[int], keep_id: int) -> None:
    """Point rows `ids` at the kept account, in SQL, each versioned row's version bumped
    (an editor open on one is told, not overwritten); the changes recorded by kind."""
    if not ids:
        return
    table = column.table
    values: dict[str, Any] = {column.name: keep_id}
    if "version" in table.c:
        values["version"] = table.c.version + 1
    uow.session.execute(
        update(table)
        .where(table.c.id.in_(ids))
        .values(values)
        .execution_options(synchronize_session=False)
    )
    kind, change_id = _kind_of(table)
    if kind is not None:
        for row_id in ids if change_id == "id" else [keep_id]:
            uow.touched(kind, row_id)


def _ids(uow: UnitOfWork, column: Column[Any], account_id: int) -> list[int]:
    table = column.table
    return list(uow.session.scalars(select(table.c.id).where(column == account_id)))


def _move_all(uow: UnitOfWork, column: Column[Any], keep: Account, dup: Account, dry: bool) -> Move:
    """The common case: every row of the duplicate's becomes the kept account's."""
    ids = _ids(uow, column, dup.id)
    if not dry:
        _repoint(uow, column, ids, keep.id)
    return Move(column.table.name, len(ids))


def _move_team(
    uow: UnitOfWork, column: Column[Any], keep: Account, dup: Account, dry: bool
) -> Move:
    """The duplicate's team joins the kept one; who is on both keeps their part on the kept
    account, and the kept account's lead stays its only lead."""
    on_keep = select(AccountAssignment.staff_id).where(AccountAssignment.account_id == keep.id)
    rows = uow.session.execute(
        select(AccountAssignment.id, AccountAssignment.staff_id.in_(on_keep)).where(
            AccountAssignment.account_id == dup.id
        )
    ).all()
    moving = [r[0] for r in rows if not r[1]]
    if not dry:
        _repoint(uow, column, moving, keep.id)
        sync_lead_assignment(uow, keep)
    return Move(column.table.name, len(moving), len(rows) - len(moving))


def _move_unique(
    uow: UnitOfWork, column: Column[Any], keep: Account, dup: Account, dry: bool
) -> Move:
    """One row per account (an SLA policy): the kept account's stays; the duplicate's moves
    only where the kept account has none."""
    ids = _ids(uow, column, dup.id)
    if ids and _ids(uow, column, keep.id):
        return Move(column.table.name, 0, len(ids))
    if not dry:
        _repoint(uow, column, ids, keep.id)
    return Move(column.table.name, len(ids))


def _recomputed(
    uow: UnitOfWork, column: Column[Any], keep: Account, dup: Account, dry: bool
) -> Move:
    """Figures computed from the account's records (its health, day by day): the
    duplicate's describe an account that no longer stands alone, and the kept account's
    are computed again from what moved; they go with the duplicate."""
    ids = _ids(uow, column, dup.id)
    kind, _change_id = _kind_of(column.table)
    if kind is not None and not dry:
        uow.touched(kind, keep.id)
    return Move(column.table.name, 0, len(ids))


def _move_subsidiaries(
    uow: UnitOfWork, column: Column[Any], keep: Account, dup: Account, dry: bool
) -> Move:
    """The duplicate's subsidiaries become the kept account's; if the duplicate was the
    kept account's parent (or above it), the chain closes over the gap instead of a cycle."""
    above_keep = _ancestors(uow, keep)
    children = [i for i in _ids(uow, column, dup.id) if i != keep.id]
    if dry:
        return Move("subsidiaries", len(children))
    straight = [c for c in children if c not in above_keep]
    _repoint(uow, column, straight, keep.id)
    bridged = [c for c in children if c in above_keep]  # above keep: skip the duplicate
    if bridged:
        uow.session.execute(
            update(Account)
            .where(Account.id.in_(bridged))
            .values(parent_id=dup.parent_id, version=Account.version + 1)
            .execution_options(synchronize_session=False)
        )
        for child in bridged:
            uow.touched(ChangeKind.ACCOUNT, child)
    if keep.parent_id == dup.id:
        keep.parent_id = dup.parent_id if dup.parent_id != keep.id else None
    return Move("subsidiaries", len(children))


def _ancestors(uow: UnitOfWork, account: Account) -> set[int]:
    seen: set[int] = set()
    current = account.parent_id
    while current is not None and current not in seen:
        seen.add(current)
        current = uow.session.scalar(select(Account.parent_id).where(Account.id == current))
    return seen


# Every foreign key to accounts, and how a merge follows it. A table that is not named here
# fails tests/services/test_account_merge.py (rather than being left behind, or deleted).
MOVES: dict[tuple[str, str], Mover] = {
    ("accounts", "parent_id"): _move_subsidiaries,
    ("account_assignments", "account_id"): _move_team,
    ("brands", "account_id"): _move_all,  # products and contacts' brands follow their brand
    ("contacts", "account_id"): _move_all,
    ("campaigns", "account_id"): _move_all,  # briefs, proposals, approvals, documents, tasks
    ("service_requests", "account_id"): _move_all,
    ("sla_policies", "account_id"): _move_unique,
    ("communications", "account_id"): _move_all,
    ("survey_responses", "account_id"): _move_all,
    ("improvement_actions", "account_id"): _move_all,
    ("account_health_history", "account_id"): _recomputed,
}


def _load(uow: UnitOfWork, account_id: int) -> Account:
    account = uow.session.get(Account, account_id)
    if account is None:
        raise NotFound("account.not_found", id=account_id)
    access.require(uow, Action.SEE_ACCOUNTS, account)
    access.require(uow, Action.MERGE_ACCOUNTS, account)
    return account


def _both(uow: UnitOfWork, keep_id: int, duplicate_id: int) -> tuple[Account, Account]:
    access.require_global(uow.actor, Action.MERGE_ACCOUNTS)
    if keep_id == duplicate_id:
        raise ValidationError({"duplicate": ("account.merge_self", {"id": keep_id})})
    return _load(uow, keep_id), _load(uow, duplicate_id)


def _follow(uow: UnitOfWork, keep: Account, dup: Account, *, dry: bool) -> tuple[Move, ...]:
    missing = sorted(set(account_references()) - set(MOVES))
    if missing:  # never merge past a table nobody said how to move
        raise RuntimeError(f"no merge rule for {missing}")
    moves = []
    for (table, column), mover in MOVES.items():
        if (table, column) in set(account_references()):
            moves.append(mover(uow, Base.metadata.tables[table].c[column], keep, dup, dry))
    return tuple(moves)


def _plain(value: Any) -> Any:
    """A field as the trail's JSON holds it: enums by code, moments as ISO text."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return jsonable(value)


def merge_plan(db: Database, actor: Actor, keep_id: int, duplicate_id: int) -> MergePlan:
    """What merging `duplicate_id` into `keep_id` would move, nothing written."""
    with unit_of_work(db, actor, write=False) as uow:
        keep, dup = _both(uow, keep_id, duplicate_id)
        moves = _follow(uow, keep, dup, dry=True)
        return MergePlan(
            keep.id, keep.trade_name, keep.version, dup.id, dup.trade_name, dup.version, moves
        )


def merge_accounts(
    db: Database,
    actor: Actor,
    keep_id: int,
    duplicate_id: int,
    keep_version: int | None = None,
    duplicate_version: int | None = None,
) -> MergePlan:
    """Move everything of `duplicate_id` into `keep_id`, delete the duplicate, and record it
    on the trail — all or nothing. Given the versions the person read, a save of either
    account since then refuses the merge (`record.stale`)."""
    with unit_of_work(db, actor) as uow:
        keep, dup = _both(uow, keep_id, duplicate_id)
        if (keep_version is not None and keep.version != keep_version) or (
            duplicate_version is not None and dup.version != duplicate_version
        ):
            raise Conflict("record.stale")
        before = (keep.version, dup.version)
        snapshot = {
            c.key: _plain(getattr(dup, c.key))
            for c in Account.__table__.columns
            if c.key not in ("logo", "search_text", "name_key")
        }
        moves = _follow(uow, keep, dup, dry=False)
        keep.updated_at = utcnow()  # an edit of the kept account: its version moves on
        uow.session.flush()
        refresh_brand_search(uow, keep)
        for table, column in account_references():  # what stayed behind goes with it
            if table != Account.__tablename__:
                t = Base.metadata.tables[table]
                uow.session.execute(delete(t).where(t.c[column] == dup.id))
        uow.session.expunge(dup)
        gone = uow.session.execute(
            delete(Account)
            .where(Account.id == dup.id, Account.version == before[1])
            .execution_options(synchronize_session=False)
        )
        if gone.rowcount != 1:  # type: ignore[attr-defined]  # saved meanwhile elsewhere
            raise Conflict("record.stale")
        uow.audit(
            ChangeKind.ACCOUNT,
            keep.id,
            AuditAction.MERGE,
            {
                "merged_from": [None, snapshot],  # every field the duplicate had
                "kept": [None, {"id": keep.id, "trade_name": keep.trade_name}],
                "moved": [None, {m.table: m.count for m in moves if m.count}],
                "left": [None, {m.table: m.left for m in moves if m.left}],
            },
            account_id=keep.id,
            summary=f"{dup.trade_name} (#{dup.id}) → {keep.trade_name} (#{keep.id})",
        )
        uow.touched(ChangeKind.ACCOUNT, dup.id)
        uow.session.flush()
        return MergePlan(
            keep.id, keep.trade_name, before[0], dup.id, dup.trade_name, before[1], moves
        )

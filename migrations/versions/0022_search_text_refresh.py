"""search texts again: names in every script searchable in databases made before

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06

The words search matches (`domain/text.py`) were once ASCII letters and digits only: an
account named «Москва Трейд», a contact «Ελένη» or a supplier «北京» kept an empty search
text and sort key, so search never found them. Words are now letters and digits of every
script, but the kept texts of existing rows stay as they were written. Here every kept one
is computed again with the same functions the services write them with (`search_text`,
`sort_key`), and written where it differs:

- accounts: search text (trade and legal name, tax ID, city, its brands) and sort key;
- contacts: search text (name, position, e-mail);
- campaigns: search text (name, code, the account's trade name, the brand) and sort key;
- staff and suppliers: the sort key (suppliers are searched by it).

Read in batches by ID and written only where the text changed: the large demo (100,000
accounts, 400,000 contacts, 50,000 campaigns) already current is read and computed in
about 6 s; every text rewritten (an agency all in Cyrillic) in about 25 s of CPU. On
SQLite the word index follows without its per-row trigger (`_WordIndex`). Nothing is
undone on downgrade: the texts are what the code of any revision would write now.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from alembic import op

from agencia.domain.text import search_text, sort_key

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

BATCH = 5000

Row = Sequence[Any]

# `search_text` reads each whitespace-separated chunk on its own (as the demo's
# text_cache relies on, tests/demo/test_text_cache.py), and names, cities and positions
# repeat: each chunk is computed once.
_chunk_text = lru_cache(maxsize=1 << 16)(search_text)


def _search_text(*parts: str | None) -> str:
    """`search_text(*parts)`, chunk by chunk through the cache."""
    return "".join(_chunk_text(chunk) for part in parts for chunk in (part or "").split())


def _batches(conn: sa.Connection, select: str) -> Iterator[list[Row]]:
    """`select` (its first column the ID; `:last` the ID it reads after, `:n` how many)
    in batches of BATCH rows in ID order."""
    last = 0
    while True:
        rows = conn.execute(sa.text(select), {"last": last, "n": BATCH})
        batch: list[Row] = [tuple(r) for r in rows]
        if not batch:
            return
        yield batch
        last = batch[-1][0]


def _refresh(
    conn: sa.Connection,
    table: str,
    select: str,
    kept: Sequence[str],
    compute: Callable[[Row, list[Row]], tuple[str, ...]],
    extra: Callable[[list[Row]], dict[int, list[Row]]] | None = None,
) -> int:
    """Every row of `table` read by `select` as (id, *kept columns' values, *sources);
    `compute` gives the kept columns' new values from the row (and its `extra` rows).
    Only the rows whose values differ are written. Returns how many were."""
    sets = ", ".join(f"{c} = :{c}" for c in kept)
    update = sa.text(f"UPDATE {table} SET {sets} WHERE id = :id")
    words = _WordIndex(conn, table) if "search_text" in kept else None
    written = 0
    for batch in _batches(conn, select):
        more = extra(batch) if extra else {}
        changed = []
        for row in batch:
            new = compute(row, more.get(row[0], []))
            if new != tuple(row[1 : 1 + len(kept)]):
                changed.append({"id": row[0], **dict(zip(kept, new, strict=True))})
                if words:
                    words.note(row[0], row[1], new[0])
        if changed:
            conn.execute(update, changed)
            written += len(changed)
    if words:
        words.close()
    return written


class _WordIndex:
    """SQLite's word index of `table` (`{table}_fts`, external content), kept in step
    with the search texts written here without its update trigger, which costs a
    re-indexing per row: 400,000 contacts written through it took 31 s, written without
    it and the index rebuilt once, 5 s. Up to FEW rows are re-indexed one by one (what
    the trigger does); more, and the index is rebuilt from the table. The trigger is
    put back as it was (its own SQL, read from the schema). Nothing on PostgreSQL,
    whose trigram index is the table's own."""

    FEW = 20_000

    def __init__(self, conn: sa.Connection, table: str) -> None:
        self.conn, self.fts = conn, f"{table}_fts"
        self.trigger = ""
        self.pending: list[tuple[int, str, str]] | None = []
        if conn.dialect.name != "sqlite":
            return
        self.trigger = (
            conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                (f"{self.fts}_au",),
            ).scalar()
            or ""
        )
        if self.trigger:
            conn.exec_driver_sql(f"DROP TRIGGER {self.fts}_au")

    def note(self, row_id: int, old: str, new: str) -> None:
        if self.trigger and self.pending is not None:
            self.pending.append((row_id, old, new))
            if len(self.pending) > self.FEW:
                self.pending = None  # rebuilt at the end

    def close(self) -> None:
        if not self.trigger:
            return
        fts = self.fts
        if self.pending is None:
            self.conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
        elif self.pending:
            self.conn.exec_driver_sql(
                f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', ?, ?)",
                [(i, old) for i, old, _new in self.pending],
            )
            self.conn.exec_driver_sql(
                f"INSERT INTO {fts}(rowid, search_text) VALUES (?, ?)",
                [(i, new) for i, _old, new in self.pending],
            )
        self.conn.exec_driver_sql(self.trigger)


def _brands_of(conn: sa.Connection) -> Callable[[list[Row]], dict[int, list[Row]]]:
    """The brand names of a batch of accounts (their IDs are a range, read in one query)."""

    def brands(batch: list[Row]) -> dict[int, list[Row]]:
        found: dict[int, list[Row]] = defaultdict(list)
        rows = conn.execute(
            sa.text(
                "SELECT account_id, name FROM brands WHERE account_id >= :lo "
                "AND account_id <= :hi ORDER BY account_id, id"
            ),
            {"lo": batch[0][0], "hi": batch[-1][0]},
        )
        for account_id, name in rows:
            found[account_id].append((name,))
        return found

    return brands


def upgrade() -> None:
    conn = op.get_bind()
    _refresh(
        conn,
        "accounts",
        "SELECT id, search_text, name_key, trade_name, legal_name, tax_id, city "
        "FROM accounts WHERE id > :last ORDER BY id LIMIT :n",
        ("search_text", "name_key"),
        lambda r, brands: (
            _search_text(r[3], r[4], r[5], r[6], *(b[0] for b in brands)),
            sort_key(r[3] or ""),
        ),
        _brands_of(conn),
    )
    _refresh(
        conn,
        "contacts",
        "SELECT id, search_text, full_name, position, email "
        "FROM contacts WHERE id > :last ORDER BY id LIMIT :n",
        ("search_text",),
        lambda r, _: (_search_text(r[2], r[3], r[4]),),
    )
    _refresh(
        conn,
        "campaigns",
        "SELECT c.id, c.search_text, c.name_key, c.name, c.code, a.trade_name, b.name "
        "FROM campaigns c JOIN accounts a ON a.id = c.account_id "
        "LEFT JOIN brands b ON b.id = c.brand_id "
        "WHERE c.id > :last ORDER BY c.id LIMIT :n",
        ("search_text", "name_key"),
        lambda r, _: (_search_text(r[3], r[4], r[5], r[6]), sort_key(r[3] or "")),
    )
    for table, name in (("staff", "full_name"), ("vendors", "name")):
        _refresh(
            conn,
            table,
            f"SELECT id, name_key, {name} FROM {table} WHERE id > :last ORDER BY id LIMIT :n",
            ("name_key",),
            lambda r, _: (sort_key(r[2] or ""),),
        )


def downgrade() -> None:
    """Nothing to undo: the texts are what every revision's code writes now."""

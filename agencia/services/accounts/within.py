"""Search as you type within a list already read: the list's IDs narrowed to those whose
search text matches the words typed, in the list's own order.

The list with nothing typed (`search_account_ids` for the same filters and sort, which
is every account the person sees, sorted) is what the window holds anyway; each keystroke
then asks the search index only for the matching rows — no visibility, no sort — and keeps
the listed IDs among them. For a director who sees 33,334 of 100,000 accounts, a first
letter matches ~42,000 rows of which ~14,000 are hers: the whole query probes visibility
and sorts all of them (45 ms of CPU), this reads the index alone (15 ms). The answer is the
same list (`tests/services/test_account_search_speed.py`) as long as `listed` is current:
the window forgets it on every change it hears of (`ui/widgets/id_list_model.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.models import Account
from agencia.domain.text import words


def matching_ids(connection: Any, typed: str, model: Any = Account) -> set[int] | None:
    """The IDs of every `model` row whose search text has all the words typed as word
    prefixes (what `queries.search_clause` matches), or None when nothing searchable was
    typed. Read through the driver's own cursor: 40,000 IDs in half the time that
    SQLAlchemy's rows take."""
    tokens = words(typed)
    if not tokens:
        return None
    dialect = connection.dialect
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    table = model.__tablename__
    if dialect.name == "sqlite":  # tokens are [0-9a-z]+ only: safe inside the quotes
        sql = f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH {mark}"
        params: tuple[str, ...] = (" ".join(f'"{t}"*' for t in tokens),)
    else:
        sql = f"SELECT id FROM {table} WHERE " + " AND ".join(
            f"search_text LIKE {mark}" for _t in tokens
        )
        params = tuple(f"% {t}%" for t in tokens)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, params)
        # row by row, not fetchall(): 40,000 tuples alive at once would set off the
        # garbage collector's full passes over the whole window's objects
        return {row[0] for row in cursor}
    finally:
        cursor.close()


# The last list's position of each ID: (that list, its positions). The window hands the
# same list object for every keystroke until it reads the list again (never changing it
# in place), so the positions are worked out once per list, not once per keystroke.
_positions: tuple[Sequence[int], dict[int, int]] | None = None


def _positions_of(listed: Sequence[int]) -> dict[int, int]:
    global _positions
    known = _positions  # one read: readers on other threads may replace it meanwhile
    if known is not None and known[0] is listed:
        return known[1]
    positions = {account_id: n for n, account_id in enumerate(listed)}
    _positions = (listed, positions)
    return positions


def narrowed(listed: Sequence[int], found: set[int]) -> list[int]:
    """The IDs of `listed` that are in `found`, in `listed`'s order. A few found (most
    keystrokes after the first letters: `garcia` finds 158 of 33,334) are put in order by
    their positions instead of walking the whole list, which cost 3-8 ms a keystroke."""
    if len(found) * 8 < len(listed):
        positions = _positions_of(listed)
        kept = [n for n in map(positions.get, found) if n is not None]
        kept.sort()
        return [listed[n] for n in kept]
    return [account_id for account_id in listed if account_id in found]


def account_ids_within(db: Database, actor: Actor, typed: str, listed: Sequence[int]) -> list[int]:
    """The IDs of `listed` (the person's list with nothing typed) whose account matches
    `typed`, in `listed`'s order: `search_account_ids` with that text, read cheaply."""
    with unit_of_work(db, actor, write=False) as uow:
        found = matching_ids(uow.session.connection(), typed)
    if found is None:
        return list(listed)
    return narrowed(listed, found)

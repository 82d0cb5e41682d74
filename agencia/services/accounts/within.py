"""Search as you type within a list already read: the list's IDs narrowed to those whose
search text matches the words typed, in the list's own order.

The list with nothing typed (`search_account_ids` for the same filters and sort, which
is every account the person sees, sorted) is what the window holds anyway. Once it is
read, the window asks for it narrowed to nothing typed (`account_ids_within(…, "", listed)`)
when it is idle: that reads the listed accounts' search text, once per list (`_Memo`).
From then on a keystroke is answered without SQL: the texts are scanned for the words
typed in C-level loops (`_scan`: a director's 33,334 texts in ~6 ms of CPU for a first
letter on the loaded 2-core machine, where asking the search index for the ~42,000 rows
matching «c» and putting them in the list's order took ~27 ms), and a keystroke that only
narrows what was typed (`ga` after `g`) scans only the previous answer (`_refines`).
Read at idle with the texts, the positions of the texts with a word starting with each
letter or digit (`_initials`, ~1 MB for 33,334) answer a word's first letter without a
scan, and any other keystroke that does not narrow the last answer (`c` after `garcia`,
a letter rubbed out) scans only the texts with a word starting as the words typed do.

Before the texts are read (a keystroke in the first moments after the list arrived), the
search index answers and its hits are kept in the list's order (`narrowed`).

A text matches as the search index matches (`queries.search_clause`): every word typed is
the start of a word of the account's search text, which holds pre-folded words (letters
and digits, `domain/text.py`) each after one space, so «the start of a word» is «after a
space» (` c` in the text). Text typed with no word in it (`%`) finds nothing.
The answer is the whole query's (`tests/services/test_account_search_speed.py`) as long as
`listed` is current: the window forgets it on every change it hears of, and a list read
again after a change is a new list, with texts read anew (`ui/widgets/id_list_model.py`).
"""

from __future__ import annotations

import json
import operator
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from typing import Any

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.models import Account
from agencia.domain.text import search_words


def matching_ids(connection: Any, typed: str, model: Any = Account) -> set[int] | None:
    """The IDs of every `model` row whose search text has all the words typed as word
    prefixes (what `queries.search_clause` matches), or None when nothing was typed (and
    none when nothing searchable was: `%` finds nothing). Read through the driver's own
    cursor: 40,000 IDs in half the time that SQLAlchemy's rows take."""
    tokens = search_words(typed)
    if tokens is None:
        return set()
    if not tokens:
        return None
    dialect = connection.dialect
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    table = model.__tablename__
    if dialect.name == "sqlite":  # tokens are letters and digits only: safe inside quotes
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


@dataclass(frozen=True)
class _Answer:
    """A keystroke's answer: the words typed, the IDs found and their texts, in order."""

    tokens: tuple[str, ...]
    ids: list[int]
    texts: list[str]


class _Memo:
    """What one list (the window's, never changed in place) is narrowed with: its IDs'
    positions (the search index's path) and, once read, their search texts in the list's
    order and the last answer (which the next keystroke, if it only adds letters or
    words, narrows further). Readers on several threads share it: each field is replaced
    whole, never changed in place."""

    def __init__(self, listed: Sequence[int]) -> None:
        self.listed = listed
        self.positions: dict[int, int] | None = None
        self.texts: list[str] | None = None
        self.initials: dict[str, array[int]] | None = None
        self.last: _Answer | None = None


# The last list the window narrowed, and what it is narrowed with. The window hands the
# same list object for every keystroke until it reads the list again, so all of this is
# worked out once per list, not once per keystroke; one list at a time.
_memo: _Memo | None = None


def _memo_of(listed: Sequence[int]) -> _Memo:
    global _memo
    known = _memo  # one read: readers on other threads may replace it meanwhile
    if known is not None and known.listed is listed:
        return known
    known = _memo = _Memo(listed)
    return known


def _positions_of(listed: Sequence[int]) -> dict[int, int]:
    memo = _memo_of(listed)
    positions = memo.positions
    if positions is None:
        positions = memo.positions = {account_id: n for n, account_id in enumerate(listed)}
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
    return list(filter(found.__contains__, listed))  # the walk, in C


def _refines(tokens: tuple[str, ...], before: tuple[str, ...]) -> bool:
    """Whether every account matching `tokens` also matches `before`: each word typed
    before is the start of one typed now (`gar` → `garc`, `coca` → `coca co`). Then the
    previous answer holds every match, and only it needs scanning."""
    return all(any(t.startswith(b) for t in tokens) for b in before)


def _scan(ids: list[int], texts: list[str], tokens: tuple[str, ...]) -> tuple[list[int], list[str]]:
    """The `ids` (and their `texts`) whose text has a word starting with each token: one
    C-level pass per word typed, no Python code run per account."""
    for token in tokens:
        found = list(map(operator.contains, texts, repeat(" " + token)))
        ids = list(compress(ids, found))
        texts = list(compress(texts, found))
    return ids, texts


# What a pre-folded word starts with (`domain.text.words`): a letter or a digit.
_INITIALS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _initials(texts: list[str]) -> dict[str, array[int]]:
    """For each letter and digit, the positions of the `texts` with a word starting with
    it: 36 C-level scans once per list, at idle (~100 ms of CPU for 33,334 texts)."""
    everywhere = range(len(texts))
    return {
        initial: array(
            "i", compress(everywhere, map(operator.contains, texts, repeat(" " + initial)))
        )
        for initial in _INITIALS
    }


def _picked(items: Sequence[Any], positions: array[int]) -> list[Any]:
    """`items` at `positions`, in one C-level call."""
    if len(positions) < 2:
        return [items[n] for n in positions]
    return list(operator.itemgetter(*positions)(items))


def _fresh_scan(
    memo: _Memo, texts: list[str], tokens: tuple[str, ...]
) -> tuple[list[int], list[str]]:
    """The whole list's matches of `tokens`, from the texts with a word starting as the
    rarest first letter typed: a word of one letter is answered by that alone."""
    initials = memo.initials
    if initials is None or any(t[0] not in initials for t in tokens):
        return _scan(list(memo.listed), texts, tokens)
    start = min(tokens, key=lambda t: len(initials[t[0]]))
    positions = initials[start[0]]
    rest = tuple(t for t in tokens if t != start or len(t) > 1)
    return _scan(_picked(memo.listed, positions), _picked(texts, positions), rest)


def _read_texts(connection: Any, listed: Sequence[int]) -> list[str]:
    """The search text of each listed account, in the list's order ("" for one gone
    since). By the IDs, through the driver's cursor: a director's 33,334 in ~120 ms of
    CPU, on a reader while the window is idle; ~4 MB kept while the list is current."""
    dialect = connection.dialect
    cursor = connection.connection.cursor()
    try:
        if dialect.name == "sqlite":  # one parameter, whatever the list's length
            cursor.execute(
                "SELECT a.id, a.search_text FROM json_each(?) AS j "
                "JOIN accounts AS a ON a.id = j.value",
                (json.dumps(list(listed)),),
            )
        else:
            cursor.execute(
                "SELECT id, search_text FROM accounts WHERE id = ANY(%s)", (list(listed),)
            )
        found: dict[int, str] = dict(cursor)
    finally:
        cursor.close()
    return [found.get(account_id) or "" for account_id in listed]


def account_ids_within(db: Database, actor: Actor, typed: str, listed: Sequence[int]) -> list[int]:
    """The IDs of `listed` (the person's list with nothing typed) whose account matches
    `typed`, in `listed`'s order: `search_account_ids` with that text, read cheaply.

    Nothing typed: `listed` itself, and the listed accounts' search texts are read (once
    per list) so that the keystrokes to come are answered from them, without SQL."""
    looked_for = search_words(typed)
    if not listed or looked_for is None:
        return []
    tokens = tuple(dict.fromkeys(looked_for))  # each word once, in the order typed
    memo = _memo_of(listed)
    if not tokens:
        if memo.texts is None:
            with unit_of_work(db, actor, write=False) as uow:
                read = _read_texts(uow.session.connection(), listed)
            memo.initials = _initials(read)
            memo.texts = read  # last: a keystroke that finds the texts finds the rest
        return list(listed)
    texts, last = memo.texts, memo.last
    if texts is not None:
        if last is not None and _refines(tokens, last.tokens):
            ids, kept = _scan(last.ids, last.texts, tokens)
        else:
            ids, kept = _fresh_scan(memo, texts, tokens)
        memo.last = _Answer(tokens, ids, kept)
        return list(ids)
    with unit_of_work(db, actor, write=False) as uow:
        found = matching_ids(uow.session.connection(), typed)
    return narrowed(listed, found) if found is not None else list(listed)

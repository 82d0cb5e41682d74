"""A big list whose first page may be read ahead of its IDs (`IdListModel`'s IDs-first
read, with a quicker first look).

A list shown while nothing is listed yet (an area's first look: the accounts list at
start-up, the campaigns list first shown) asks for its first page alone too, ahead of the
IDs, where its service says that is quicker (`reads_ahead(query)`: a LIMIT read walking an
index in the list's order, a few milliseconds, where a director's IDs take 60-90): the
page shows as soon as it comes, as the list's rows so far (not yet `loaded`, no count),
and the IDs, when they come, take it in as their first page. When they start with the
rows shown, the rest of the list is inserted after them — no reset: the rows at the top,
the scroll position, the selection stay as they are; otherwise (a write in between) the
IDs win, and their first page is read again. A service that cannot tell the page quickly
answers None: the IDs bring it, as they do without a read ahead.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Signal

from agencia.ui.ops import Operations
from agencia.ui.widgets.id_list_model import IdListModel, Q, R


class AheadListModel(IdListModel[Q, R]):
    first_page_shown = Signal()  # the first page read ahead is in, before the IDs

    def __init__(
        self,
        ops: Operations,
        query: Q,
        search_ids: Callable[..., list[int]],
        fetch_rows: Callable[..., list[R]],
        key: str,
        parent: QObject | None = None,
        *,
        first_rows: Callable[..., Sequence[R] | None],
        reads_ahead: Callable[[Q], bool],
        search_within: Callable[..., list[int]] | None = None,
    ) -> None:
        super().__init__(
            ops, query, search_ids, fetch_rows, key, parent, search_within=search_within
        )
        self._read_first_rows = first_rows  # (db, actor, query, limit): the page, or None
        self._reads_ahead = reads_ahead
        self._ahead: Sequence[R] | None = None  # the first page shown, read ahead of the IDs
        self._asked_ahead = 0  # which query's first page is awaited (0: none)
        self._queries = 0

    def set_query(self, query: Q) -> None:
        self._queries += 1
        self._ahead = None
        ahead = self.rowCount() == 0 and self._reads_ahead(query)
        self._asked_ahead = self._queries if ahead else 0
        if ahead:  # asked first: the first reader free takes it
            self._ops.read(
                self._read_first_rows,
                query,
                self.PAGE_SIZE,
                on_done=functools.partial(self._ahead_arrived, self._queries),
                on_error=lambda _error: None,  # the IDs' read says what is wrong
                key=f"{self._key}.ahead",
            )
        super().set_query(query)  # the IDs alone, when the page is read ahead

    def _first_size(self) -> int:
        return 0 if self._asked_ahead else super()._first_size()

    def _ahead_arrived(self, asked: int, rows: Sequence[R] | None) -> None:
        """The first page, before the IDs: shown as the list's rows until they come."""
        if asked != self._asked_ahead or rows is None:
            return  # another query since, the IDs came first, or no page: the IDs bring it
        self._ahead = rows
        self.beginResetModel()
        self._generation += 1
        self._ids = [row.id for row in rows]
        self._row_of = None
        self._pages.clear()
        self._pages[0] = {row.id: row for row in rows}
        self._partial.clear()
        self._requested.clear()
        self._wanted.clear()
        self.endResetModel()
        self.first_page_shown.emit()

    def _answered(self, answer: tuple[list[int], Sequence[Any]]) -> None:
        """The IDs: with the page read ahead as their first page when they start with it
        (a write in between: page 0 is read again, as any page the view shows)."""
        ids = answer[0]
        ahead, self._ahead = self._ahead, None
        if self._asked_ahead:
            self._asked_ahead = 0
            same = ahead is not None and [row.id for row in ahead] == ids[: self.PAGE_SIZE]
            answer = (ids, ahead if same and ahead is not None else None)  # type: ignore[assignment]
        super()._answered(answer)

    def _ids_arrived(self, ids: list[int]) -> None:
        """Ids that start with the rows shown: the rest inserted after them, no reset."""
        shown = len(self._ids)
        first = self._first_rows
        if (
            self._loaded
            or not shown
            or first is None
            or len(ids) < shown
            or ids[:shown] != self._ids
            or [row.id for row in first] != self._ids
        ):
            super()._ids_arrived(ids)
            return
        self._first_rows = None
        self._generation += 1
        self._requested.clear()
        self._wanted.clear()
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = list(ids)
            self._row_of = None
            self.endInsertRows()
        self._loaded = True
        self.loading_changed.emit(False)
        self.ids_loaded.emit(len(self._ids))

"""A big list's model: it holds IDs, and fetches the rows people look at in pages.

The area's service answers a query with every matching ID in display order (search,
filters and sort happen in SQL) and, for a page of IDs, their rows; a row is asked for
only when the view paints it. `data()` never calls the database: it notes the missing
page and a zero-delay timer asks for all noted pages at once through `ops.read`, off the
GUI thread. Until a page arrives its rows show a placeholder. Pages are cached (a bounded
LRU), and the answers of an older query — the person typed on — are dropped, twice
over: by `ops.read`'s key and by the model's own generation number.

An area's list subclasses it with its columns (`column_count`, `header`, `cell`) and
the query's sort key of each column (`sort_key`). One that can narrow a list to the words
typed (`search_within`: the IDs of a list, read, that match a text) keeps the list it
showed with nothing typed and, while the filters and sort stay, answers each keystroke
from it — the search box cleared too, without asking SQL for the list again; any change
the window hears of forgets it. Once such a list is read, the window asks for it narrowed
to nothing typed when it is idle (`search_within(db, actor, "", listed)`, which answers
`listed`): the service may read then what the keystrokes to come narrow with (the
accounts' search texts). The same list read again, unchanged, is the same list object,
so what was read for it still holds.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from agencia.ui.ops import IDLE_MS, Operations

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the record's row, or None while loading
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALWAYS = frozenset({ID_ROLE, ROW_ROLE, _DISPLAY, _FOREGROUND})  # the IDs, the placeholder
# A row's flags, made once: Qt asks for every cell it paints, and each `|` of Qt's flags
# is a call of Python's enum module (a tenth of a keystroke's paint, profiled).
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class Query(Protocol):
    """What a list asks: a frozen dataclass with at least its sort and direction."""

    @property
    def sort(self) -> str: ...

    @property
    def descending(self) -> bool: ...


class Row(Protocol):
    @property
    def id(self) -> int: ...


Q = TypeVar("Q", bound=Query)
R = TypeVar("R", bound=Row)


def _ids_and_first_page(
    db: Any,
    actor: Any,
    search_ids: Callable[..., list[int]],
    fetch_rows: Callable[..., Sequence[Any]],
    size: int,
    query: Any,
    within: tuple[Callable[..., list[int]], list[int]] | None = None,
) -> tuple[list[int], Sequence[Any]]:
    """On a reader: the IDs of `query` in display order, and the rows of the first `size`;
    with `within` (a search function and the IDs of the same query with nothing typed),
    those IDs narrowed to the text typed."""
    if within is not None:
        search_within, listed = within
        ids = search_within(db, actor, query.text, listed)
    else:
        ids = search_ids(db, actor, query)
    return ids, (fetch_rows(db, actor, ids[:size]) if ids else [])


class IdListModel(QAbstractTableModel, Generic[Q, R]):
    PAGE_SIZE = 200
    # 3,200 rows in memory at most: what «Imprimir la lista» waits for at once (2,000
    # rows) and the pages on screen; scrolled back, a page is read again (~7 ms). 60 pages
    # kept 10 MB of rows alive after a 100,000-row list was scrolled end to end.
    MAX_PAGES = 16
    PREFETCH = False  # ask for the first page with the IDs, not when it is first painted
    # The rows read with the IDs: more than a tall screen shows, fewer than a page (a
    # keystroke's read, 200 rows, cost twice what 100 do); the rest of the first page is
    # read when it is painted or printed. A list that PREFETCHes reads it whole.
    FIRST_ROWS = 100
    # The roles `cell` answers (None: any). Qt asks about a dozen per cell at every paint
    # and every column fit; the others are answered at once, without reaching Python's
    # lookups of the row (a keystroke repaints every visible cell).
    ROLES: frozenset[int] | None = None

    ids_loaded = Signal(int)  # a query answered: how many records match
    loading_changed = Signal(bool)  # a query is in flight (the view may show it)

    def __init__(
        self,
        ops: Operations,
        query: Q,
        search_ids: Callable[..., list[int]],
        fetch_rows: Callable[..., list[R]],
        key: str,
        parent: QObject | None = None,
        search_within: Callable[..., list[int]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._query = query
        self._search_ids = search_ids
        self._fetch_rows = fetch_rows
        self._search_within = search_within
        # the IDs of the list with nothing typed, and that query: what keystrokes narrow
        self._listed: tuple[Any, list[int]] | None = None
        self._changes_heard = 0  # a list read before a change is not kept to narrow
        self._asked_after = 0
        self._readied: list[int] | None = None  # the list narrowed to "" (at idle)
        ops.changed.connect(self.forget_listed)
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, R]] = OrderedDict()
        self._requested: set[int] = set()
        self._partial: set[int] = set()  # pages holding only their first rows
        self._wanted: set[int] = set()
        self._first_rows: Sequence[R] | None = None  # the first page, read with the IDs
        roles = type(self).ROLES
        self._answers = None if roles is None else frozenset(int(r) for r in roles) | _ALWAYS
        self._generation = 0
        self._loaded = False
        self._key = f"{key}.{id(self)}"
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)
        self._ready_timer = QTimer(self)
        self._ready_timer.setSingleShot(True)
        self._ready_timer.setInterval(IDLE_MS)
        self._ready_timer.timeout.connect(self._ready_to_narrow)

    # -- what a subclass says --------------------------------------------------------------
    def column_count(self) -> int:
        raise NotImplementedError

    def header(self, section: int, role: int) -> Any:
        """The header's data for `role` (None: nothing)."""
        raise NotImplementedError

    def cell(self, row: R, column: int, role: int) -> Any:
        """A loaded row's data for `role` in `column` (None: nothing)."""
        raise NotImplementedError

    def sort_key(self, column: int) -> str | None:
        """The query's sort key for `column` (None: SQL has no order for it)."""
        raise NotImplementedError

    # -- the query --------------------------------------------------------------------
    @property
    def query(self) -> Q:
        return self._query

    @property
    def loaded(self) -> bool:
        """True once the current query has answered."""
        return self._loaded

    def set_query(self, query: Q) -> None:
        """Ask SQL for the IDs of `query` and, in the same read, the first page's rows
        (the page a new query shows: one round trip and one paint per keystroke, not a
        paint of placeholders first); the other rows follow as the view shows them."""
        self._query = query
        self._loaded = False
        self._asked_after = self._changes_heard
        self.loading_changed.emit(True)
        self._ops.read(
            _ids_and_first_page,
            self._search_ids,
            self._fetch_rows,
            self._first_size(),
            query,
            self._within(query),
            on_done=self._answered,
            on_error=self._ids_failed,
            key=f"{self._key}.ids",
        )

    def refresh(self) -> None:
        """Run the same query again (after a change somewhere)."""
        self.forget_listed()
        self.set_query(self._query)

    def forget_listed(self, *_changes: object) -> None:
        """The list with nothing typed may be out of date: keystrokes ask SQL in full
        until it is read again."""
        self._listed = None
        self._changes_heard += 1

    def _within(self, query: Q) -> tuple[Callable[..., list[int]], list[int]] | None:
        """What narrows `query` from the list already read, if it can be: with nothing
        typed, that list itself (the search box cleared: no need to ask SQL again)."""
        if self._search_within is None or self._listed is None:
            return None
        listed_query, listed = self._listed
        if replace(query, text="") != listed_query:  # type: ignore[type-var]
            return None
        return self._search_within, listed

    def _answered(self, answer: tuple[list[int], Sequence[R]]) -> None:
        ids, first = answer
        self._first_rows = first
        known = self._listed
        self._ids_arrived(ids)
        if (
            self._search_within is not None
            and getattr(self._query, "text", None) == ""
            and self._asked_after == self._changes_heard  # no change since it was asked
        ):
            if known is not None and known[0] == self._query and known[1] == self._ids:
                self._ids = known[1]  # the same list: what was read to narrow it holds
            self._listed = (self._query, self._ids)  # never changed in place: shared
            if self._readied is not self._ids:
                self._ready_timer.start()

    def _ready_to_narrow(self) -> None:
        """The list with nothing typed, narrowed to nothing typed: the service reads what
        the keystrokes to come narrow with, once nothing has been in flight for a moment
        (as `ops.when_idle`, but on the model's own timer: no timer is left behind on the
        shared `Operations` when the model goes)."""
        if self._search_within is None or self._listed is None:
            return  # forgotten meanwhile (a change): the next list read is readied
        if self._ops.in_flight:
            self._ready_timer.start()  # a read someone waits for: after it
            return
        listed = self._listed[1]
        if self._readied is listed:
            return
        self._readied = listed
        self._ops.read(
            self._search_within,
            "",
            listed,
            on_error=self._not_ready,
            key=f"{self._key}.ready",
        )

    def _not_ready(self, _error: BaseException) -> None:
        """Only a speed-up failed: keystrokes ask the search index, which says what went
        wrong if it is still wrong; the next list read is readied again."""
        self._readied = None

    def _ids_arrived(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._row_of = None
        self._pages.clear()
        first, self._first_rows = self._first_rows, None
        self._partial.clear()
        if first is not None and self._ids:
            self._pages[0] = {r.id: r for r in first}
            if self._first_size() < min(self.PAGE_SIZE, len(self._ids)):
                self._partial.add(0)
        self._requested.clear()
        self._wanted.clear()
        self._loaded = True
        self.endResetModel()
        if self.PREFETCH and self._ids:
            self._wanted.add(0)
            self._fetch_wanted()
        self.loading_changed.emit(False)
        self.ids_loaded.emit(len(self._ids))

    def _first_size(self) -> int:
        return self.PAGE_SIZE if self.PREFETCH else min(self.FIRST_ROWS, self.PAGE_SIZE)

    def _ids_failed(self, error: BaseException) -> None:
        self.loading_changed.emit(False)
        self._ops.failed.emit(str(error))

    # -- looking things up ------------------------------------------------------------
    def record_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        """The row showing `record_id`, or -1."""
        if self._row_of is None:
            self._row_of = {found: n for n, found in enumerate(self._ids)}
        return self._row_of.get(record_id, -1)

    def record(self, row: int) -> R | None:
        """The row's record, or None while its page is loading."""
        record_id = self.record_id(row)
        if record_id is None:
            return None
        page = self._pages.get(row // self.PAGE_SIZE)
        return page.get(record_id) if page is not None else None

    def ids(self) -> list[int]:
        return list(self._ids)

    def is_page_loaded(self, row: int) -> bool:
        """Whether `row`'s record is in (its page, or the part of it read first)."""
        number = row // self.PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            return False
        return number not in self._partial or (0 <= row < len(self._ids) and self._ids[row] in page)

    # -- pages --------------------------------------------------------------------------
    def _want(self, page: int) -> None:
        if (page in self._pages and page not in self._partial) or page in self._requested:
            return
        self._wanted.add(page)
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        wanted, self._wanted = sorted(self._wanted), set()
        for page in wanted:
            if (page in self._pages and page not in self._partial) or page in self._requested:
                continue
            ids = self._ids[page * self.PAGE_SIZE : (page + 1) * self.PAGE_SIZE]
            if not ids:
                continue
            self._requested.add(page)
            generation = self._generation
            self._ops.read(
                self._fetch_rows,
                ids,
                on_done=functools.partial(self._page_arrived, generation, page),
                on_error=functools.partial(self._page_failed, generation, page),
                key=f"{self._key}.page.{page}",
            )

    def _page_arrived(self, generation: int, page: int, rows: Sequence[R]) -> None:
        if generation != self._generation:
            return  # an answer for a query the person has moved on from
        self._requested.discard(page)
        self._partial.discard(page)
        self._pages[page] = {r.id: r for r in rows}
        self._pages.move_to_end(page)
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * self.PAGE_SIZE
        last = min(first + self.PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def _page_failed(self, generation: int, page: int, error: BaseException) -> None:
        if generation == self._generation:
            self._requested.discard(page)
        self._ops.failed.emit(str(error))

    def update_row(self, row: R) -> None:
        """Replace one cached row (after an edit) without refetching its page."""
        index = self.row_of(row.id)
        page = self._pages.get(index // self.PAGE_SIZE) if index >= 0 else None
        if page is None:
            return
        page[row.id] = replace(row)  # type: ignore[type-var]
        self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))

    # -- QAbstractTableModel --------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.column_count()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.column_count():
            return None
        return self.header(section, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        answers = self._answers
        if answers is not None and role not in answers:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row_number, column = index.row(), index.column()
        record_id = self._ids[row_number]
        if role == ID_ROLE:
            return record_id
        page = self._pages.get(row_number // self.PAGE_SIZE)
        row = page.get(record_id) if page is not None else None
        if row is None:
            if page is None or row_number // self.PAGE_SIZE in self._partial:
                self._want(row_number // self.PAGE_SIZE)
            return self._placeholder(column, role)
        if role == ROW_ROLE:
            return row
        return self.cell(row, column, role)

    @staticmethod
    def _placeholder(column: int, role: int) -> Any:
        if role == _DISPLAY:
            return QCoreApplication.translate("IdListModel", "Cargando…") if column == 0 else ""
        if role == _FOREGROUND:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks sort in SQL: the same query, another ORDER BY."""
        if not 0 <= column < self.column_count():
            return
        key = self.sort_key(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending and self._loaded:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))  # type: ignore[type-var]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

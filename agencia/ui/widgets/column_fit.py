"""Columns that fit the table they are in, at any window size.

A table in a pane that the window, the splitter or the rail make narrower must not hide its
right-hand columns behind a scroll bar (the accounts' NIF, a contact's e-mail), and in a
wide window it must not leave a gap on the right. `ColumnFit` keeps every visible column
inside the viewport:

- each column wants the room of its title and its widest visible cell (capped);
- with room to spare, the columns stretch in proportion to what they want;
- short of room, the columns that may elide shrink toward their title's width (the cells
  elide, with the whole text in a tooltip: the house delegates do that), while the
  `whole` ones (codes, tax IDs, dates, e-mails, chips) keep their width;
- when even that does not fit, the columns last in `priority` are hidden until there is
  room again (what they show is on the record's own page or dialog); a column with a
  `floor` elides no narrower than it, so that a list short of room hides its least
  important columns rather than cutting every name down to a few letters;
- a column the person sized by hand keeps that size (remembered under `remember`), and
  the others fit around it.

Titles are never cut: a column is never narrower than its title (the tests measure it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QTableView, QTreeView

from agencia.ui import settings
from agencia.ui.widgets.status_chip import CHIP_ROLE, ChipDelegate

CAP = 320  # what a column wants at most for its cells (long text elides beyond it)
# The rows changing again within this long of the last fit (keystrokes in the search box)
# fit once the changes pause: measuring every visible cell of every column on each
# keystroke would double what painting the new rows costs. A change after a quiet
# moment, and every resize, fits at once.
SETTLE_MS = 150


class ColumnFit(QObject):
    """Fits `view`'s columns on every resize and reload; `fit()` does it at once."""

    resized = Signal()  # a quiet fit changed widths (its header did not say so)

    def __init__(
        self,
        view: QTableView | QTreeView,
        *,
        whole: Iterable[int] = (),
        priority: Sequence[int] | None = None,
        cap: int = CAP,
        remember: str = "",
        minimums: Mapping[int, int] | None = None,
        floors: Mapping[int, int] | None = None,
        quiet: bool = False,
    ) -> None:
        """`minimums`: widths a column never goes below, whatever the visible rows hold
        (a status column: the widest chip of every status, not only those listed).
        `floors`: how narrow an eliding column may get (never past what its cells want)
        before the columns after it in `priority` hide.
        `quiet` (a table): the widths a fit sets are painted with the rows the fit came
        with — the header's `sectionResized` is not sent (the table answers it on a timer
        of its own, after the rows' paint: every row painted twice); `resized` says it."""
        super().__init__(view)
        self.view = view
        self.whole = set(whole)
        self.priority = list(priority) if priority is not None else None
        self.cap = cap
        self.remember = remember
        self.minimums = dict(minimums or {})
        self.floors = dict(floors or {})
        self.sized: dict[int, int] = self._load()
        self.quiet = quiet and isinstance(view, QTableView)
        self._busy = False
        # what each column's visible cells want, while the rows in view and their content
        # stay: a resize (the account page opening beside the list) only shares the room
        # again, without measuring every visible cell through the delegates once more
        self._cells: dict[int, int] = {}
        self._cells_for: tuple[object, ...] = ()
        # what one cell wants, by its column and text, while the model, font and delegates
        # stay: a keystroke that narrows a list brings mostly texts already measured, and
        # each measure goes through the model (and a chip's delegate) in Python
        self._texts: dict[tuple[object, ...], int] = {}
        self._texts_for: tuple[object, ...] = ()
        self._titles: dict[tuple[int, str], int] = {}
        self._titles_for: tuple[object, ...] = ()
        header = self.header()
        # A column's wish is measured on the rows in view, not on up to 1,000 rows (Qt's
        # default): each measure goes through Python, and fitting runs on every page.
        header.setResizeContentsPrecision(0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        header.sectionResized.connect(self._resized)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._last_fit = QElapsedTimer()  # since the last fit that measured rows
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (
                model.modelReset,
                model.rowsInserted,
                model.layoutChanged,
                model.dataChanged,  # a big list's rows arrive by the page
                model.headerDataChanged,
            ):
                signal.connect(lambda *_args: self._rows_changed())  # any signature
            for signal in (model.rowsRemoved, model.rowsMoved):
                signal.connect(lambda *_args: self._cells.clear())
            for signal in (model.columnsInserted, model.columnsRemoved, model.headerDataChanged):
                signal.connect(lambda *_args: self._forget_texts())
        self.fit()

    def _forget_texts(self) -> None:
        """The columns moved or changed: no width measured for one holds any more."""
        self._cells.clear()
        self._texts.clear()
        self._titles.clear()

    def _load(self) -> dict[int, int]:
        if not self.remember:
            return {}
        try:
            stored = json.loads(bytes(settings.get_bytes(self.remember).data()) or b"{}")
            return {int(c): int(w) for c, w in stored.items()}
        except (ValueError, TypeError, AttributeError):
            return {}

    def _resized(self, column: int, _old: int, new: int) -> None:
        """The person dragged a column's edge: that width is theirs from now on."""
        if self._busy or new <= 0:
            return
        self.sized[column] = new
        if self.remember:
            settings.put_bytes(self.remember, json.dumps(self.sized).encode())
        self.schedule()

    def header(self) -> QHeaderView:
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def schedule(self, *_args: object) -> None:
        """Fit once the event loop runs (several reloads in a row fit once)."""
        self._timer.start(0)

    def fit_due(self) -> None:
        """The fit the rows' change made due at once, done now: a list that has just
        taken its new rows in (a keystroke's answer) asks for it before they are painted.
        On its zero-delay timer the fit came after that paint, and its widths painted the
        rows a second time. A fit put off while the rows keep changing stays put off."""
        if self._timer.isActive() and self._timer.interval() == 0:
            self._timer.stop()
            self.fit()

    def _rows_changed(self) -> None:
        """At once, unless rows were fitted moments ago: then once the changes pause."""
        self._cells.clear()
        if self._timer.isActive() and self._timer.interval() == 0:
            return  # a fit is due at once anyway
        recent = self._last_fit.isValid() and not self._last_fit.hasExpired(SETTLE_MS)
        self._timer.start(SETTLE_MS if recent else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A resize fits at once, before the view works out its scroll bars: fitted on
        the next turn of the event loop, the columns ran past a narrowed list's edge
        meanwhile, and the horizontal scroll bar that came and went shortened its rows'
        room — a row scrolled into view then moved the list's scroll position (the
        accounts list as an account opened beside it)."""
        if event.type() == QEvent.Type.Resize and not self._busy:
            self.fit()
        elif event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return False

    # -- the arithmetic -------------------------------------------------------------------
    def least(self, column: int) -> int:
        """The narrowest `column` may be: its title (with the sort arrow), or all of it."""
        return self.wanted(column) if column in self.whole else self.title_width(column)

    def title_width(self, column: int) -> int:
        """The header's size hint for `column`, measured once per title, font and sort
        arrow (it goes through the model's header data in Python, role by role)."""
        header = self.header()
        hidden = header.isSectionHidden(column)
        titles_for = (
            header.font().key(),
            header.isSortIndicatorShown(),
            header.sortIndicatorSection(),
            header.sortIndicatorOrder(),
        )
        if titles_for != self._titles_for:
            self._titles.clear()
            self._titles_for = titles_for
        model = header.model()
        title = model.headerData(column, header.orientation()) if model is not None else None
        key = (column, str(title))
        width = self._titles.get(key)
        if width is None:
            if hidden:  # 0: `_fit` shows it to measure it, once per title
                return header.sectionSizeHint(column)
            width = self._titles[key] = header.sectionSizeHint(column)
        return width

    def _title_known(self, column: int) -> bool:
        """Whether `column`'s title width is measured (a hidden one need not be shown)."""
        model = self.header().model()
        title = model.headerData(column, self.header().orientation()) if model else None
        return (column, str(title)) in self._titles

    def wanted(self, column: int) -> int:
        cells = self._measured(column)
        if column not in self.whole:
            cells = min(cells, self.cap)
        return max(self.title_width(column), cells, self.minimums.get(column, 0))

    def fit(self) -> None:
        # A list not on screen (an area built while another is shown) is fitted when it is
        # shown: measuring a hidden view asks for rows it will not show, and a big list's
        # model fetches every page asked for — on 50,000 campaigns, reads without end.
        if self._busy or self.view.model() is None or not self.view.isVisible():
            return
        self._busy = True
        if self.view.model().rowCount() > 0:
            self._last_fit.start()
        else:
            self._last_fit.invalidate()
        try:
            self._fit()
        finally:
            self._busy = False

    def _measured(self, column: int) -> int:
        """`column`'s visible cells' widest size hint, measured again only when the rows
        in view (Qt measures those only), the model, the font or the rows' content
        changed. A tree's rows also change as branches open: always measured."""
        view = self.view
        if not isinstance(view, QTableView):
            return view.sizeHintForColumn(column)
        viewport = view.viewport()
        in_view = (
            id(view.model()),
            view.rowAt(0),
            view.rowAt(viewport.height() - 1),
            viewport.height(),
            view.font().key(),
        )
        if in_view != self._cells_for:
            self._cells.clear()
            self._cells_for = in_view
        cells = self._cells.get(column)
        if cells is None:
            cells = self._cells[column] = self._widest(view, column)
        return cells

    def _widest(self, view: QTableView, column: int) -> int:
        """`view.sizeHintForColumn(column)` (the rows in view, each cell's delegate size
        hint, one pixel for the grid), with each text measured once per column."""
        model = view.model()
        top = view.rowAt(0)
        if top < 0:
            return view.sizeHintForColumn(column)
        bottom = view.rowAt(view.viewport().height() - 1)
        if bottom < 0:
            bottom = model.rowCount() - 1
        delegate = view.itemDelegateForColumn(column) or view.itemDelegate()
        texts_for = (id(model), view.font().key())
        if texts_for != self._texts_for or len(self._texts) > 20_000:
            self._texts.clear()
            self._texts_for = texts_for
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        display = Qt.ItemDataRole.DisplayRole
        chips = isinstance(delegate, ChipDelegate)
        widest = 0
        for row in range(top, bottom + 1):
            if view.isRowHidden(row):
                continue
            index = model.index(row, column)
            chip = index.data(CHIP_ROLE) if chips else None
            key = (column, id(delegate), index.data(display), chip)
            try:
                width = self._texts.get(key)
                hashable = True
            except TypeError:  # a value that is not hashable: measured every time
                width, hashable = None, False
            if width is None:
                width = delegate.sizeHint(option, index).width()
                if hashable:
                    self._texts[key] = width
            widest = max(widest, width)
        return widest + 1 if view.showGrid() else widest

    def _fit(self) -> None:
        header = self.header()
        count = header.count()
        if count == 0:
            return
        order = [c for c in (self.priority or range(count)) if c < count]
        order += [c for c in range(count) if c not in order]
        room = self.view.viewport().width()
        if room <= 0:
            return
        self.title_width(0)  # the titles' cache, for the header's font and sort arrow now
        for c in range(count):  # a hidden section's size hint is 0: measured shown, once
            # (shown and hidden again on every fit, each section resized twice, and the
            # view painted its rows again after the answer's paint: two paints a keystroke)
            if header.isSectionHidden(c) and not self._title_known(c):
                header.setSectionHidden(c, False)
        shown = list(order)
        wanted = {c: self.wanted(c) for c in order}
        for c, width in self.sized.items():  # the person's width (a whole one never less)
            if c in wanted:
                wanted[c] = max(width, wanted[c]) if c in self.whole else width
        fixed = self.whole | set(self.sized)
        least = {
            c: wanted[c]
            if c in fixed
            else max(self.title_width(c), min(self.floors.get(c, 0), wanted[c]))
            for c in order
        }
        while len(shown) > 1 and sum(least[c] for c in shown) > room:
            shown.pop()  # the last in priority goes first
        for c in range(count):
            header.setSectionHidden(c, c not in shown)
        total = sum(wanted[c] for c in shown)
        widths: dict[int, int] = {}
        if total <= room:  # room to spare: those not sized by hand stretch in proportion
            free = [c for c in shown if c not in self.sized]
            free_total = max(sum(wanted[c] for c in free), 1)
            for c in shown:
                extra = (room - total) * wanted[c] // free_total if c in free else 0
                widths[c] = wanted[c] + extra
        else:  # short of room: the columns that may elide give up what they can
            give = {c: wanted[c] - least[c] for c in shown}
            short = total - room
            spare = max(sum(give.values()), 1)
            for c in shown:  # rounded up: the columns never end past the right edge
                widths[c] = max(least[c], wanted[c] - -(-short * give[c] // spare))
        slack = room - sum(widths.values())
        free = [c for c in shown if c not in self.sized]
        if slack > 0 and free:  # rounding: the first free column takes the last pixels
            widths[free[0]] += slack
        self._set_widths(header, {c: w for c, w in widths.items() if header.sectionSize(c) != w})

    def _set_widths(self, header: QHeaderView, changed: dict[int, int]) -> None:
        """The fitted widths; a quiet fit's painted with the rows it came with."""
        if not changed:
            return
        blocked = header.blockSignals(self.quiet)
        try:
            for c, width in changed.items():
                header.resizeSection(c, width)
        finally:
            header.blockSignals(blocked)
        if self.quiet:
            view = self.view
            assert isinstance(view, QTableView)
            view.updateGeometries()  # the scroll bar's range, as `columnResized` would
            view.viewport().update()  # merged with a pending paint (the answer's)
            self.resized.emit()

    def hidden_columns(self) -> list[int]:
        header = self.header()
        return [c for c in range(header.count()) if header.isSectionHidden(c)]
